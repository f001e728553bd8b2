// `npm run bench`: every benchmark, one after the other so they do not compete for the two cores.
// Each prints its figures and a ratio against a baseline it measures in the same run.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const benches = [
  ["Pose pipeline (decode + model + analysis)", "scripts/bench-pose.mjs"],
  ["Camera timing of strength holds, per clip (ratio to real time)", "scripts/bench-hold.mjs"],
  ["Server: session logging under load", "scripts/bench-server.mjs"],
  ["Web app: first paint on a slow phone link", "scripts/bench-first-paint.mjs"],
  [
    "Movement screen accuracy on annotated photos and a clip (npm run eval:motion)",
    "scripts/eval-motion.mjs",
  ],
];

let failed = false;
for (const [title, script] of benches) {
  console.log(`\n=== ${title} (${script})`);
  if (!existsSync(script)) {
    console.log("missing");
    failed = true;
    continue;
  }
  const run = spawnSync(process.execPath, ["--conditions=@hipcheck/source", "--import", "tsx", script], {
    stdio: "inherit",
  });
  if (run.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
