import { readFileSync } from "node:fs";
import { fppaDeg, interiorAngleDeg } from "@hipcheck/motion";
const raw = JSON.parse(readFileSync("/work/wt/camera/testdata/annotations/tfjsmodels_pose_squats.full.json", "utf8"));
console.log(raw.length, JSON.stringify(raw[0][23]));
let flagged = 0, bent = 0;
raw.forEach((p: any, i: number) => {
  const P = (j: number) => ({ x: p[j][0], y: p[j][1] });
  const l = fppaDeg(P(23), P(25), P(27), "left", "front"), r = fppaDeg(P(24), P(26), P(28), "right", "front");
  const la = interiorAngleDeg(P(23), P(25), P(27)), ra = interiorAngleDeg(P(24), P(26), P(28));
  const f = Math.sign(l) !== Math.sign(r) && Math.min(Math.abs(l), Math.abs(r)) >= 9;
  if (f) flagged++;
  console.log(i, l.toFixed(0), r.toFixed(0), la.toFixed(0), ra.toFixed(0), f ? "TURN" : "");
});
console.log("flagged", flagged, "of", raw.length);
