/**
 * The exercise illustration: a stick figure drawn from line segments (the web app's key poses, passed in as data),
 * scaled into a box; or a clearly labelled empty box when no drawing is given.
 */
import { z } from "zod";

export const FIGURE_BOX_DEFAULT = { width: 200, height: 160 } as const;

export const FigureSchema = z
  .object({
    /** Each segment is `[x1, y1, x2, y2]` in the figure's own units, y pointing down. */
    segments: z
      .array(z.tuple([z.number(), z.number(), z.number(), z.number()]))
      .min(1)
      .max(200),
    /** The drawing box the coordinates live in; 200 × 160 (the web app's figure box) when absent. */
    width: z.number().positive().optional(),
    height: z.number().positive().optional(),
  })
  .strict();
export type Figure = z.infer<typeof FigureSchema>;

export type Box = { readonly x: number; readonly y: number; readonly width: number; readonly height: number };

export function drawFigure(doc: PDFKit.PDFDocument, figure: Figure, box: Box): void {
  const sourceWidth = figure.width ?? FIGURE_BOX_DEFAULT.width;
  const sourceHeight = figure.height ?? FIGURE_BOX_DEFAULT.height;
  const scale = Math.min(box.width / sourceWidth, box.height / sourceHeight);
  const offsetX = box.x + (box.width - sourceWidth * scale) / 2;
  const offsetY = box.y + (box.height - sourceHeight * scale) / 2;
  doc.save().rect(box.x, box.y, box.width, box.height).lineWidth(0.5).strokeColor("#bbbbbb").stroke();
  doc.lineWidth(2).lineCap("round").strokeColor("#1f3b57");
  for (const [x1, y1, x2, y2] of figure.segments) {
    doc
      .moveTo(offsetX + x1 * scale, offsetY + y1 * scale)
      .lineTo(offsetX + x2 * scale, offsetY + y2 * scale)
      .stroke();
  }
  doc.restore();
}

export function drawPlaceholder(doc: PDFKit.PDFDocument, label: string, box: Box): void {
  doc
    .save()
    .rect(box.x, box.y, box.width, box.height)
    .dash(3, { space: 3 })
    .lineWidth(0.8)
    .strokeColor("#888888")
    .stroke();
  doc.undash().fillColor("#666666").fontSize(8);
  doc.text(label, box.x + 6, box.y + box.height / 2 - 10, { width: box.width - 12, align: "center" });
  doc.restore();
}
