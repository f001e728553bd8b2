import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT, hipcheck, tempDir } from "../../test/kit.js";

/** Specification of `hipcheck analyze`, on real clips (shared/testdata, read in place) and on broken files. */
const TESTDATA = join(REPO_ROOT, "..", "shared", "testdata");
const SQUATS = join(TESTDATA, "videos", "tfjsmodels_pose_squats.mp4");
const PHOTO = join(TESTDATA, "images", "tfjsmodels_pose.jpg");

type AnalyzeJson = {
  frames: { timeMs: number; keypoints: Record<string, { x: number; y: number; score: number }> }[];
  reps: unknown[];
  findings: unknown;
};

/** Reading a whole video through the model takes seconds, more on a busy machine. */
const VIDEO_TIMEOUT_MS = 120_000;

/** Exit codes from @hipcheck/contracts' ERROR_TABLE. */
const EXIT = { usage: 64, data: 65, noInput: 66 } as const;

function expectOneLineError(stderr: string): void {
  expect(stderr).toMatch(/^hipcheck: .+\n$/);
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe("hipcheck analyze on Lena's squat video (three squats, facing the camera)", () => {
  it(
    "prints every frame's keypoints in pixels of the video, and counts three squats",
    async () => {
      const run = await hipcheck(["analyze", SQUATS, "--test", "squat", "--json"]);
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      const report = JSON.parse(run.stdout) as AnalyzeJson;
      expect(report.frames).toHaveLength(65);
      expect(report.frames[1]?.timeMs).toBe(200);
      const knee = report.frames[0]?.keypoints.leftKnee;
      expect(knee?.x).toBeGreaterThan(0);
      expect(knee?.x).toBeLessThan(720);
      expect(knee?.y).toBeGreaterThan(640);
      expect(knee?.y).toBeLessThan(1280);
      expect(report.reps).toHaveLength(3);
    },
    VIDEO_TIMEOUT_MS,
  );

  it(
    "shows the findings per repetition and side in words, and a progress bar only at a terminal",
    async () => {
      const atTerminal = await hipcheck(["analyze", SQUATS, "--test", "squat"], { interactive: true });
      expect(atTerminal.code).toBe(0);
      expect(atTerminal.stderr).toContain("Analysing [");
      expect(atTerminal.stdout).toMatch(/rep(etition)? 3/i);
      expect(atTerminal.stdout).toMatch(/left/i);
      expect(atTerminal.stdout).toMatch(/right/i);
      const piped = await hipcheck(["analyze", SQUATS, "--test", "squat"]);
      expect(piped.stderr).toBe("");
    },
    VIDEO_TIMEOUT_MS,
  );

  it(
    "writes an overlay video with the skeleton drawn",
    async () => {
      const dir = tempDir();
      const run = await hipcheck(["analyze", SQUATS, "--test", "squat", "--overlay", "overlay.mp4"], {
        cwd: dir,
      });
      expect(run.code).toBe(0);
      expect(readFileSync(join(dir, "overlay.mp4")).subarray(4, 8).toString()).toBe("ftyp");
      expect(readdirSync(dir)).toEqual(["overlay.mp4"]);
    },
    VIDEO_TIMEOUT_MS,
  );
});

describe("hipcheck analyze on a photo", () => {
  it("finds one frame with keypoints and writes a PNG overlay", async () => {
    const dir = tempDir();
    const run = await hipcheck(["analyze", PHOTO, "--test", "squat", "--json", "--overlay", "pose.png"], {
      cwd: dir,
    });
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as AnalyzeJson;
    expect(report.frames).toHaveLength(1);
    expect(Object.keys(report.frames[0]?.keypoints ?? {})).toEqual(
      expect.arrayContaining(["leftHip", "rightKnee", "leftAnkle"]),
    );
    expect(readFileSync(join(dir, "pose.png")).subarray(1, 4).toString()).toBe("PNG");
  });

  it("refuses a video overlay for a photo, leaving nothing behind", async () => {
    const dir = tempDir();
    const run = await hipcheck(["analyze", PHOTO, "--overlay", "pose.mp4"], { cwd: dir });
    expect(run.code).toBe(EXIT.data);
    expectOneLineError(run.stderr);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe("hipcheck analyze on files that are not usable clips", () => {
  it("a missing file: exit 66 and one line", async () => {
    const run = await hipcheck(["analyze", "no-such-clip.mp4"], { cwd: tempDir() });
    expect(run.code).toBe(EXIT.noInput);
    expect(run.stderr).toBe("hipcheck: no-such-clip.mp4: no such file.\n");
  });

  it("an empty file: exit 65 and one line", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "empty.mp4"), "");
    const run = await hipcheck(["analyze", "empty.mp4"], { cwd: dir });
    expect(run.code).toBe(EXIT.data);
    expect(run.stderr).toBe("hipcheck: empty.mp4 is empty.\n");
  });

  it("a text file renamed .mp4: exit 65 and one line", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "notes.mp4"), "Monday: 3 x 10 squats\n");
    const run = await hipcheck(["analyze", "notes.mp4"], { cwd: dir });
    expect(run.code).toBe(EXIT.data);
    expectOneLineError(run.stderr);
    expect(run.stderr).toContain("notes.mp4 is not an image or a video");
  });

  it("a truncated video: exit 65, one line, and no overlay left half-written", async () => {
    const dir = tempDir();
    const whole = readFileSync(SQUATS);
    writeFileSync(join(dir, "cut.mp4"), whole.subarray(0, Math.floor(whole.length * 0.6)));
    const run = await hipcheck(["analyze", "cut.mp4", "--overlay", "out.mp4"], { cwd: dir });
    expect(run.code).toBe(EXIT.data);
    expectOneLineError(run.stderr);
    expect(existsSync(join(dir, "out.mp4"))).toBe(false);
  });

  it("an overlay that would overwrite the input: exit 65", async () => {
    const run = await hipcheck(["analyze", PHOTO, "--overlay", PHOTO]);
    expect(run.code).toBe(EXIT.data);
    expectOneLineError(run.stderr);
  });

  it("an unknown test name is a usage error: exit 64", async () => {
    const run = await hipcheck(["analyze", PHOTO, "--test", "cartwheel"]);
    expect(run.code).toBe(EXIT.usage);
  });
});
