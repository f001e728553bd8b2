/**
 * Simplified outlines of the hip and leg muscles for the Learn page, drawn in a 200 × 360 box. Each shape
 * carries the id of its structure in the core knowledge base (`structures`), which supplies names and roles.
 * The layout follows standard anatomy atlases: the gluteus medius fans from the iliac crest to the greater
 * trochanter, the TFL sits in front of it and continues as the IT band to the outside of the tibia below the knee.
 */
export type AnatomyShape = { readonly structureId: string; readonly d: string };
export type AnatomyView = "side" | "front";

/** Outside (lateral) view of the right hip and leg; the front of the body is on the right. */
const SIDE: readonly AnatomyShape[] = [
  { structureId: "gluteus-maximus", d: "M48 70 C40 100 42 150 70 175 L96 160 L98 118 C80 95 66 78 48 70 Z" },
  { structureId: "gluteus-medius", d: "M56 46 C80 34 112 36 126 52 L104 116 L96 116 C84 90 66 70 56 46 Z" },
  { structureId: "gluteus-minimus", d: "M88 62 C100 58 112 60 118 66 L102 108 L98 108 Z" },
  { structureId: "piriformis", d: "M52 96 C70 98 86 104 96 112 L94 118 C82 112 68 106 50 104 Z" },
  {
    structureId: "tensor-fasciae-latae",
    d: "M120 58 C130 66 132 90 122 128 L108 128 C112 96 112 74 120 58 Z",
  },
  { structureId: "iliotibial-band", d: "M98 120 L110 124 L116 300 L108 312 L102 300 Z" },
  { structureId: "quadriceps", d: "M112 130 C140 150 146 230 134 290 L118 296 L114 140 Z" },
  { structureId: "hamstrings", d: "M66 176 L96 164 L100 298 L88 306 C70 270 62 220 66 176 Z" },
  {
    structureId: "patella",
    d: "M124 292 C132 288 140 296 138 308 C136 318 126 318 122 310 C120 302 120 296 124 292 Z",
  },
];

/** Front view of the right hip and leg; the outside of the leg is on the left. */
const FRONT: readonly AnatomyShape[] = [
  { structureId: "gluteus-medius", d: "M40 44 C52 36 66 38 74 46 L66 70 L48 76 C42 64 40 54 40 44 Z" },
  {
    structureId: "tensor-fasciae-latae",
    d: "M50 76 L68 68 C72 86 68 110 60 128 L48 126 C46 108 46 92 50 76 Z",
  },
  { structureId: "iliotibial-band", d: "M46 126 L58 128 L66 300 L56 306 Z" },
  { structureId: "sartorius", d: "M74 56 L84 60 C100 130 124 220 138 300 L128 304 C114 224 90 132 74 56 Z" },
  {
    structureId: "quadriceps",
    d: "M62 128 C70 120 86 118 96 124 C110 180 114 240 112 288 L76 292 C66 240 60 180 62 128 Z",
  },
  { structureId: "adductors", d: "M100 92 L132 96 C134 140 130 190 118 230 C110 190 104 140 100 92 Z" },
  {
    structureId: "gracilis",
    d: "M132 96 L142 98 C146 170 146 240 140 304 L132 302 C136 240 136 170 132 96 Z",
  },
  {
    structureId: "patella",
    d: "M84 290 C92 284 104 288 104 300 C104 312 94 316 86 310 C80 304 80 296 84 290 Z",
  },
];

export const ANATOMY_SHAPES: Readonly<Record<AnatomyView, readonly AnatomyShape[]>> = {
  side: SIDE,
  front: FRONT,
};

/** Bones drawn for orientation only (not selectable): pelvis outline, femur and tibia. */
export const ANATOMY_BONES: Readonly<Record<AnatomyView, string>> = {
  side: "M56 46 C80 30 116 32 130 52 M100 116 L112 292 M112 312 L110 350",
  front: "M40 44 C60 30 90 34 110 56 L128 86 M62 70 L92 290 M92 312 L96 350",
};
