// Camera timing of strength holds (called by `npm run bench`, which runs it with the TypeScript sources).
// Per clip: decode (ffmpeg) + pose model (TFJS WebAssembly) + hold timing, as a ratio to the clip's real time
// (under 1: faster than the hold itself). Clips: a hold rendered by ffmpeg from a real photo turned on its side
// (the CLI's integration test clip, lengthened to 30 s), and the squat video, which the timing refuses (standing).
// The hold timing alone is also timed on a synthetic 2-minute hold at 30 frames a second, whole (as the CLI does) and
// frame by frame (as the web page's live timer does).
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { HoldTracker, timeHold } from "@hipcheck/motion";
import { syntheticHoldClip } from "@hipcheck/motion/testing";
import {
  DEFAULT_POSE_MODEL,
  createPoseEstimator,
  decodeFrames,
  fileModelSource,
  initNodeBackend,
  keypointFrameOf,
  probeMedia,
} from "@hipcheck/detector";
import { renderHoldFilm } from "../testdata/hold-film.ts";
import { testdataPath } from "../testdata/testdata-path.ts";

const dir = mkdtempSync(join(tmpdir(), "hipcheck-bench-hold-"));
const HOLD_CLIP = join(dir, "hold-30s.mp4");
renderHoldFilm(HOLD_CLIP, { greySeconds: 2, holdSeconds: 30, framesPerSecond: 30, everyPictureWhole: false });
const clips = [
  ["rendered abductor hold, 34 s", HOLD_CLIP, "abductor-endurance-hold"],
  ["squat video (refused: standing)", testdataPath("videos/tfjsmodels_pose_squats.mp4"), "side-bridge-hold"],
];

await initNodeBackend();
const estimator = await createPoseEstimator(DEFAULT_POSE_MODEL, fileModelSource());
const rows = [];
for (const [name, path, test] of clips) {
  const probed = await probeMedia(path);
  if (!probed.ok) throw new Error(probed.error.message);
  estimator.reset();
  const frames = [];
  const started = performance.now();
  const decoded = await decodeFrames(path, probed.value, async ({ frame, timeMs, toSourceScale }) => {
    frames.push(keypointFrameOf(await estimator.estimate(frame), timeMs, toSourceScale));
  });
  if (!decoded.ok) throw new Error(decoded.error.message);
  const timingStarted = performance.now();
  const timing = timeHold(frames, { test, side: "left" });
  const ended = performance.now();
  rows.push({
    name,
    frames: frames.length,
    clipMs: probed.value.durationMs,
    totalMs: ended - started,
    timingMs: ended - timingStarted,
    outcome:
      timing.status === "timed"
        ? `${(timing.durationMs / 1000).toFixed(1)} s, ${timing.stopReason}`
        : timing.problems[0]?.code,
  });
}
estimator.dispose();
rmSync(dir, { recursive: true, force: true });

const synthetic = syntheticHoldClip({
  test: "abductor-endurance-hold",
  side: "left",
  frameRateHz: 30,
  jitterPx: 3,
  phases: [
    { durationMs: 2000, to: {} },
    { durationMs: 400, to: { liftDeg: 25 } },
    { durationMs: 120_000, to: { liftDeg: 22 } },
    { durationMs: 500, to: { liftDeg: -10 } },
    { durationMs: 2000, to: {} },
  ],
});
const syntheticStarted = performance.now();
timeHold(synthetic, { test: "abductor-endurance-hold", side: "left" });
const syntheticMs = performance.now() - syntheticStarted;
rows.push({
  name: "synthetic 2-min hold, timing only",
  frames: synthetic.length,
  clipMs: synthetic.at(-1).timeMs,
  totalMs: syntheticMs,
  timingMs: syntheticMs,
  outcome: "keypoints given",
});

// The web page's live timer feeds the same frames one at a time to HoldTracker, as the camera makes them.
const liveStarted = performance.now();
const tracker = new HoldTracker("abductor-endurance-hold");
for (const frame of synthetic) tracker.push(frame);
const liveMs = performance.now() - liveStarted;
rows.push({
  name: "same hold, live tracker per frame",
  frames: synthetic.length,
  clipMs: synthetic.at(-1).timeMs,
  totalMs: liveMs,
  timingMs: liveMs,
  outcome:
    tracker.state.phase === "ended"
      ? `${(tracker.state.hold.durationMs / 1000).toFixed(1)} s, ${tracker.state.hold.stopReason}`
      : tracker.state.phase,
});

console.log(
  `model: ${DEFAULT_POSE_MODEL}; machine: ${cpus().length} cores, load average ${loadavg()[0].toFixed(2)}`,
);
console.log(
  [
    "clip".padEnd(36),
    "frames".padStart(7),
    "clip s".padStart(8),
    "took s".padStart(8),
    "x realtime".padStart(11),
    "timing ms".padStart(10),
    "  outcome",
  ].join(""),
);
for (const row of rows) {
  console.log(
    [
      row.name.padEnd(36),
      String(row.frames).padStart(7),
      (row.clipMs / 1000).toFixed(1).padStart(8),
      (row.totalMs / 1000).toFixed(1).padStart(8),
      (row.totalMs / row.clipMs).toFixed(3).padStart(11),
      row.timingMs.toFixed(1).padStart(10),
      `  ${row.outcome}`,
    ].join(""),
  );
}
console.log("x realtime: time taken over the clip's length; under 1 keeps up with a live hold.");
