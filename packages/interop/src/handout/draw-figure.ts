/**
 * The exercise illustration on paper: the same stick figure as the web app's animation (core's key poses), its
 * start position drawn pale and the movement drawn dark over it, so one still picture shows which way to move;
 * under it the floor and the equipment as they are at the movement, and an arrow for its direction (core's
 * scene parts, the same as on screen).
 */
import {
  FIGURE_BONES,
  FIGURE_BOX,
  figurePoints,
  movementArrow,
  sceneParts,
  secondViewParts,
  secondViewPoints,
  type ExerciseIllustration,
  type FigurePoints,
  type FigurePose,
  type FigureView,
  type ScenePart,
} from "@hipcheck/core";

export type Box = { readonly x: number; readonly y: number; readonly width: number; readonly height: number };

/** The two inks of a drawing; the handout's key line names them. */
export const FIGURE_INK = { start: "#b7c3cf", movement: "#1f3b57" } as const;

/** The inks of the scene: equipment and floor in grey, bands in teal, balls and rollers in orange, the arrow red. */
export const SCENE_INK = { ground: "#6b7686", band: "#2a9d8f", ball: "#e08a3c", arrow: "#d1495b" } as const;

type Placement = { readonly scale: number; readonly x: number; readonly y: number };

function drawPose(doc: PDFKit.PDFDocument, pose: FigurePose, view: FigureView, at: Placement, ink: string) {
  drawPoints(doc, figurePoints(pose, view), at, ink);
}

function drawPoints(doc: PDFKit.PDFDocument, points: FigurePoints, at: Placement, ink: string) {
  const px = (x: number) => at.x + x * at.scale;
  const py = (y: number) => at.y + y * at.scale;
  doc.lineWidth(2).lineCap("round").strokeColor(ink);
  for (const [a, b] of FIGURE_BONES) {
    doc.moveTo(px(points[a].x), py(points[a].y)).lineTo(px(points[b].x), py(points[b].y)).stroke();
  }
  doc.circle(px(points.nose.x), py(points.nose.y), 10 * at.scale).fill(ink);
}

function drawScene(doc: PDFKit.PDFDocument, parts: readonly ScenePart[], at: Placement) {
  const px = (x: number) => at.x + x * at.scale;
  const py = (y: number) => at.y + y * at.scale;
  for (const part of parts) {
    const ink =
      part.role === "band" || part.role === "strap"
        ? SCENE_INK.band
        : part.role === "ball" || part.role === "roller"
          ? SCENE_INK.ball
          : part.role === "arrow"
            ? SCENE_INK.arrow
            : SCENE_INK.ground;
    doc
      .lineWidth(part.role === "band" || part.role === "arrow" ? 1.6 : 1)
      .strokeColor(ink)
      .fillColor(ink);
    switch (part.shape) {
      case "line":
        doc.moveTo(px(part.from.x), py(part.from.y)).lineTo(px(part.to.x), py(part.to.y)).stroke();
        break;
      case "circle":
        doc.circle(px(part.centre.x), py(part.centre.y), part.radius * at.scale).fillAndStroke(ink, ink);
        break;
      case "rect":
        doc.rect(px(part.x), py(part.y), part.width * at.scale, part.height * at.scale).stroke();
        break;
      case "arrow": {
        const [x1, y1, x2, y2] = [px(part.from.x), py(part.from.y), px(part.to.x), py(part.to.y)];
        const angle = Math.atan2(y2 - y1, x2 - x1);
        const head = 5;
        doc.moveTo(x1, y1).lineTo(x2, y2).stroke();
        doc
          .moveTo(x2, y2)
          .lineTo(x2 - head * Math.cos(angle - 0.45), y2 - head * Math.sin(angle - 0.45))
          .lineTo(x2 - head * Math.cos(angle + 0.45), y2 - head * Math.sin(angle + 0.45))
          .closePath()
          .fill(ink);
        break;
      }
    }
  }
}

export function drawIllustration(
  doc: PDFKit.PDFDocument,
  illustration: ExerciseIllustration,
  box: Box,
): void {
  const scale = Math.min(box.width / FIGURE_BOX.width, box.height / FIGURE_BOX.height);
  const at = {
    scale,
    x: box.x + (box.width - FIGURE_BOX.width * scale) / 2,
    y: box.y + (box.height - FIGURE_BOX.height * scale) / 2,
  };
  doc.save().rect(box.x, box.y, box.width, box.height).lineWidth(0.5).strokeColor("#bbbbbb").stroke();
  const [start, movement] = illustration.poses;
  const arrow = movementArrow(
    figurePoints(start, illustration.view),
    figurePoints(movement, illustration.view),
  );
  drawScene(
    doc,
    [
      ...sceneParts(illustration.equipment, movement, illustration.view, illustration.floorY),
      ...(arrow === undefined ? [] : [arrow]),
    ],
    at,
  );
  drawPose(doc, start, illustration.view, at, FIGURE_INK.start);
  drawPose(doc, movement, illustration.view, at, FIGURE_INK.movement);
  doc.restore();
}

/**
 * The small second view (from the front or above) under the main drawing, where a cue is about alignment: the same
 * two inks, the body's own equipment and the floor, and `label` saying where it is seen from.
 */
export function drawSecondView(
  doc: PDFKit.PDFDocument,
  illustration: ExerciseIllustration,
  box: Box,
  label: string,
): void {
  const second = illustration.secondView;
  if (second === undefined) return;
  const scale = Math.min(box.width / FIGURE_BOX.width, box.height / FIGURE_BOX.height);
  const at = {
    scale,
    x: box.x + (box.width - FIGURE_BOX.width * scale) / 2,
    y: box.y + (box.height - FIGURE_BOX.height * scale) / 2,
  };
  doc.save().rect(box.x, box.y, box.width, box.height).lineWidth(0.5).strokeColor("#bbbbbb").stroke();
  const [start, movement] = illustration.poses;
  const moved = secondViewPoints(illustration, movement);
  const started = secondViewPoints(illustration, start);
  if (moved !== undefined && started !== undefined) {
    drawScene(doc, secondViewParts(illustration.equipment, moved, second.viewpoint, illustration.floorY), at);
    drawPoints(doc, started, at, FIGURE_INK.start);
    drawPoints(doc, moved, at, FIGURE_INK.movement);
  }
  doc
    .fillColor("#555555")
    .fontSize(7)
    .text(label, box.x + 2, box.y + 2, { width: box.width - 4, lineBreak: false });
  doc.restore();
}
