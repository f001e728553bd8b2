import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { testdataPath } from "../../../../testdata/testdata-path.js";
import { hipcheck, tempDir, type CliRun } from "../../test/kit.js";

/** Specification of `hipcheck analyze`, on real clips (the repository's testdata/, read in place) and on broken files. */
const SQUATS = testdataPath("videos/tfjsmodels_pose_squats.mp4");
/** Its first 5.6 s (28 frames), stream-copied: the first squat, for what one repetition shows as well as three. */
const FIRST_SQUAT = testdataPath("videos/tfjsmodels_pose_squats_first.mp4");
const LIFTED_LEG = testdataPath("videos/tfjsmodels_pose_1.mp4");
const PHOTO = testdataPath("images/tfjsmodels_pose.jpg");

type AnalyzeJson = {
  frames: { timeMs: number; keypoints: Record<string, { x: number; y: number; score: number }> }[];
  reps: unknown[];
  findings: { id: string; side: string; band: string }[];
  implausible: { id: string; side: string; valueDeg: number }[];
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
  // The whole clip is read through the model twice, and every assertion below reads one of the two runs: piped
  // as JSON with the overlay written, and as words at a terminal.
  let dir: string;
  let json: CliRun;
  let atTerminal: CliRun;
  beforeAll(async () => {
    dir = tempDir();
    json = await hipcheck(["analyze", SQUATS, "--test", "squat", "--json", "--overlay", "overlay.mp4"], {
      cwd: dir,
    });
    atTerminal = await hipcheck(["analyze", SQUATS, "--test", "squat"], { interactive: true });
  }, 2 * VIDEO_TIMEOUT_MS);

  it("prints every frame's keypoints in pixels of the video, counts three squats, and names the fast model", () => {
    expect(json.stderr).toBe("");
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as AnalyzeJson & { input: { model: string } };
    expect(report.frames).toHaveLength(65);
    expect(report.frames[1]?.timeMs).toBe(200);
    const knee = report.frames[0]?.keypoints.leftKnee;
    expect(knee?.x).toBeGreaterThan(0);
    expect(knee?.x).toBeLessThan(720);
    expect(knee?.y).toBeGreaterThan(640);
    expect(knee?.y).toBeLessThan(1280);
    expect(report.reps).toHaveLength(3);
    // A video keeps the fast model; only photos are read by the higher-resolution one (decision 0301).
    expect(report.input.model).toBe("movenet-lightning");
  });

  it("shows the findings per repetition and side in words, and a progress bar only at a terminal", () => {
    expect(atTerminal.code).toBe(0);
    expect(atTerminal.stderr).toContain("Analysing [");
    expect(atTerminal.stdout).toMatch(/rep(etition)? 3/i);
    expect(atTerminal.stdout).toMatch(/left/i);
    expect(atTerminal.stdout).toMatch(/right/i);
    // Piped (the JSON run), nothing is drawn on stderr.
    expect(json.stderr).toBe("");
  });

  it("prints no empty findings heading: she is turned from the camera, and the report says so", () => {
    expect(atTerminal.stdout).toContain("Confidence");
    expect(atTerminal.stdout).not.toContain("Findings");
    expect(atTerminal.stdout).toContain("No findings: the body was turned away from the camera");
  });

  it("writes an overlay video with the skeleton drawn", () => {
    expect(readFileSync(join(dir, "overlay.mp4")).subarray(4, 8).toString()).toBe("ftyp");
    expect(readdirSync(dir)).toEqual(["overlay.mp4"]);
  });
});

describe("hipcheck analyze on the first of Lena's squats (the video's first 5.6 s)", () => {
  it(
    "says in French that she is turned from the camera, with no empty findings heading",
    async () => {
      const french = await hipcheck(["analyze", FIRST_SQUAT, "--test", "squat", "--lang", "fr"]);
      expect(french.code).toBe(0);
      expect(french.stdout).not.toContain("Constats");
      expect(french.stdout).toContain("Aucun constat\u00a0: le corps était tourné par rapport à la caméra");
    },
    VIDEO_TIMEOUT_MS,
  );

  it(
    "--view back on a video filmed from the front: refused, saying left and right look swapped and how to fix it",
    async () => {
      const run = await hipcheck(["analyze", FIRST_SQUAT, "--test", "squat", "--view", "back"]);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain("Left and right look swapped");
      expect(run.stdout).toContain("--view front");
      expect(run.stdout).toContain("Not scored");
    },
    VIDEO_TIMEOUT_MS,
  );

  it(
    "a video cut mid-stream: the frames before the cut are scored, and the report says where it stopped",
    async () => {
      const dir = tempDir();
      // Index first, as phones and web uploads write it, then cut: the damage shows only while decoding.
      execFileSync("ffmpeg", [
        "-v",
        "error",
        "-y",
        "-i",
        FIRST_SQUAT,
        "-c",
        "copy",
        "-movflags",
        "faststart",
        join(dir, "whole.mp4"),
      ]);
      writeFileSync(join(dir, "cut.mp4"), readFileSync(join(dir, "whole.mp4")).subarray(0, 150_000));
      const json = await hipcheck(["analyze", "cut.mp4", "--test", "squat", "--json"], { cwd: dir });
      expect(json.code).toBe(0);
      const report = JSON.parse(json.stdout) as AnalyzeJson & { input: { stoppedAtMs?: number } };
      expect(report.frames.length).toBeGreaterThan(10);
      expect(report.frames.length).toBeLessThan(28);
      expect(report.input.stoppedAtMs).toBe(report.frames.length * 200);
      const text = await hipcheck(["analyze", "cut.mp4", "--test", "squat", "--lang", "fr"], { cwd: dir });
      expect(text.code).toBe(0);
      expect(text.stdout).toMatch(/La vidéo est endommagée ou coupée\s: elle a pu être lue jusqu’à \d+,\d s/);
      // The first line gives the length read, not the 13 s the file's header announces: as many seconds as the
      // frames read at 5 a second, where the last line says reading stopped.
      const [, frames, seconds] = /^(\d+) images \((\d+,\d) s\) lues avec movenet-lightning\.$/.exec(
        text.stdout.split("\n")[0] ?? "",
      ) ?? ["", "0", ""];
      expect(Number(frames)).toBe(report.frames.length);
      expect(seconds).toBe((Number(frames) / 5).toFixed(1).replace(".", ","));
      expect(text.stdout).toContain(`elle a pu être lue jusqu’à ${seconds} s`);
    },
    VIDEO_TIMEOUT_MS,
  );
});

describe("hipcheck analyze on a clip of a body lifting its right leg, asked to screen a squat", () => {
  // The model misreads the lifted leg as about 42° of valgus; scored as a squat, that knee and the left–right gap
  // were printed as readings to check. A squat stands on both feet: the clip is refused for what it is (0912).
  it(
    "refuses it, one foot off the floor, and prints no knee angle",
    async () => {
      const text = await hipcheck(["analyze", LIFTED_LEG, "--test", "squat"]);
      expect(text.code).toBe(0);
      expect(text.stdout).toMatch(/^! One foot seems to be off the floor through most of the recording/m);
      expect(text.stdout).toContain("Not scored");
      expect(text.stdout).not.toMatch(/^[-~] Knee angle/m);
      const json = await hipcheck(["analyze", LIFTED_LEG, "--test", "squat", "--json"]);
      const report = JSON.parse(json.stdout) as AnalyzeJson & {
        status: string;
        problems: { code: string; severity: string }[];
      };
      expect(report.status).toBe("not-scorable");
      expect(report.problems.filter((problem) => problem.severity === "blocking").map((p) => p.code)).toEqual(
        ["foot-raised"],
      );
      expect(report.findings).toEqual([]);
      expect(report.implausible).toEqual([]);
      // Screened as what it shows, a stance on the left leg, the clip is scored.
      const stance = JSON.parse(
        (await hipcheck(["analyze", LIFTED_LEG, "--test", "single-leg-stance", "--side", "left", "--json"]))
          .stdout,
      ) as { status: string };
      expect(stance.status).toBe("scored");
    },
    VIDEO_TIMEOUT_MS,
  );
});

describe("hipcheck analyze on a photo", () => {
  // The photo is read twice, as JSON with its overlay and as words; the assertions share the two runs.
  let dir: string;
  let json: CliRun;
  let words: CliRun;
  beforeAll(async () => {
    dir = tempDir();
    json = await hipcheck(["analyze", PHOTO, "--test", "squat", "--json", "--overlay", "pose.png"], {
      cwd: dir,
    });
    words = await hipcheck(["analyze", PHOTO, "--test", "squat"]);
  });

  it("finds one frame with keypoints and writes a PNG overlay", () => {
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as AnalyzeJson;
    expect(report.frames).toHaveLength(1);
    expect(Object.keys(report.frames[0]?.keypoints ?? {})).toEqual(
      expect.arrayContaining(["leftHip", "rightKnee", "leftAnkle"]),
    );
    expect(readFileSync(join(dir, "pose.png")).subarray(1, 4).toString()).toBe("PNG");
  });

  it("reads a photo with the higher-resolution model and says so (a video keeps the fast one, above)", () => {
    expect((JSON.parse(json.stdout) as { input: { model: string } }).input.model).toBe("movenet-thunder");
    expect(words.code).toBe(0);
    expect(words.stdout).toMatch(/^1 frame.* read with movenet-thunder/m);
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

  it("a photo of three people side by side: refused, someone else is in the picture", async () => {
    const run = await hipcheck([
      "analyze",
      testdataPath("images/mmpose_aic_ff945ae2e729f24eea992814639d59b3bdec8bd8.jpg"),
      "--test",
      "squat",
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Someone else is in the photo");
    expect(run.stdout).toContain("take it with only that person in view");
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
