import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { testdataPath } from "../../../../testdata/testdata-path.js";
import { hipcheck, tempDir } from "../../test/kit.js";

/**
 * Specification of what `hipcheck analyze` refuses for a standing test, each with a reason the person can act on,
 * on real photos from testdata/ cropped or darkened by ffmpeg as a phone would have framed or exposed them.
 */
const COCO_PEOPLE = testdataPath("images/mmpose_coco_000000196141.jpg");
const LENA = testdataPath("images/tfjsmodels_pose.jpg");
/** A woman on one knee on a tennis court, the other foot forward, her feet half hidden (Human's stock photos). */
const KNEELING = testdataPath("images/human_stock-models-15.jpg");
/** A woman in a tree pose, her right foot against her left knee (vladmandic/human's stock photos). */
const TREE_POSE = testdataPath("images/human_stock-models-1.jpg");

/** A skier on a slope, turned about 40° from the camera, her knees bent (COCO 785). */
const SKIER = testdataPath("images/mmpose_coco_000000000785.jpg");
/** Two acrobats, the one filling the frame upside down on the other's feet (Human-Art 590). */
const ACROBATS = testdataPath("images/mmpose_humanart_real_human_acrobatics_000000000590.jpg");

type JsonReport = { status: string; problems: { code: string; message: { en: string; fr: string } }[] };
async function jsonReport(photo: string, ...options: string[]): Promise<JsonReport> {
  const run = await hipcheck(["analyze", photo, "--test", "squat", "--json", ...options]);
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as JsonReport;
}

/** Each photo is read by the pose models once; a busy machine takes seconds. */
const PHOTO_TIMEOUT_MS = 60_000;

function ffmpegFilter(input: string, filter: string, output: string): string {
  const path = join(tempDir(), output);
  execFileSync("ffmpeg", ["-loglevel", "error", "-y", "-i", input, "-vf", filter, path]);
  return path;
}

async function blockingReasons(photo: string, lang: "en" | "fr" = "en"): Promise<string[]> {
  const run = await hipcheck(["analyze", photo, "--test", "squat", "--lang", lang]);
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(lang === "en" ? /Not scored/ : /Non évalué/);
  return run.stdout.split("\n").filter((line) => line.startsWith("! "));
}

describe("hipcheck analyze refuses what a standing test cannot measure", () => {
  it(
    "the man in the armchair of COCO 196141, framed alone: seated, stand up and take the photo again",
    async () => {
      // His annotated box is 454,207 177×211 in the 640×429 photo; the crop keeps him and the chair.
      const seated = ffmpegFilter(COCO_PEOPLE, "crop=200:249:440:180", "seated.jpg");
      const reasons = await blockingReasons(seated);
      expect(reasons.join("\n")).toMatch(/seems to be sitting .*Stand up.*take the photo again/);
      expect(reasons.join("\n")).not.toMatch(/on the floor/);
    },
    PHOTO_TIMEOUT_MS,
  );

  it(
    "the batter of COCO 196141, side-on: turned sideways, not left and right swapped; face the camera and take the photo again",
    async () => {
      const run = await hipcheck(["analyze", COCO_PEOPLE, "--test", "squat", "--json"]);
      expect(run.code).toBe(0);
      const report = JSON.parse(run.stdout) as {
        status: string;
        problems: { code: string; message: { en: string; fr: string } }[];
      };
      expect(report.status).toBe("not-scorable");
      expect(report.problems.map((problem) => problem.code)).toEqual(["not-facing-camera"]);
      expect(report.problems[0]?.message.en).toMatch(
        /turned sideways.*face the camera squarely.*take the photo again/,
      );
      expect(report.problems[0]?.message.fr).toMatch(/de profil.*face à l’appareil.*reprenez la photo/);
    },
    PHOTO_TIMEOUT_MS,
  );

  it(
    "the woman in a tree pose: one foot off the floor, stand on both feet and take the photo again, in both languages",
    async () => {
      expect(await blockingReasons(TREE_POSE)).toEqual([
        expect.stringMatching(/One foot seems to be off the floor.*squat on both feet.*take the photo again/),
      ]);
      expect(await blockingReasons(TREE_POSE, "fr")).toEqual([
        expect.stringMatching(/Un pied semble décollé du sol.*squat sur les deux pieds.*reprenez la photo/),
      ]);
    },
    2 * PHOTO_TIMEOUT_MS,
  );

  it(
    "the woman on one knee: kneeling, stand up and take the photo again, not feet out of the frame",
    async () => {
      expect(await blockingReasons(KNEELING)).toEqual([
        expect.stringMatching(/seems to be kneeling.*Stand up.*take the photo again/),
      ]);
    },
    PHOTO_TIMEOUT_MS,
  );

  it(
    "Lena's photo cut above the ankles: the legs are cut off, show the feet (in French too)",
    async () => {
      const cut = ffmpegFilter(LENA, "crop=1000:540:0:0", "cut.jpg");
      expect(await blockingReasons(cut)).toEqual([
        expect.stringMatching(/legs are cut off.*feet are in view/),
      ]);
      expect(await blockingReasons(cut, "fr")).toEqual([
        expect.stringMatching(
          /jambes sont coupées par le bas de la photo.*voir les pieds.*reprenez la photo/,
        ),
      ]);
    },
    PHOTO_TIMEOUT_MS,
  );

  it(
    "the skier of COCO 785, turned from the camera with her knees bent: turned, face the camera and take the photo again",
    async () => {
      const report = await jsonReport(SKIER);
      expect(report.status).toBe("not-scorable");
      expect(report.problems.map((problem) => problem.code)).toEqual(["turned-from-camera"]);
      expect(report.problems[0]?.message.en).toMatch(
        /turned away.*Face the camera squarely.*take the photo again/,
      );
      expect(report.problems[0]?.message.fr).toMatch(/tourné.*bien face à l’appareil.*reprenez la photo/);
    },
    PHOTO_TIMEOUT_MS,
  );

  it(
    "the acrobat upside down: not standing, whichever model reads her, never left and right swapped",
    async () => {
      const byThunder = await jsonReport(ACROBATS);
      expect(byThunder.problems.map((problem) => problem.code)).toEqual(["upside-down"]);
      expect(byThunder.problems[0]?.message.en).toMatch(
        /upside down.*otherwise stand up.*take the photo again/,
      );
      const byBlazePose = await jsonReport(ACROBATS, "--model", "blazepose-full");
      expect(byBlazePose.problems.map((problem) => problem.code)).toEqual(["not-standing"]);
      expect(byBlazePose.problems[0]?.message.fr).toMatch(/ne semble pas debout.*reprenez la photo/);
    },
    2 * PHOTO_TIMEOUT_MS,
  );

  it(
    "Lena's photo exposed at an eighth of its light: too dark, turn on a light",
    async () => {
      const dark = ffmpegFilter(LENA, "lutyuv=y=val*0.12", "dark.jpg");
      expect(await blockingReasons(dark)).toEqual([expect.stringMatching(/too dark.*turn on a light/)]);
      // The same photo as taken is not refused for its light.
      const run = await hipcheck(["analyze", LENA, "--test", "squat"]);
      expect(run.stdout).not.toMatch(/too dark|hard to make out/);
    },
    PHOTO_TIMEOUT_MS,
  );
});
