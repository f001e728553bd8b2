import { readFileSync } from "node:fs";
import { COCO17_ORDER } from "@hipcheck/motion";
const dir = "/work/wt/camera/testdata/annotations/";
const AIC = ["rightShoulder","rightElbow","rightWrist","leftShoulder","leftElbow","leftWrist","rightHip","rightKnee","rightAnkle","leftHip","leftKnee","leftAnkle",undefined,undefined];
export function turnOf(kp: any) {
  const d = (a: any, b: any) => Math.hypot(a.x - b.x, a.y - b.y);
  const ls = kp.leftShoulder, rs = kp.rightShoulder, lh = kp.leftHip, rh = kp.rightHip;
  if (!ls || !rs || !lh || !rh) return "no torso";
  const torso = d({ x: (ls.x + rs.x) / 2, y: (ls.y + rs.y) / 2 }, { x: (lh.x + rh.x) / 2, y: (lh.y + rh.y) / 2 });
  let side = 0, horiz = 0; const parts: string[] = [];
  for (const s of ["left", "right"]) {
    const h = kp[s + "Hip"], k = kp[s + "Knee"], a = kp[s + "Ankle"];
    if (!h || !k || !a) return "no leg";
    const T = Math.max(d(h, k), d(k, a), 0.85 * torso);
    const dy = k.y - h.y;
    side += k.x - h.x; horiz += Math.sqrt(Math.max(0, T * T - dy * dy));
    parts.push(`${s[0]} T ${(T/torso).toFixed(2)} thigh ${(d(h,k)/T).toFixed(2)} shank ${(d(k,a)/T).toFixed(2)} dy/T ${(dy/T).toFixed(2)} dx/T ${((k.x-h.x)/T).toFixed(2)}`);
  }
  const sine = horiz > 0 ? Math.max(-1, Math.min(1, side / horiz)) : NaN;
  return `turn ${(Math.asin(sine) * 180 / Math.PI).toFixed(0)}° ${parts.join(" | ")}`;
}
if (process.argv[2] === "ann") for (const [file, names] of [["mmpose_coco__test_coco.json", COCO17_ORDER],["mmpose_ochuman__test_ochuman.json", COCO17_ORDER],["mmpose_humanart__test_humanart.json", COCO17_ORDER],["mmpose_aic__test_aic.json", AIC]] as const) {
  const data = JSON.parse(readFileSync(dir + file, "utf8"));
  for (const a of data.annotations) {
    const img = data.images.find((i: any) => i.id === a.image_id).file_name.split("/").at(-1);
    const kp: any = {};
    (names as any[]).forEach((n, i) => { if (n && a.keypoints[i*3+2] > 0) kp[n] = { x: a.keypoints[i*3], y: a.keypoints[i*3+1] }; });
    console.log(`${img.slice(0,16).padEnd(17)} ${String(a.id).padEnd(15)} ${turnOf(kp)}`);
  }
}
