/**
 * The drawn 2D figure of the exercise illustrations. A pose is a few segment directions; forward kinematics turns
 * it into named points (the same names as the motion module's joints), so one skeleton drawing serves the web
 * app's animated figures, its live camera overlay and the printed handout.
 *
 * Angle convention: every `...Deg` is the direction of a segment measured from straight down the drawing,
 * positive toward its right (0 = hanging down, 90 = pointing right, 180 = up, -90 = left).
 */
export type FigureView = "front" | "side";

export type LegPose = {
  readonly thighDeg: number;
  readonly shinDeg: number;
  readonly footDeg: number;
  /**
   * How far the thigh and the shin point out of the drawing toward the viewer (0 = in the drawing's plane). A bent
   * knee seen from the front, as when seated or with a foot up on a step, only shows as a shortened thigh; a shin
   * crossed over the other knee (figure four) is seen end-on from the side.
   */
  readonly thighDepthDeg: number;
  readonly shinDepthDeg: number;
};
export type ArmPose = { readonly upperArmDeg: number; readonly forearmDeg: number };

export type FigurePose = {
  /** Centre of the pelvis in the drawing box (`FIGURE_BOX`). */
  readonly pelvis: readonly [number, number];
  readonly trunkDeg: number;
  /**
   * Front view only: how far the hip line turns from square to the trunk, positive lifting the figure's left hip
   * when it stands facing the viewer. A hip hike moves the pelvis while the trunk stays upright.
   */
  readonly pelvisTiltDeg: number;
  readonly left: LegPose;
  readonly right: LegPose;
  readonly leftArm: ArmPose;
  readonly rightArm: ArmPose;
};

/** The box every pose is drawn in, in drawing units (y pointing down). */
export const FIGURE_BOX = { width: 200, height: 165 } as const;

/** Segment lengths in drawing units, roughly adult proportions (thigh ≈ shin ≈ 0.75 × trunk). */
export const SEGMENT_LENGTHS = {
  trunk: 50,
  neck: 14,
  thigh: 40,
  shin: 38,
  foot: 10,
  upperArm: 25,
  forearm: 23,
  pelvisHalfWidth: 9,
  shoulderHalfWidth: 15,
} as const;

type SidePoint = "Shoulder" | "Elbow" | "Wrist" | "Hip" | "Knee" | "Ankle" | "FootIndex";
export type FigurePointName = "nose" | `left${SidePoint}` | `right${SidePoint}`;
export type FigurePoint = { readonly x: number; readonly y: number };
export type FigurePoints = Readonly<Record<FigurePointName, FigurePoint>>;

/** The bones drawn between named points: the trunk as a box, then each arm and leg. */
export const FIGURE_BONES: readonly (readonly [FigurePointName, FigurePointName])[] = [
  ["leftShoulder", "rightShoulder"],
  ["leftHip", "rightHip"],
  ["leftShoulder", "leftHip"],
  ["rightShoulder", "rightHip"],
  ["leftShoulder", "leftElbow"],
  ["leftElbow", "leftWrist"],
  ["rightShoulder", "rightElbow"],
  ["rightElbow", "rightWrist"],
  ["leftHip", "leftKnee"],
  ["leftKnee", "leftAnkle"],
  ["leftAnkle", "leftFootIndex"],
  ["rightHip", "rightKnee"],
  ["rightKnee", "rightAnkle"],
  ["rightAnkle", "rightFootIndex"],
];

type Limb<P> = {
  readonly hip: P;
  readonly knee: P;
  readonly ankle: P;
  readonly footIndex: P;
  readonly shoulder: P;
  readonly elbow: P;
  readonly wrist: P;
};

/** Each side's limb points under their figure names, flat (2D) or in space alike. */
function sidePoints<P>(left: Limb<P>, right: Limb<P>): Record<Exclude<FigurePointName, "nose">, P> {
  return {
    leftHip: left.hip,
    leftKnee: left.knee,
    leftAnkle: left.ankle,
    leftFootIndex: left.footIndex,
    leftShoulder: left.shoulder,
    leftElbow: left.elbow,
    leftWrist: left.wrist,
    rightHip: right.hip,
    rightKnee: right.knee,
    rightAnkle: right.ankle,
    rightFootIndex: right.footIndex,
    rightShoulder: right.shoulder,
    rightElbow: right.elbow,
    rightWrist: right.wrist,
  };
}

function radians(deg: number): number {
  return (deg * Math.PI) / 180;
}

function step(from: FigurePoint, deg: number, length: number): FigurePoint {
  return { x: from.x + Math.sin(radians(deg)) * length, y: from.y + Math.cos(radians(deg)) * length };
}

/**
 * In the front view the figure faces the viewer, so its left side is on the right of the drawing. In the side
 * view both hips and both shoulders coincide.
 */
export function figurePoints(pose: FigurePose, view: FigureView): FigurePoints {
  const L = SEGMENT_LENGTHS;
  const pelvis = { x: pose.pelvis[0], y: pose.pelvis[1] };
  const neckBase = step(pelvis, pose.trunkDeg, L.trunk);
  const across = view === "front" ? pose.trunkDeg - 90 : 0;
  const hipAcross = view === "front" ? across + pose.pelvisTiltDeg : 0;
  const hipOffset = view === "front" ? L.pelvisHalfWidth : 0;
  const shoulderOffset = view === "front" ? L.shoulderHalfWidth : 0;
  const limbs = (side: "left" | "right") => {
    const turn = side === "left" ? 0 : 180;
    const hip = step(pelvis, hipAcross + turn, hipOffset);
    const leg = pose[side];
    const knee = step(hip, leg.thighDeg, L.thigh * Math.cos(radians(leg.thighDepthDeg)));
    const ankle = step(knee, leg.shinDeg, L.shin * Math.cos(radians(leg.shinDepthDeg)));
    const shoulder = step(neckBase, across + turn, shoulderOffset);
    const arm = side === "left" ? pose.leftArm : pose.rightArm;
    const elbow = step(shoulder, arm.upperArmDeg, L.upperArm);
    return {
      hip,
      knee,
      ankle,
      footIndex: step(ankle, leg.footDeg, L.foot),
      shoulder,
      elbow,
      wrist: step(elbow, arm.forearmDeg, L.forearm),
    };
  };
  const left = limbs("left");
  const right = limbs("right");
  return {
    nose: step(neckBase, pose.trunkDeg, L.neck),
    ...sidePoints(left, right),
  };
}

function mix(a: number, b: number, t: number): number {
  return a + (b - a) * t;
}

function mixLeg(a: LegPose, b: LegPose, t: number): LegPose {
  return {
    thighDeg: mix(a.thighDeg, b.thighDeg, t),
    shinDeg: mix(a.shinDeg, b.shinDeg, t),
    footDeg: mix(a.footDeg, b.footDeg, t),
    thighDepthDeg: mix(a.thighDepthDeg, b.thighDepthDeg, t),
    shinDepthDeg: mix(a.shinDepthDeg, b.shinDepthDeg, t),
  };
}

function mixArm(a: ArmPose, b: ArmPose, t: number): ArmPose {
  return {
    upperArmDeg: mix(a.upperArmDeg, b.upperArmDeg, t),
    forearmDeg: mix(a.forearmDeg, b.forearmDeg, t),
  };
}

/** Linear blend of two poses; `t` in 0..1 (0 gives `a`, 1 gives `b`). */
export function blendPoses(a: FigurePose, b: FigurePose, t: number): FigurePose {
  return {
    pelvis: [mix(a.pelvis[0], b.pelvis[0], t), mix(a.pelvis[1], b.pelvis[1], t)],
    trunkDeg: mix(a.trunkDeg, b.trunkDeg, t),
    pelvisTiltDeg: mix(a.pelvisTiltDeg, b.pelvisTiltDeg, t),
    left: mixLeg(a.left, b.left, t),
    right: mixLeg(a.right, b.right, t),
    leftArm: mixArm(a.leftArm, b.leftArm, t),
    rightArm: mixArm(a.rightArm, b.rightArm, t),
  };
}

/** Slow in and out, as a controlled repetition should look. */
function ease(t: number): number {
  return 0.5 - Math.cos(Math.PI * t) / 2;
}

/**
 * The pose at `timeMs` of a loop through the key poses and back to the first one, spending `transitionMs`
 * moving between each pair of neighbours.
 */
export function poseAt(keyPoses: readonly FigurePose[], transitionMs: number, timeMs: number): FigurePose {
  const first = keyPoses[0];
  if (first === undefined) throw new RangeError("A figure needs at least one key pose");
  if (keyPoses.length === 1) return first;
  const loopMs = keyPoses.length * transitionMs;
  const position = (((timeMs % loopMs) + loopMs) % loopMs) / transitionMs;
  const index = Math.floor(position);
  const from = keyPoses[index] ?? first;
  const to = keyPoses[(index + 1) % keyPoses.length] ?? first;
  return blendPoses(from, to, ease(position - index));
}

type Vector3 = readonly [number, number, number];

/** A segment's direction in space: x to the drawing's right, y down, z toward the viewer. */
function direction(deg: number, depthDeg: number): Vector3 {
  const flat = Math.cos(radians(depthDeg));
  return [Math.sin(radians(deg)) * flat, Math.cos(radians(deg)) * flat, Math.sin(radians(depthDeg))];
}

function angleBetweenDeg(a: Vector3, b: Vector3): number {
  const dot = a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
  return (Math.acos(Math.max(-1, Math.min(1, dot))) * 180) / Math.PI;
}

/**
 * The joint angles a pose shows, in space (the depth angles included), as a physiotherapist measures them: the
 * hip's angle between the thigh and the trunk's line continued past the pelvis (0° = standing straight; flexion,
 * abduction or extension all open it), and the knee's flexion (0° = straight).
 */
export function jointAnglesDeg(
  pose: FigurePose,
  side: "left" | "right",
): { readonly hipDeg: number; readonly kneeDeg: number } {
  const leg = pose[side];
  const trunkDown: Vector3 = [-Math.sin(radians(pose.trunkDeg)), -Math.cos(radians(pose.trunkDeg)), 0];
  const thigh = direction(leg.thighDeg, leg.thighDepthDeg);
  const shin = direction(leg.shinDeg, leg.shinDepthDeg);
  return { hipDeg: angleBetweenDeg(trunkDown, thigh), kneeDeg: angleBetweenDeg(thigh, shin) };
}

/** A point in space: x to the drawing's right, y down, z toward the viewer of the drawing. */
export type FigurePoint3 = { readonly x: number; readonly y: number; readonly z: number };
export type FigurePoints3 = Readonly<Record<FigurePointName, FigurePoint3>>;

function step3(from: FigurePoint3, deg: number, depthDeg: number, length: number): FigurePoint3 {
  const [dx, dy, dz] = direction(deg, depthDeg);
  return { x: from.x + dx * length, y: from.y + dy * length, z: from.z + dz * length };
}

/**
 * The figure in space: the same points as `figurePoints` (x and y are equal), with their depth. In the side view
 * the figure's left side is toward the viewer, so its left hip and shoulder stand out of the drawing by half the
 * pelvis and shoulder widths; in the front view the figure faces the viewer, so depth is forward.
 */
export function figurePoints3d(pose: FigurePose, view: FigureView): FigurePoints3 {
  const L = SEGMENT_LENGTHS;
  const pelvis: FigurePoint3 = { x: pose.pelvis[0], y: pose.pelvis[1], z: 0 };
  const neckBase = step3(pelvis, pose.trunkDeg, 0, L.trunk);
  const across = pose.trunkDeg - 90;
  const limbs = (side: "left" | "right") => {
    const sign = side === "left" ? 1 : -1;
    const hip =
      view === "front"
        ? step3(pelvis, across + pose.pelvisTiltDeg + (side === "left" ? 0 : 180), 0, L.pelvisHalfWidth)
        : { ...pelvis, z: sign * L.pelvisHalfWidth };
    const shoulder =
      view === "front"
        ? step3(neckBase, across + (side === "left" ? 0 : 180), 0, L.shoulderHalfWidth)
        : { ...neckBase, z: sign * L.shoulderHalfWidth };
    const leg = pose[side];
    const knee = step3(hip, leg.thighDeg, leg.thighDepthDeg, L.thigh);
    const ankle = step3(knee, leg.shinDeg, leg.shinDepthDeg, L.shin);
    const arm = side === "left" ? pose.leftArm : pose.rightArm;
    const elbow = step3(shoulder, arm.upperArmDeg, 0, L.upperArm);
    return {
      hip,
      knee,
      ankle,
      footIndex: step3(ankle, leg.footDeg, 0, L.foot),
      shoulder,
      elbow,
      wrist: step3(elbow, arm.forearmDeg, 0, L.forearm),
    };
  };
  const left = limbs("left");
  const right = limbs("right");
  return {
    nose: step3(neckBase, pose.trunkDeg, 0, L.neck),
    ...sidePoints(left, right),
  };
}

/**
 * A second way to look at the same figure: `turned` a quarter turn round the vertical, from where a standing figure
 * drawn from the side faces (its front; the feet of one lying on its back), or from `above`.
 */
export type SecondViewpoint = "turned" | "above";

/**
 * The figure seen from `viewpoint`, moved by `shift` (so the animation's frames keep one placement). Turned, the
 * drawing's depth becomes its width: the figure's left still falls on the drawing's right, as in the front view.
 * From above, the depth runs down the drawing.
 */
export function figurePointsFrom(
  pose: FigurePose,
  view: FigureView,
  viewpoint: SecondViewpoint,
  shift: FigurePoint,
): FigurePoints {
  const points = figurePoints3d(pose, view);
  const project = (point: FigurePoint3): FigurePoint =>
    viewpoint === "turned"
      ? { x: point.z + shift.x, y: point.y + shift.y }
      : { x: point.x + shift.x, y: (view === "front" ? -point.z : point.z) + shift.y };
  return mapPoints(points, project);
}

function mapPoints<A, B>(
  points: Readonly<Record<FigurePointName, A>>,
  f: (point: A) => B,
): Readonly<Record<FigurePointName, B>> {
  return {
    nose: f(points.nose),
    leftHip: f(points.leftHip),
    leftKnee: f(points.leftKnee),
    leftAnkle: f(points.leftAnkle),
    leftFootIndex: f(points.leftFootIndex),
    leftShoulder: f(points.leftShoulder),
    leftElbow: f(points.leftElbow),
    leftWrist: f(points.leftWrist),
    rightHip: f(points.rightHip),
    rightKnee: f(points.rightKnee),
    rightAnkle: f(points.rightAnkle),
    rightFootIndex: f(points.rightFootIndex),
    rightShoulder: f(points.rightShoulder),
    rightElbow: f(points.rightElbow),
    rightWrist: f(points.rightWrist),
  };
}
