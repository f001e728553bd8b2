/**
 * What is drawn around the figure: the floor, the equipment the exercise uses (placed on the figure's own points,
 * so a band stays around the knees as they move), and an arrow for the direction of the movement. The web app's
 * animation and the printed handout draw the same parts, in the same drawing units as the figure (`FIGURE_BOX`).
 */
import { z } from "zod";
import type {
  FigurePoint,
  FigurePointName,
  FigurePoints,
  FigurePose,
  FigureView,
  SecondViewpoint,
} from "./figure-pose.js";
import { FIGURE_BOX, figurePoints } from "./figure-pose.js";

const PointNameSchema = z.enum([
  "nose",
  ...(["left", "right"] as const).flatMap((side) =>
    (["Shoulder", "Elbow", "Wrist", "Hip", "Knee", "Ankle", "FootIndex"] as const).map(
      (joint) => `${side}${joint}` as const,
    ),
  ),
] as [FigurePointName, ...FigurePointName[]]);

/** A point of the figure, or a fraction of the way along one of its bones (0 at the first point). */
const AnchorSchema = z.union([
  PointNameSchema,
  z.object({ from: PointNameSchema, to: PointNameSchema, at: z.number().min(0).max(1) }).strict(),
]);
type Anchor = z.infer<typeof AnchorSchema>;

export const DrawnEquipmentSchema = z.discriminatedUnion("kind", [
  /** A loop band around both legs: on the thighs above the knees, or around the shins near the ankles. */
  z.object({ kind: z.literal("loop-band"), left: AnchorSchema, right: AnchorSchema }).strict(),
  /** A band with handles or an anchor: each strand from a fixed point or a point of the figure to another. */
  z
    .object({
      kind: z.literal("handled-band"),
      strands: z
        .array(z.tuple([z.union([AnchorSchema, z.tuple([z.number(), z.number()])]), AnchorSchema]))
        .min(1),
      /** Where the band is tied, drawn as a small square (a table leg, a door). */
      anchor: z.tuple([z.number(), z.number()]).optional(),
    })
    .strict(),
  /** A therapy ball or a foam roller, resting under a point of the figure. */
  z.object({ kind: z.enum(["ball", "roller"]), under: AnchorSchema }).strict(),
  /** A folded towel (or a paper plate) on the floor under a foot, sliding with it. */
  z.object({ kind: z.literal("towel"), under: AnchorSchema }).strict(),
  /** A yoga strap held between two points of the figure (around a heel, in a hand). */
  z.object({ kind: z.literal("strap"), from: AnchorSchema, to: AnchorSchema }).strict(),
  z.object({ kind: z.literal("wall"), x: z.number() }).strict(),
  z
    .object({
      kind: z.literal("chair"),
      x: z.number(),
      seatY: z.number(),
      width: z.number().positive(),
      /** Seen from the front, the chair's back is hidden behind the person. */
      back: z.boolean().default(true),
    })
    .strict(),
  /** A step, or a yoga block: a box standing on the floor. */
  z
    .object({
      kind: z.enum(["step", "block"]),
      x: z.number(),
      width: z.number().positive(),
      height: z.number().positive(),
    })
    .strict(),
  z.object({ kind: z.literal("mat") }).strict(),
]);
export type DrawnEquipment = z.infer<typeof DrawnEquipmentSchema>;

export type SceneRole =
  | "floor"
  | "mat"
  | "wall"
  | "chair"
  | "step"
  | "block"
  | "band"
  | "anchor"
  | "ball"
  | "roller"
  | "towel"
  | "strap"
  | "arrow";

/** One drawn part, in drawing units. */
export type ScenePart =
  | { readonly shape: "line"; readonly role: SceneRole; readonly from: FigurePoint; readonly to: FigurePoint }
  | {
      readonly shape: "circle";
      readonly role: SceneRole;
      readonly centre: FigurePoint;
      readonly radius: number;
    }
  | {
      readonly shape: "rect";
      readonly role: SceneRole;
      readonly x: number;
      readonly y: number;
      readonly width: number;
      readonly height: number;
    }
  | { readonly shape: "arrow"; readonly role: "arrow"; readonly from: FigurePoint; readonly to: FigurePoint };

/** Radii in drawing units: a therapy ball of about 10 cm, a foam roller of about 15 cm, at the figure's scale. */
export const EQUIPMENT_SIZE = {
  ballRadius: 6,
  rollerRadius: 9,
  matHeight: 2,
  anchorHalf: 3,
  towelWidth: 18,
  towelHeight: 2,
} as const;

function resolve(anchor: Anchor, points: FigurePoints): FigurePoint {
  if (typeof anchor === "string") return points[anchor];
  const a = points[anchor.from];
  const b = points[anchor.to];
  return { x: a.x + (b.x - a.x) * anchor.at, y: a.y + (b.y - a.y) * anchor.at };
}

/** The floor: the lowest point of the figure over its key poses, where the feet, knees or body rest. */
export function floorYOf(poses: readonly FigurePose[], view: FigureView): number {
  const lowest = Math.max(
    ...poses.flatMap((pose) =>
      Object.entries(figurePoints(pose, view))
        .filter(([name]) => name !== "nose")
        .map(([, point]) => point.y),
    ),
  );
  return lowest + 1;
}

function equipmentParts(
  item: DrawnEquipment,
  points: FigurePoints,
  floorY: number,
  spanX: readonly [number, number],
): ScenePart[] {
  switch (item.kind) {
    case "loop-band": {
      const left = resolve(item.left, points);
      const right = resolve(item.right, points);
      // Seen from the side both legs coincide: the band shows as a small loop around them.
      return Math.hypot(left.x - right.x, left.y - right.y) < 2
        ? [{ shape: "circle", role: "band", centre: left, radius: 3 }]
        : [{ shape: "line", role: "band", from: left, to: right }];
    }
    case "handled-band": {
      const strands: ScenePart[] = item.strands.map(([from, to]) => ({
        shape: "line",
        role: "band",
        from: Array.isArray(from) ? { x: from[0], y: from[1] } : resolve(from, points),
        to: resolve(to, points),
      }));
      const anchor: ScenePart[] =
        item.anchor === undefined
          ? []
          : [
              {
                shape: "rect",
                role: "anchor",
                x: item.anchor[0] - EQUIPMENT_SIZE.anchorHalf,
                y: item.anchor[1] - EQUIPMENT_SIZE.anchorHalf,
                width: 2 * EQUIPMENT_SIZE.anchorHalf,
                height: 2 * EQUIPMENT_SIZE.anchorHalf,
              },
            ];
      return [...strands, ...anchor];
    }
    case "ball":
    case "roller": {
      const radius = item.kind === "ball" ? EQUIPMENT_SIZE.ballRadius : EQUIPMENT_SIZE.rollerRadius;
      const at = resolve(item.under, points);
      // It rests on the floor, under the body: the body lies on top of it.
      return [{ shape: "circle", role: item.kind, centre: { x: at.x, y: floorY - radius }, radius }];
    }
    case "towel": {
      const at = resolve(item.under, points);
      return [
        {
          shape: "rect",
          role: "towel",
          x: at.x - EQUIPMENT_SIZE.towelWidth / 2,
          y: floorY - EQUIPMENT_SIZE.towelHeight,
          width: EQUIPMENT_SIZE.towelWidth,
          height: EQUIPMENT_SIZE.towelHeight,
        },
      ];
    }
    case "strap":
      return [
        { shape: "line", role: "strap", from: resolve(item.from, points), to: resolve(item.to, points) },
      ];
    case "wall":
      return [{ shape: "line", role: "wall", from: { x: item.x, y: floorY }, to: { x: item.x, y: 0 } }];
    case "chair": {
      const { x, seatY, width } = item;
      const frame: ScenePart[] = [
        { shape: "line", role: "chair", from: { x, y: seatY }, to: { x: x + width, y: seatY } },
        { shape: "line", role: "chair", from: { x, y: seatY }, to: { x, y: floorY } },
        { shape: "line", role: "chair", from: { x: x + width, y: seatY }, to: { x: x + width, y: floorY } },
      ];
      return item.back
        ? [...frame, { shape: "line", role: "chair", from: { x, y: seatY }, to: { x, y: seatY - width } }]
        : frame;
    }
    case "step":
    case "block":
      return [
        {
          shape: "rect",
          role: item.kind,
          x: item.x,
          y: floorY - item.height,
          width: item.width,
          height: item.height,
        },
      ];
    case "mat":
      return [
        {
          shape: "rect",
          role: "mat",
          x: spanX[0] - 6,
          y: floorY - EQUIPMENT_SIZE.matHeight,
          width: spanX[1] - spanX[0] + 12,
          height: EQUIPMENT_SIZE.matHeight,
        },
      ];
  }
}

/** The moving points an arrow may follow: the ends of the limbs and the hips. */
const ARROW_CANDIDATES: readonly FigurePointName[] = [
  "leftAnkle",
  "rightAnkle",
  "leftKnee",
  "rightKnee",
  "leftHip",
  "rightHip",
  "leftWrist",
  "rightWrist",
];

/** Below this the movement is a hold or too small to point at (drawing units, about 2 cm at the figure's scale). */
const MIN_ARROW_MOVE = 6;

/**
 * The direction of the movement: from the start pose to the movement pose, along the point that travels
 * furthest, drawn beside it so it does not hide the limb. None for a hold.
 */
export function movementArrow(start: FigurePoints, movement: FigurePoints): ScenePart | undefined {
  let best: { name: FigurePointName; move: number } | undefined;
  for (const name of ARROW_CANDIDATES) {
    const move = Math.hypot(movement[name].x - start[name].x, movement[name].y - start[name].y);
    if (best === undefined || move > best.move) best = { name, move };
  }
  if (best === undefined || best.move < MIN_ARROW_MOVE) return undefined;
  const from = start[best.name];
  const to = movement[best.name];
  const ux = (to.x - from.x) / best.move;
  const uy = (to.y - from.y) / best.move;
  // Beside the path, on the side above it (where the floor is not), and a little short of both ends.
  const offset = ux > 0 ? -8 : 8;
  const trim = Math.min(4, best.move / 4);
  return {
    shape: "arrow",
    role: "arrow",
    from: { x: from.x + ux * trim - uy * offset, y: from.y + uy * trim + ux * offset },
    to: { x: to.x - ux * trim - uy * offset, y: to.y - uy * trim + ux * offset },
  };
}

/** The floor line, the mat, then the equipment placed on the figure as it is in `pose`. */
export function sceneParts(
  equipment: readonly DrawnEquipment[],
  pose: FigurePose,
  view: FigureView,
  floorY: number,
): ScenePart[] {
  const points = figurePoints(pose, view);
  const xs = Object.values(points).map((point) => point.x);
  const span = [Math.min(...xs), Math.max(...xs)] as const;
  const floor: ScenePart = {
    shape: "line",
    role: "floor",
    from: { x: 2, y: floorY },
    to: { x: FIGURE_BOX.width - 2, y: floorY },
  };
  return [floor, ...equipment.flatMap((item) => equipmentParts(item, points, floorY, span))];
}

/**
 * The scene of the second view: what moves with the body (bands, towel, strap, ball, roller) placed on the turned
 * figure's own points, the floor and a step seen front-on when the figure is turned; fixed props of the room
 * (wall, chair, block) stay out of the small drawing. From above there is no floor line.
 */
export function secondViewParts(
  equipment: readonly DrawnEquipment[],
  points: FigurePoints,
  viewpoint: SecondViewpoint,
  floorY: number,
): ScenePart[] {
  const xs = Object.values(points).map((point) => point.x);
  const span = [Math.min(...xs), Math.max(...xs)] as const;
  const onBody = equipment.flatMap((item): ScenePart[] => {
    switch (item.kind) {
      case "loop-band":
      case "strap":
        return equipmentParts(item, points, floorY, span);
      case "handled-band":
        return equipmentParts(
          { kind: "handled-band", strands: item.strands.filter(([from]) => !Array.isArray(from)) },
          points,
          floorY,
          span,
        );
      case "ball":
      case "roller":
      case "towel":
        return viewpoint === "turned" ? equipmentParts(item, points, floorY, span) : [];
      case "step":
        // Seen front-on, a step spans the figure's width.
        return viewpoint === "turned"
          ? equipmentParts({ ...item, x: span[0] - 8, width: span[1] - span[0] + 16 }, points, floorY, span)
          : [];
      case "wall":
      case "chair":
      case "block":
      case "mat":
        return [];
    }
  });
  if (viewpoint === "above") return onBody;
  const floor: ScenePart = {
    shape: "line",
    role: "floor",
    from: { x: 2, y: floorY },
    to: { x: FIGURE_BOX.width - 2, y: floorY },
  };
  return [floor, ...onBody];
}
