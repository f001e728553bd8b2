// How far apart the appearance signatures of the frame watch are (decision 0870): the same person across the frames
// of real clips (tfjs-models' squat and pose_1 clips, mmpose's demo, under their own changes of light and pose), and
// different real people (every person the person detector finds in the photos under testdata/images). Prints the
// distributions that the thresholds `MAX_SAME_COLOUR_DISTANCE` and `MAX_SAME_SIZE_RATIO` were chosen from.
// Run with the TypeScript sources: node --conditions=@hipcheck/source --import tsx scripts/appearance-distances.mjs
import { readdirSync } from "node:fs";
import { loadGraphModel } from "@tensorflow/tfjs-converter";
import {
  DEFAULT_POSE_MODEL,
  MAX_SAME_COLOUR_DISTANCE,
  MAX_SAME_SIZE_RATIO,
  appearanceOf,
  colourDistance,
  createPoseEstimator,
  decodeFrames,
  detectPeople,
  fileModelSource,
  initNodeBackend,
  keypointFrameOf,
  PERSON_DETECTOR_FILE,
  probeMedia,
  sizeRatio,
} from "@hipcheck/detector";
import { testdataPath } from "../testdata/testdata-path.ts";

const CLIPS = ["tfjsmodels_pose_squats.mp4", "tfjsmodels_pose_1.mp4", "mmpose_demo.mp4"];

await initNodeBackend();
const estimator = await createPoseEstimator(DEFAULT_POSE_MODEL, fileModelSource());
const detector = await loadGraphModel(fileModelSource()(PERSON_DETECTOR_FILE));

/** Time spent reading appearances, to show what the frame watch pays per picture. */
const reading = { ms: 0, count: 0 };

function timedAppearanceOf(frame, keypoints) {
  const started = performance.now();
  const appearance = appearanceOf(frame, keypoints);
  reading.ms += performance.now() - started;
  reading.count += 1;
  return appearance;
}

/** The appearance of every frame of `file` where the pose model follows the body, as the frame watch reads it. */
async function appearancesInClip(file) {
  const probed = await probeMedia(testdataPath(`videos/${file}`));
  if (!probed.ok) throw new Error(probed.error.message);
  estimator.reset();
  const seen = [];
  const decoded = await decodeFrames(
    testdataPath(`videos/${file}`),
    probed.value,
    async ({ frame, timeMs }) => {
      const appearance = timedAppearanceOf(frame, keypointFrameOf(await estimator.estimate(frame), timeMs));
      if (appearance !== undefined && estimator.tracking() !== undefined) seen.push(appearance);
    },
  );
  if (!decoded.ok) throw new Error(decoded.error.message);
  return seen;
}

/** The appearance of each person the detector finds in a photo, read by the pose model started on them. */
async function appearancesInPhoto(file) {
  const path = testdataPath(`images/${file}`);
  const probed = await probeMedia(path);
  if (!probed.ok) throw new Error(probed.error.message);
  const people = [];
  const decoded = await decodeFrames(path, probed.value, async ({ frame }) => {
    for (const [index, person] of (await detectPeople(detector, frame)).entries()) {
      estimator.reset();
      const appearance = appearanceOf(frame, keypointFrameOf(await estimator.estimate(frame, person), 0));
      if (appearance !== undefined) people.push({ name: `${file}#${String(index)}`, file, appearance });
    }
  });
  if (!decoded.ok) throw new Error(decoded.error.message);
  return people;
}

function quantiles(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (share) => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? NaN;
  return `n=${String(sorted.length)} min ${at(0).toFixed(3)} p10 ${at(0.1).toFixed(3)} median ${at(0.5).toFixed(3)} p90 ${at(0.9).toFixed(3)} max ${(sorted.at(-1) ?? NaN).toFixed(3)}`;
}

function pairsOf(items) {
  return items.flatMap((a, i) => items.slice(i + 1).map((b) => [a, b]));
}

console.log(
  `thresholds: colour distance <= ${String(MAX_SAME_COLOUR_DISTANCE)}, size ratio <= ${String(MAX_SAME_SIZE_RATIO)}`,
);
console.log("the same person, every pair of frames of one clip:");
for (const clip of CLIPS) {
  const seen = await appearancesInClip(clip);
  const pairs = pairsOf(seen);
  console.log(`  ${clip} (${String(seen.length)} frames)`);
  console.log(`    colour distance ${quantiles(pairs.map(([a, b]) => colourDistance(a, b)))}`);
  console.log(`    size ratio      ${quantiles(pairs.map(([a, b]) => sizeRatio(a, b)))}`);
}

const photos = readdirSync(testdataPath("images")).filter((file) => file.endsWith(".jpg"));
const people = [];
for (const file of photos) people.push(...(await appearancesInPhoto(file)));
// vladmandic/human's two photos of Vlado show one man: they are left out of the pairs of different people.
const samePerson = (a, b) =>
  a.file.startsWith("human_person-vlado") && b.file.startsWith("human_person-vlado");
const different = pairsOf(people).filter(([a, b]) => a.file !== b.file && !samePerson(a, b));
const sharingPhoto = pairsOf(people).filter(([a, b]) => a.file === b.file);
console.log(`different people: ${String(people.length)} found in ${String(photos.length)} photos`);
for (const [label, pairs] of [
  ["in different photos", different],
  ["in the same photo (same light)", sharingPhoto],
]) {
  console.log(`  ${label}`);
  console.log(
    `    colour distance ${quantiles(pairs.map(([a, b]) => colourDistance(a.appearance, b.appearance)))}`,
  );
  console.log(
    `    size ratio      ${quantiles(pairs.map(([a, b]) => sizeRatio(a.appearance, b.appearance)))}`,
  );
  const alike = pairs.filter(
    ([a, b]) => colourDistance(a.appearance, b.appearance) <= MAX_SAME_COLOUR_DISTANCE,
  );
  console.log(`    read alike by colour: ${String(alike.length)} of ${String(pairs.length)}`);
  for (const [a, b] of alike) {
    console.log(
      `      ${a.name} ~ ${b.name}: colour ${colourDistance(a.appearance, b.appearance).toFixed(3)}, size ${sizeRatio(a.appearance, b.appearance).toFixed(2)}`,
    );
  }
}
console.log(
  `reading one appearance: ${((reading.ms / reading.count) * 1000).toFixed(0)} µs on average over ${String(reading.count)} pictures of the clips`,
);
estimator.dispose();
detector.dispose();
