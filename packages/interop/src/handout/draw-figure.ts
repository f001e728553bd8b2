/**
 * The exercise illustration on paper: the same stick figure as the web app's animation (core's key poses), its
 * start position drawn pale and the movement drawn dark over it, so one still picture shows which way to move.
 */
import {
  FIGURE_BONES,
  FIGURE_BOX,
  figurePoints,
  type ExerciseIllustration,
  type FigurePose,
  type FigureView,
} from "@hipcheck/core";

export type Box = { readonly x: number; readonly y: number; readonly width: number; readonly height: number };

/** The two inks of a drawing; the handout's key line names them. */
export const FIGURE_INK = { start: "#b7c3cf", movement: "#1f3b57" } as const;

type Placement = { readonly scale: number; readonly x: number; readonly y: number };

function drawPose(doc: PDFKit.PDFDocument, pose: FigurePose, view: FigureView, at: Placement, ink: string) {
  const points = figurePoints(pose, view);
  const px = (x: number) => at.x + x * at.scale;
  const py = (y: number) => at.y + y * at.scale;
  doc.lineWidth(2).lineCap("round").strokeColor(ink);
  for (const [a, b] of FIGURE_BONES) {
    doc.moveTo(px(points[a].x), py(points[a].y)).lineTo(px(points[b].x), py(points[b].y)).stroke();
  }
  doc.circle(px(points.nose.x), py(points.nose.y), 10 * at.scale).fill(ink);
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
  drawPose(doc, start, illustration.view, at, FIGURE_INK.start);
  drawPose(doc, movement, illustration.view, at, FIGURE_INK.movement);
  doc.restore();
}
