import { it } from "vitest";
import { hipcheck } from "../../test/kit.js";
it("prints", async () => {
  const run = await hipcheck(["analyze", "/work/shared/testdata/videos/tfjsmodels_pose_squats.mp4", "--test", "squat", "--json"], { cwd: "/tmp/hcscratch" });
  const j = JSON.parse(run.stdout);
  for (const i of [0, 10]) { const k = j.frames[i].keypoints; process.stdout.write("ROW " + i + " " + ["leftShoulder","rightShoulder","leftHip","rightHip","leftKnee","rightKnee","leftAnkle","rightAnkle"].map((n) => `${n}=${Math.round(k[n].x)},${Math.round(k[n].y)}`).join(" ") + "\n"); }
});
