import {
  LOW_LIGHT_MEAN_SCORE,
  MIN_USABLE_FRAME_FRACTION,
  TURNED_BODY_MIN_DEG,
} from "../analysis/movement-thresholds.js";
import { TEST_PROFILES, requiredJointsOf, type MovementTest } from "../analysis/movement-tests.js";
import type { CameraView } from "../geometry/angles.js";
import { jointOf } from "../skeleton/joint-of.js";
import type { JointName, KeypointFrame, Side } from "../skeleton/joints.js";
import { bodyPostureOf, kneeling, stanceOf, thighsLevel, type BodyPosture } from "./body-posture.js";
import { bodyTurnDeg, kneesTurnedAside } from "./body-turn.js";
import {
  setupMessage,
  setupProblem,
  type PictureSource,
  type SetupProblem,
  type SetupProblemCode,
  type SetupWording,
} from "./setup-problem.js";
import { bodyWidthsOf, isSideOn, isTrunkEndOn } from "./side-on.js";

export type SetupOptions = {
  readonly test: MovementTest;
  readonly side?: Side | undefined;
  readonly view?: CameraView | undefined;
  /** Size of the analysed picture, when known: enables the distance and cut-off checks. */
  readonly frameSize?: { readonly widthPx: number; readonly heightPx: number } | undefined;
  /** What a person detector saw in the frames it checked, when one ran (see PeopleSeen). */
  readonly people?: PeopleSeen | undefined;
  /** How bright the pictures were, when the decoder measured it (see PictureLight). */
  readonly light?: PictureLight | undefined;
  /** A single photo or a video (the default): the reasons say to take the photo again or to record again. */
  readonly source?: PictureSource | undefined;
};

/** The words the reasons take for these options: a photo's or a video's, and the view chosen. */
export function setupWordingOf(options: Pick<SetupOptions, "source" | "view">): SetupWording {
  return { source: options.source ?? "video", view: options.view ?? "front" };
}

/** The median over the analysed pictures of each one's mean luma (ITU-R BT.601 weights), 0 black to 1 white. */
export type PictureLight = { readonly meanLuma: number };

/**
 * Mean picture luma under which the screen refuses: the joints cannot be placed reliably (design choice, decision
 * 0302). A lit room filmed by a phone reads about 0.3–0.6; 0.12 is a room lit by a screen or a distant lamp, where
 * the phone's noise and motion blur hide the knees. Between, the joint scores decide (`LOW_LIGHT_MEAN_SCORE`).
 */
export const TOO_DARK_MEAN_LUMA = 0.12;

/**
 * A knee or ankle within this share of the picture's height from its bottom edge is taken as cut off by it: models
 * place an out-of-frame ankle on the edge (design choice).
 */
const LEGS_BOTTOM_MARGIN_RATIO = 0.01;
/**
 * Leg length (hip to ankle) as a multiple of torso length (shoulder to hip), used to tell whether an ankle the model
 * did not see would fall below the picture: hip height 0.530 and shoulder height 0.818 of body height, Drillis &
 * Contini 1966, give 0.530 / 0.288 ≈ 1.8; 1.6 leaves room for a bent knee.
 */
const LEG_TO_TORSO_RATIO = 1.6;

/**
 * Counts from a person detector run on some frames of the clip (the first, then about one a second): how many
 * it checked, in how many it found nobody, and in how many someone else overlapped the person measured.
 */
export type PeopleSeen = {
  readonly framesChecked: number;
  readonly framesWithNobody: number;
  readonly framesWithSomeoneElse: number;
};

/**
 * Share of checked frames in which someone else overlaps the person measured before the clip is refused: a
 * passer-by crossing once in a long clip is tolerated, someone standing in the way is not (design choice,
 * decision 0201). A photo has one checked frame, so anyone overlapping refuses it.
 */
const SOMEONE_ELSE_MIN_SHARE = 0.25;

function peopleProblems(
  frames: readonly KeypointFrame[],
  required: readonly JointName[],
  people: PeopleSeen,
): SetupProblem[] {
  if (people.framesChecked === 0) return [];
  if (people.framesWithSomeoneElse / people.framesChecked >= SOMEONE_ELSE_MIN_SHARE) {
    return [setupProblem("someone-else", "blocking")];
  }
  // The person detector looks for a face: it can miss someone filmed from behind whom the pose model still sees,
  // so "nobody" is said only when the pose model found no body either.
  const nobody = people.framesWithNobody / people.framesChecked > MAJORITY;
  return nobody && missingJoints(frames, required).length > 0 ? [setupProblem("no-person", "blocking")] : [];
}

/** Share of frames that must show a fault before it is reported (majority, so a few bad detections do not count). */
const MAJORITY = 0.5;
/** Body height as a share of picture height: below `too far`, above `too close` (design choice). */
const BODY_HEIGHT_RANGE = { tooFarBelow: 0.4, tooCloseAbove: 0.95 } as const;
const EDGE_MARGIN_RATIO = 0.01;

function share<T>(items: readonly T[], test: (item: T) => boolean): number {
  return items.length === 0 ? 0 : items.filter(test).length / items.length;
}

function missingJoints(frames: readonly KeypointFrame[], required: readonly JointName[]): JointName[] {
  return required.filter((name) => share(frames, (frame) => jointOf(frame, name) === undefined) > MAJORITY);
}

function meanScore(frames: readonly KeypointFrame[], required: readonly JointName[]): number {
  const scores = frames.flatMap((frame) => required.map((name) => frame.keypoints[name]?.score ?? 0));
  return scores.length === 0 ? 0 : scores.reduce((sum, score) => sum + score, 0) / scores.length;
}

function postureProblems(frames: readonly KeypointFrame[], standing: boolean): SetupProblem[] {
  const postures = frames.map(bodyPostureOf).filter((posture) => posture !== "unknown");
  if (postures.length === 0) return [];
  const shareOf = (posture: BodyPosture): number =>
    postures.filter((p) => p === posture).length / postures.length;
  if (!standing) {
    return shareOf("upright") > MAJORITY
      ? [setupProblem("not-on-floor", "blocking")]
      : [setupProblem("floor-view-weak", "warning")];
  }
  // On a chair or a low seat the torso is upright, the shanks hang down and the knees are level with the hips or
  // above them (the ankles then rise close to hip height, which alone reads as sitting on the floor).
  const seated = frames.filter((frame) => {
    const posture = bodyPostureOf(frame);
    return (posture === "upright" || posture === "sitting-on-floor") && thighsLevel(frame);
  });
  if (seated.length / postures.length > MAJORITY) return [setupProblem("seated", "blocking")];
  // A knee on the floor, its foot behind it (decision 0521). Told from points scored lower than measurements need:
  // the feet of a kneeling person are half hidden, which alone would read as "joints not seen".
  if (share(frames, kneeling) > MAJORITY) return [setupProblem("kneeling", "blocking")];
  // A trunk seen end-on tilts nowhere in the picture, so it passes as upright; no standing body looks so (decision
  // 0676). Said as "not standing", never as swapped sides or a turn, which its girdles would otherwise suggest.
  const endOn = (frame: KeypointFrame): boolean => {
    const widths = bodyWidthsOf(frame);
    return bodyPostureOf(frame) === "upright" && widths !== undefined && isTrunkEndOn(widths);
  };
  if (frames.filter(endOn).length / postures.length > MAJORITY) {
    return [setupProblem("not-standing", "blocking")];
  }
  if (shareOf("upright") >= MIN_USABLE_FRAME_FRACTION) return [];
  const worst = (["upside-down", "lying", "sitting-on-floor"] as const).reduce((a, b) =>
    shareOf(b) > shareOf(a) ? b : a,
  );
  return [setupProblem(worst === "lying" ? "lying-down" : worst, "blocking")];
}

/**
 * The squat is done on both feet: a picture in which one foot is off the floor (a tree pose, a step, a kick) shows
 * another movement, and the lifted leg's bent knee would be scored as the bottom of a squat (decision 0912).
 * Refused when most pictures whose stance is seen show it.
 */
function stanceProblems(frames: readonly KeypointFrame[]): SetupProblem[] {
  const stances = frames.map(stanceOf).filter((stance) => stance !== "unknown");
  if (stances.length === 0) return [];
  const raised = stances.filter((stance) => stance === "foot-raised").length / stances.length;
  return raised > MAJORITY ? [setupProblem("foot-raised", "blocking")] : [];
}

function facingProblems(frames: readonly KeypointFrame[], view: CameraView): SetupProblem[] {
  const measured = frames.flatMap((frame) => bodyWidthsOf(frame) ?? []);
  if (measured.length === 0) return [];
  // Side-on comes first: seen edge-on, which side is left cannot be told, so a swap would be the wrong reason.
  if (share(measured, isSideOn) > MAJORITY) return [setupProblem("not-facing-camera", "blocking")];
  const expectLeftOnRight = view === "front";
  const swapped = share(measured, (m) => m.leftOnImageRight !== expectLeftOnRight);
  return swapped > 0.7 ? [setupProblem("view-mismatch", "blocking")] : [];
}

/**
 * A moderate turn (about 12–45°) passes the side-on check but swaps forward knee travel into sideways FPPA, so
 * frontal angles are dropped and repetitions still counted ("warning"). A photo, with no repetitions to count, is
 * refused when its bent knees show the turn (`kneesTurnedAside`, decision 0675). Two-leg tests only: on one leg, hip
 * adduction of the stance thigh moves the knee sideways too and cannot be told from a turn (decision 0040).
 */
function turnProblems(
  frames: readonly KeypointFrame[],
  oneLeg: boolean,
  source: PictureSource,
  view: CameraView,
): SetupProblem[] {
  if (oneLeg) return [];
  // A photo has no repetitions to count once its angles are dropped, so a turn refuses it (decision 0675).
  if (source === "photo") {
    return share(frames, (frame) => kneesTurnedAside(frame, view)) > MAJORITY
      ? [setupProblem("turned-from-camera", "blocking")]
      : [];
  }
  const turnDeg = bodyTurnDeg(frames);
  return turnDeg !== null && Math.abs(turnDeg) >= TURNED_BODY_MIN_DEG
    ? [setupProblem("turned-from-camera", "warning")]
    : [];
}

/** One frame's legs run out of the bottom of the picture: a knee or ankle on the edge, or one unseen that falls below it. */
function legsLeaveBottom(frame: KeypointFrame, heightPx: number): boolean {
  const bottomPx = heightPx * (1 - LEGS_BOTTOM_MARGIN_RATIO);
  const shoulder = jointOf(frame, "leftShoulder") ?? jointOf(frame, "rightShoulder");
  return (["left", "right"] as const).some((side) => {
    const hip = jointOf(frame, `${side}Hip`);
    if (hip === undefined) return false;
    const knee = jointOf(frame, `${side}Knee`);
    const ankle = jointOf(frame, `${side}Ankle`);
    if (ankle !== undefined) return ankle.y >= bottomPx || (knee?.y ?? 0) >= bottomPx;
    if (knee !== undefined) return knee.y >= bottomPx || 2 * knee.y - hip.y > heightPx;
    return shoulder !== undefined && hip.y + LEG_TO_TORSO_RATIO * Math.abs(hip.y - shoulder.y) > heightPx;
  });
}

function framingProblems(
  frames: readonly KeypointFrame[],
  size: NonNullable<SetupOptions["frameSize"]>,
): SetupProblem[] {
  const boxes = frames.flatMap((frame) => {
    const joints = Object.values(frame.keypoints).filter((joint) => joint.score >= 0.3);
    if (joints.length === 0) return [];
    const ys = joints.map((joint) => joint.y);
    const xs = joints.map((joint) => joint.x);
    return [{ top: Math.min(...ys), bottom: Math.max(...ys), left: Math.min(...xs), right: Math.max(...xs) }];
  });
  if (boxes.length === 0 || !(size.heightPx > 0) || !(size.widthPx > 0)) return [];
  const problems: SetupProblem[] = [];
  const heightShare = (box: (typeof boxes)[number]): number => (box.bottom - box.top) / size.heightPx;
  if (
    boxes.filter((box) => heightShare(box) < BODY_HEIGHT_RANGE.tooFarBelow).length / boxes.length >
    MAJORITY
  ) {
    problems.push(setupProblem("too-far", "warning"));
  }
  if (
    boxes.filter((box) => heightShare(box) > BODY_HEIGHT_RANGE.tooCloseAbove).length / boxes.length >
    MAJORITY
  ) {
    problems.push(setupProblem("too-close", "warning"));
  }
  const marginX = EDGE_MARGIN_RATIO * size.widthPx;
  const marginY = EDGE_MARGIN_RATIO * size.heightPx;
  const touches = (box: (typeof boxes)[number]): boolean =>
    box.left < marginX ||
    box.top < marginY ||
    box.right > size.widthPx - marginX ||
    box.bottom > size.heightPx - marginY;
  if (boxes.filter(touches).length / boxes.length > MAJORITY) {
    problems.push(setupProblem("body-cut-off", "warning"));
  }
  return problems;
}

/**
 * What is wrong with the recording for this test, most important first. Any "blocking" problem means the screen
 * refuses to score; the messages say what to change.
 */
export function checkSetup(frames: readonly KeypointFrame[], options: SetupOptions): SetupProblem[] {
  const wording = setupWordingOf(options);
  return problemsOf(frames, options).map((problem) => ({
    ...problem,
    message: setupMessage(problem.code, wording),
  }));
}

function problemsOf(frames: readonly KeypointFrame[], options: SetupOptions): SetupProblem[] {
  if (frames.length === 0) return [setupProblem("no-frames", "blocking")];
  const profile = TEST_PROFILES[options.test];
  const required = requiredJointsOf(options.test, options.side);
  const problems: SetupProblem[] = [];
  if (profile.oneLeg && options.side === undefined) problems.push(setupProblem("side-needed", "blocking"));
  const crowd = options.people === undefined ? [] : peopleProblems(frames, required, options.people);
  problems.push(...crowd);
  if (crowd.some((problem) => problem.code === "no-person")) return problems;
  const missing = missingJoints(frames, required);
  if (missing.length > 0) problems.push(setupProblem("missing-joints", "blocking", missing));
  if (meanScore(frames, required) < LOW_LIGHT_MEAN_SCORE) problems.push(setupProblem("low-light", "warning"));
  problems.push(...postureProblems(frames, profile.posture === "standing"));
  if (options.test === "squat" && !problems.some((problem) => problem.severity === "blocking")) {
    problems.push(...stanceProblems(frames));
  }
  const blockedByPosture = problems.some(
    (problem) => problem.severity === "blocking" && problem.code !== "side-needed",
  );
  if (profile.posture === "standing" && !blockedByPosture) {
    const facing = facingProblems(frames, options.view ?? "front");
    const turned =
      facing.length === 0
        ? turnProblems(frames, profile.oneLeg, options.source ?? "video", options.view ?? "front")
        : [];
    problems.push(...facing, ...turned);
  }
  if (options.frameSize !== undefined) problems.push(...framingProblems(frames, options.frameSize));
  return refineReasons(frames, options, problems);
}

/** Postures refused because the body is not standing on its feet, whatever else the picture shows. */
const BODY_NOT_STANDING: ReadonlySet<SetupProblemCode> = new Set([
  "upside-down",
  "lying-down",
  "not-standing",
]);

/**
 * Puts a reason the person can act on in place of a vague one: legs cut off by the picture's bottom, or kneeling,
 * instead of "joints not seen", a picture too dark to read instead of "hard to make out".
 */
function refineReasons(
  frames: readonly KeypointFrame[],
  options: SetupOptions,
  problems: readonly SetupProblem[],
): SetupProblem[] {
  const legJoint = /Knee$|Ankle$/;
  const heightPx = options.frameSize?.heightPx ?? 0;
  const legsCut =
    TEST_PROFILES[options.test].posture === "standing" &&
    heightPx > 0 &&
    share(frames, (frame) => legsLeaveBottom(frame, heightPx)) > MAJORITY;
  const dark = options.light !== undefined && options.light.meanLuma < TOO_DARK_MEAN_LUMA;
  // Kneeling, the feet lie behind the body: that they were not seen is part of the posture, not a separate fault.
  const postureExplainsLegs = !legsCut && problems.some((problem) => problem.code === "kneeling");
  // Pose models read a body lying, upside down or not upright poorly (see bodyPostureOf): joints unseen and low
  // scores then come from the posture, and "add light" or "keep the feet in the frame" would not help (decision 0676).
  const postureExplainsReading = problems.some((problem) => BODY_NOT_STANDING.has(problem.code));
  const kept = problems.filter(
    (problem) =>
      !(postureExplainsReading && (problem.code === "missing-joints" || problem.code === "low-light")) &&
      !(
        (legsCut || postureExplainsLegs) &&
        problem.code === "missing-joints" &&
        problem.joints.every((name) => legJoint.test(name))
      ) &&
      !(legsCut && problem.code === "body-cut-off") &&
      // Feet out of the picture are guessed by the model, often at the knees: no posture can be told from them.
      !(legsCut && problem.code === "kneeling") &&
      !(dark && problem.code === "low-light"),
  );
  return [
    ...(dark ? [setupProblem("too-dark", "blocking")] : []),
    ...(legsCut ? [setupProblem("legs-cut-off", "blocking")] : []),
    ...kept,
  ];
}
