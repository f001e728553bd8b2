import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyzeMovement, type MovementReport } from "@hipcheck/motion";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testdataPath } from "../../../../testdata/testdata-path.js";
import { createPeopleFinder, type PeopleFinder } from "../people-finder.js";
import { createPoseEstimator, type PoseEstimator } from "../pose-estimator.js";
import { detectPosesInFile, type DetectedClip } from "./detect-poses-in-file.js";
import { fileModelSource } from "./file-model-source.js";
import { initNodeBackend } from "./node-backend.js";
import { runProcess } from "./run-process.js";

/**
 * Specification: on real photos and a real video, the screen counts the people with BlazePose's person detector,
 * measures the one who fills the frame, and refuses when someone else is in the way or nobody is there.
 */
const VIDEO_TIMEOUT_MS = 120_000;

let estimator: PoseEstimator;
let people: PeopleFinder;
let scratch: string;

beforeAll(async () => {
  await initNodeBackend();
  estimator = await createPoseEstimator("movenet-lightning", fileModelSource());
  people = await createPeopleFinder(fileModelSource());
  scratch = mkdtempSync(join(tmpdir(), "hipcheck-people-"));
});

afterAll(() => {
  estimator.dispose();
  people.dispose();
  rmSync(scratch, { recursive: true, force: true });
});

async function screen(path: string): Promise<{ clip: DetectedClip; report: MovementReport }> {
  const detected = await detectPosesInFile(path, estimator, { people });
  if (!detected.ok) throw new Error(detected.error.message);
  const clip = detected.value;
  const report = analyzeMovement(clip.frames, {
    test: "squat",
    frameSize: { widthPx: clip.media.width, heightPx: clip.media.height },
    people: clip.people,
  });
  return { clip, report };
}

const blocking = (report: MovementReport) =>
  report.problems.filter((problem) => problem.severity === "blocking").map((problem) => problem.code);

describe("whom the movement screen measures", () => {
  it("measures the one woman of MediaPipe's test photo", async () => {
    const { clip, report } = await screen(testdataPath("images/tfjsmodels_pose.jpg"));
    expect(clip.people).toEqual({ framesChecked: 1, framesWithNobody: 0, framesWithSomeoneElse: 0 });
    expect(report.status).toBe("scored");
  });

  it("refuses the OCHuman photo where a second person stands right behind the woman walking", async () => {
    const { report } = await screen(testdataPath("images/mmpose_ochuman_000817.jpg"));
    expect(report.status).toBe("not-scorable");
    expect(blocking(report)).toEqual(["someone-else"]);
    expect(report.problems[0]?.message.en).toMatch(/^Someone else is in the picture/);
    expect(report.problems[0]?.message.fr).toMatch(/^Quelqu’un d’autre est dans l’image/);
  });

  it("refuses AI Challenger's photo of three people side by side: whose knees to measure is unclear", async () => {
    const { clip, report } = await screen(
      testdataPath("images/mmpose_aic_ff945ae2e729f24eea992814639d59b3bdec8bd8.jpg"),
    );
    expect(clip.people?.framesWithSomeoneElse).toBe(1);
    expect(blocking(report)).toEqual(["someone-else"]);
  });

  it("says no person was found in a real picture with nobody in it (the snow beside COCO 785's skier)", async () => {
    const empty = join(scratch, "snow.jpg");
    const source = testdataPath("images/mmpose_coco_000000000785.jpg");
    const cropped = await runProcess("ffmpeg", [
      "-v",
      "error",
      "-y",
      "-i",
      source,
      "-vf",
      "crop=250:425:0:0",
      empty,
    ]);
    expect(cropped.exitCode).toBe(0);
    const { clip, report } = await screen(empty);
    expect(clip.people?.framesWithNobody).toBe(1);
    expect(blocking(report)).toEqual(["no-person"]);
  });

  it(
    "finds one person about once a second through Lena's squat video, and scores it",
    async () => {
      const { clip, report } = await screen(testdataPath("videos/tfjsmodels_pose_squats.mp4"));
      expect(clip.people).toEqual({ framesChecked: 13, framesWithNobody: 0, framesWithSomeoneElse: 0 });
      expect(report.status).toBe("scored");
      expect(report.repCount).toBe(3);
    },
    VIDEO_TIMEOUT_MS,
  );
});
