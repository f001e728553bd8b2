import type { Side } from "../skeleton/joints.js";

export type Point = { readonly x: number; readonly y: number };
export type CameraView = "front" | "back";

const DEG_PER_RAD = 180 / Math.PI;

export function midpoint(a: Point, b: Point): Point {
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
}

export function distancePx(a: Point, b: Point): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

/**
 * Image x direction (+1 or −1) of the person's `side`. Facing the camera, the person's left is on the image right.
 */
export function imageDirectionOf(side: Side, view: CameraView): 1 | -1 {
  const facingFront = view === "front";
  return (side === "left") === facingFront ? 1 : -1;
}

/** Interior angle at `vertex` between the rays to `a` and `b`, 0..180°; 180° when a point coincides (no bend). */
export function interiorAngleDeg(a: Point, vertex: Point, b: Point): number {
  const ux = a.x - vertex.x;
  const uy = a.y - vertex.y;
  const vx = b.x - vertex.x;
  const vy = b.y - vertex.y;
  const lengths = Math.hypot(ux, uy) * Math.hypot(vx, vy);
  if (lengths === 0) return 180;
  return Math.atan2(Math.abs(ux * vy - uy * vx), ux * vx + uy * vy) * DEG_PER_RAD;
}

/**
 * Frontal plane projection angle of the knee: 180° − the interior hip–knee–ankle angle, positive = valgus (knee
 * medial to the hip–ankle line), negative = varus (Munro, Herrington & Carolan 2012 after Willson 2006; docs/clinical
 * §1.1). Medial is toward the other leg, whose image direction depends on the leg's side and on the camera view.
 */
export function fppaDeg(hip: Point, knee: Point, ankle: Point, side: Side, view: CameraView): number {
  const magnitudeDeg = 180 - interiorAngleDeg(hip, knee, ankle);
  // Knee offset from the hip→ankle line, positive toward image +x for a leg pointing down the image.
  const cross = (ankle.x - hip.x) * (knee.y - hip.y) - (ankle.y - hip.y) * (knee.x - hip.x);
  const medialDirection = -imageDirectionOf(side, view);
  const signedOffset = -cross * medialDirection;
  return signedOffset < 0 ? -magnitudeDeg : magnitudeDeg;
}

/**
 * Pelvic drop: angle of the hip–hip line from horizontal, positive when the hip on `droppingSide` is lower
 * (Bramah 2018 contralateral pelvic drop; 2D method docs/clinical §2). Independent of the camera view.
 */
export function pelvicDropDeg(
  hips: { readonly left: Point; readonly right: Point },
  droppingSide: Side,
): number {
  const dropping = hips[droppingSide];
  const other = hips[droppingSide === "left" ? "right" : "left"];
  const widthPx = Math.abs(dropping.x - other.x);
  return Math.atan2(dropping.y - other.y, widthPx) * DEG_PER_RAD;
}

/**
 * Lateral trunk lean: angle of the mid-hip→mid-shoulder line from vertical, positive toward the person's
 * `towardSide` (DiCesare 2014 LTA; docs/clinical §3.1).
 */
export function trunkLeanDeg(midHip: Point, midShoulder: Point, towardSide: Side, view: CameraView): number {
  const leanDeg = Math.atan2(midShoulder.x - midHip.x, midHip.y - midShoulder.y) * DEG_PER_RAD;
  return leanDeg * imageDirectionOf(towardSide, view);
}

/** Angle of the segment `from`→`to` from straight up in the image, −180..180°, positive clockwise (toward +x). */
export function angleFromUpDeg(from: Point, to: Point): number {
  return Math.atan2(to.x - from.x, from.y - to.y) * DEG_PER_RAD;
}
