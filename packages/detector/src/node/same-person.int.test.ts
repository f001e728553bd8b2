import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyzeMovement, jointOf, type KeypointFrame } from "@hipcheck/motion";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testdataPath } from "../../../../testdata/testdata-path.js";
import { createPeopleFinder, type PeopleFinder } from "../people-finder.js";
import { createPoseEstimator, type PoseEstimator } from "../pose-estimator.js";
import { detectPosesInFile, type DetectedClip } from "./detect-poses-in-file.js";
import { detectPosesInVideo } from "./detect-poses-in-video.js";
import { fileModelSource } from "./file-model-source.js";
import { probeMedia } from "./media-probe.js";
import { initNodeBackend } from "./node-backend.js";
import { startPoseThreads } from "./pose-threads.js";

/**
 * Specification: once the pose model has lost the person measured, the screen measures them again when they come
 * back, or nobody, never someone else in the picture (decisions 0830, 0870). The films are made of real pictures by
 * ffmpeg: Lena squats on the left (tfjs-models' squat clip, 5 frames a second, scaled to 405 × 720) on a grey
 * 1280 × 720 picture, and from 4.0 s to 5.5 s a black screen hides her. In the first film Marco stands still far to
 * the right (vladmandic/human's person-vlado1 photo, 300 px high): the screen used to find him in the first picture
 * without her and follow him to the end of the clip. In the second, Linda (vladmandic/human's person-linda photo,
 * black top and dark red skirt, where Lena wears a pink top and black leggings) stands in Lena's place while she is
 * hidden: the screen used to take her for Lena, since she stands where Lena was.
 */
const work = mkdtempSync(join(tmpdir(), "hipcheck-same-person-"));
const FILM = join(work, "lena-hidden-marco-aside.mp4");
const FILM_LINDA_IN_HER_PLACE = join(work, "lena-hidden-linda-in-her-place.mp4");
/** Lena's part of the picture, in its pixels: the squat clip scaled to 720 px high. */
const LENAS_PART_WIDTH_PX = 405;
const HIDDEN_FROM_MS = 4000;
const HIDDEN_UNTIL_MS = 5500;
/** When Linda stands in Lena's place, within the time Lena is hidden: the people check at 5.0 s sees her. */
const LINDA_FROM_MS = 4400;
const LINDA_UNTIL_MS = 5200;
const VIDEO_TIMEOUT_MS = 180_000;

let estimator: PoseEstimator;
let people: PeopleFinder;
let clip: DetectedClip;

/** The black screen over Lena's part of the picture while she is hidden, after ffmpeg's filter `input`. */
function hidingLena(input: string): string {
  return (
    `${input},drawbox=x=0:y=0:w=${String(LENAS_PART_WIDTH_PX)}:h=720:color=black:t=fill:` +
    `enable='between(t,${String(HIDDEN_FROM_MS / 1000)},${String(HIDDEN_UNTIL_MS / 1000)})'`
  );
}

async function detected(film: string): Promise<DetectedClip> {
  const read = await detectPosesInFile(film, estimator, { people });
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
}

/** Reads `film` on two threads in segments of 12 frames: the third starts at 4.8 s, while Lena is hidden. */
async function detectedOnTwoThreads(film: string): Promise<DetectedClip> {
  const threads = await startPoseThreads({ modelId: "movenet-lightning", threads: 2, people: true });
  try {
    const probed = await probeMedia(film);
    if (!probed.ok) throw new Error(probed.error.message);
    const segmented = await detectPosesInVideo(film, probed.value, threads, { segmentFrames: 12 });
    if (!segmented.ok) throw new Error(segmented.error.message);
    return segmented.value;
  } finally {
    await threads.close();
  }
}

beforeAll(async () => {
  execFileSync("ffmpeg", [
    ...["-v", "error", "-y", "-i", testdataPath("videos/tfjsmodels_pose_squats.mp4")],
    ...["-loop", "1", "-framerate", "5", "-i", testdataPath("images/human_person-vlado1.jpg")],
    ...[
      "-filter_complex",
      [
        "[1:v]crop=400:968:300:0,scale=-2:300,setsar=1[marco]",
        hidingLena("[0:v]scale=-2:720,setsar=1,pad=1280:720:0:0:color=0xb0b0b0") + "[room]",
        "[room][marco]overlay=1060:400:shortest=1[v]",
      ].join(";"),
    ],
    ...["-map", "[v]", "-c:v", "libx264", "-pix_fmt", "yuv420p", "-r", "5", FILM],
  ]);
  await initNodeBackend();
  [estimator, people] = await Promise.all([
    createPoseEstimator("movenet-lightning", fileModelSource()),
    createPeopleFinder(fileModelSource()),
  ]);
  clip = await detected(FILM);
}, VIDEO_TIMEOUT_MS);

afterAll(() => {
  estimator.dispose();
  people.dispose();
  rmSync(work, { recursive: true, force: true });
});

/** Where the hips measured in `frame` are across the picture, when the pose model saw them. */
function hipsXOf(frame: KeypointFrame): number | undefined {
  const left = jointOf(frame, "leftHip");
  const right = jointOf(frame, "rightHip");
  return left === undefined || right === undefined ? undefined : (left.x + right.x) / 2;
}

describe("the person measured, lost and found again", () => {
  it("measures nobody while Lena is hidden, though Marco is in the picture", () => {
    const hidden = clip.frames.filter(({ timeMs }) => timeMs >= HIDDEN_FROM_MS && timeMs <= HIDDEN_UNTIL_MS);
    expect(hidden).toHaveLength(8);
    expect(hidden.map(hipsXOf)).toEqual(hidden.map(() => undefined));
  });

  it("measures Lena again from her first picture back, and Marco never", () => {
    const back = clip.frames.filter(({ timeMs }) => timeMs > HIDDEN_UNTIL_MS);
    expect(back).toHaveLength(37);
    for (const frame of back) {
      expect(hipsXOf(frame), `${String(frame.timeMs)} ms`).toBeLessThan(LENAS_PART_WIDTH_PX);
    }
    const measured = clip.frames.map(hipsXOf).filter((x) => x !== undefined);
    expect(measured).toHaveLength(clip.frames.length - 8);
  });

  it("scores Lena's three squats, with Marco counted in the one check made while she was hidden", () => {
    expect(clip.people).toEqual({ framesChecked: 13, framesWithNobody: 0, framesWithSomeoneElse: 1 });
    const report = analyzeMovement(clip.frames, {
      test: "squat",
      frameSize: { widthPx: clip.media.width, heightPx: clip.media.height },
      people: clip.people,
    });
    expect(report.status).toBe("scored");
    expect(report.repCount).toBe(3);
  });

  it(
    "reads the film frame for frame alike on two threads, a segment starting while Lena is hidden (decision 0520)",
    async () => {
      const segmented = await detectedOnTwoThreads(FILM);
      expect(segmented.frames).toEqual(clip.frames);
      expect(segmented.people).toEqual(clip.people);
    },
    VIDEO_TIMEOUT_MS,
  );
});

describe("someone else in the place of the person lost", () => {
  let lindaClip: DetectedClip;

  beforeAll(async () => {
    execFileSync("ffmpeg", [
      ...["-v", "error", "-y", "-i", testdataPath("videos/tfjsmodels_pose_squats.mp4")],
      ...["-loop", "1", "-framerate", "5", "-i", testdataPath("images/human_person-linda.jpg")],
      ...[
        "-filter_complex",
        [
          // Linda, 650 px high like Lena, in the middle of Lena's part of the picture.
          "[1:v]crop=600:1832:250:0,scale=-2:650,setsar=1[linda]",
          hidingLena("[0:v]scale=-2:720,setsar=1,pad=1280:720:0:0:color=0xb0b0b0") + "[room]",
          "[room][linda]overlay=96:40:shortest=1:" +
            `enable='between(t,${String(LINDA_FROM_MS / 1000)},${String(LINDA_UNTIL_MS / 1000)})'[v]`,
        ].join(";"),
      ],
      ...["-map", "[v]", "-c:v", "libx264", "-pix_fmt", "yuv420p", "-r", "5", FILM_LINDA_IN_HER_PLACE],
    ]);
    lindaClip = await detected(FILM_LINDA_IN_HER_PLACE);
  }, VIDEO_TIMEOUT_MS);

  it("never measures Linda, who stands where Lena was while she is hidden", () => {
    const hidden = lindaClip.frames.filter(
      ({ timeMs }) => timeMs >= HIDDEN_FROM_MS && timeMs <= HIDDEN_UNTIL_MS,
    );
    expect(hidden).toHaveLength(8);
    expect(hidden.filter(({ timeMs }) => timeMs >= LINDA_FROM_MS && timeMs <= LINDA_UNTIL_MS)).toHaveLength(
      5,
    );
    expect(hidden.map(hipsXOf)).toEqual(hidden.map(() => undefined));
  });

  it("measures Lena again from her first picture back to the end", () => {
    const back = lindaClip.frames.filter(({ timeMs }) => timeMs > HIDDEN_UNTIL_MS);
    expect(back).toHaveLength(37);
    expect(back.map(hipsXOf).filter((x) => x === undefined)).toEqual([]);
  });

  it("says someone else was in the picture, and scores Lena's three squats", () => {
    expect(lindaClip.people).toEqual({ framesChecked: 13, framesWithNobody: 1, framesWithSomeoneElse: 1 });
    const report = analyzeMovement(lindaClip.frames, {
      test: "squat",
      frameSize: { widthPx: lindaClip.media.width, heightPx: lindaClip.media.height },
      people: lindaClip.people,
    });
    expect(report.status).toBe("scored");
    expect(report.repCount).toBe(3);
  });

  it(
    "reads the film frame for frame alike on two threads, a segment starting while Linda stands there",
    async () => {
      const segmented = await detectedOnTwoThreads(FILM_LINDA_IN_HER_PLACE);
      expect(segmented.frames).toEqual(lindaClip.frames);
      expect(segmented.people).toEqual(lindaClip.people);
    },
    VIDEO_TIMEOUT_MS,
  );
});
