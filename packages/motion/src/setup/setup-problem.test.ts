import { describe, expect, it } from "vitest";
import { analyzeMovement } from "../analysis/analyze-movement.js";
import type { KeypointFrame } from "../skeleton/joints.js";
import { syntheticFrame } from "../testing/synthetic-frame.js";
import { checkSetup } from "./check-setup.js";
import {
  PHOTO_SETUP_MESSAGES,
  SETUP_MESSAGES,
  setupMessage,
  type SetupProblemCode,
} from "./setup-problem.js";

const CODES = Object.keys(SETUP_MESSAGES) as SetupProblemCode[];

/** Words that speak of filming, of a recording or of several pictures: wrong for a single photo. */
const VIDEO_WORDS = {
  en: /\b(video|clip|film|filmed|filming|record|recording|most pictures|frames)\b/i,
  fr: /\b(vidéo|filmez|filmer|filmée?|enregistrement|plupart des images)\b/i,
};
/** Words that speak of a photo: wrong for a video or the live camera. */
const PHOTO_WORDS = { en: /\bphotos?\b/i, fr: /\bphotos?\b/i };

describe("every setup problem is worded for a photo and for a video, in English and French", () => {
  it.each(CODES)("%s: a photo's words never speak of a video, a video's never of a photo", (code) => {
    for (const view of ["front", "back"] as const) {
      const photo = setupMessage(code, { source: "photo", view });
      const video = setupMessage(code, { source: "video", view });
      for (const lang of ["en", "fr"] as const) {
        expect(photo[lang].length).toBeGreaterThan(20);
        expect(video[lang].length).toBeGreaterThan(20);
        // Repetitions are counted only in a film: that is the one photo reason whose advice is to film.
        if (code !== "no-reps") expect(photo[lang]).not.toMatch(VIDEO_WORDS[lang]);
        expect(video[lang]).not.toMatch(PHOTO_WORDS[lang]);
      }
    }
  });

  it.each(CODES.filter((code) => code !== "side-needed" && code !== "low-light"))(
    "%s: says something of its own for a photo (what to take again, or what the photo shows)",
    (code) => {
      expect(PHOTO_SETUP_MESSAGES[code].en).toMatch(PHOTO_WORDS.en);
      expect(PHOTO_SETUP_MESSAGES[code].fr).toMatch(PHOTO_WORDS.fr);
    },
  );

  it("a reason that asks to try again says how, for each", () => {
    for (const code of [
      "lying-down",
      "seated",
      "kneeling",
      "foot-raised",
      "sitting-on-floor",
      "too-dark",
      "upside-down",
      "not-standing",
    ] as const) {
      expect(PHOTO_SETUP_MESSAGES[code].en).toMatch(/take the photo again/);
      expect(PHOTO_SETUP_MESSAGES[code].fr).toMatch(/reprenez la photo/);
      expect(SETUP_MESSAGES[code].en).toMatch(/record again/);
      expect(SETUP_MESSAGES[code].fr).toMatch(/filmez à nouveau/);
    }
  });

  it("side-on: face the camera for the front view, turn your back to it for the back view", () => {
    const front = setupMessage("not-facing-camera", { source: "video", view: "front" });
    const back = setupMessage("not-facing-camera", { source: "video", view: "back" });
    expect(front.en).toMatch(/turned sideways.*face the camera squarely/);
    expect(front.fr).toMatch(/de profil.*face à la caméra/);
    expect(back.en).toMatch(/turned sideways.*turn your back squarely to the camera/);
    expect(back.fr).toMatch(/de profil.*tournez bien le dos à la caméra/);
    expect(back.en).not.toMatch(/face the camera/);
  });
});

describe("the motion module words its reasons for what it was given, so no caller rewords them", () => {
  /** Fay sitting on a chair facing the camera: her hips and knees level, her shanks hanging down. */
  const onChair = (timeMs: number): KeypointFrame => {
    const frame = syntheticFrame({ timeMs });
    const keypoints = { ...frame.keypoints };
    for (const side of ["left", "right"] as const) {
      const hip = keypoints[`${side}Hip`];
      const ankle = keypoints[`${side}Ankle`];
      if (hip === undefined || ankle === undefined) continue;
      keypoints[`${side}Hip`] = { ...hip, y: 620 };
      keypoints[`${side}Knee`] = { x: hip.x, y: 660, score: hip.score };
      keypoints[`${side}Ankle`] = { ...ankle, y: 1000 };
    }
    for (const name of ["leftShoulder", "rightShoulder", "nose"] as const) {
      const joint = keypoints[name];
      if (joint !== undefined) keypoints[name] = { ...joint, y: joint.y + 220 };
    }
    return { timeMs, keypoints };
  };
  const size = { widthPx: 1000, heightPx: 1200 };

  it("one photo of Fay seated: the photo's words, in the report and in its reason for having no findings", () => {
    const report = analyzeMovement([onChair(0)], { test: "squat", frameSize: size, source: "photo" });
    expect(report.status).toBe("not-scorable");
    expect(report.problems.map((problem) => problem.message)).toEqual([PHOTO_SETUP_MESSAGES.seated]);
    expect(report.noFindingsReason?.en).toMatch(/the photo could not be scored/);
    expect(report.noFindingsReason?.fr).toMatch(/la photo n’a pas pu être évaluée/);
  });

  it("a video of Fay seated: the video's words, the default for the live camera and a chosen video", () => {
    const frames = Array.from({ length: 20 }, (_, index) => onChair(index * 100));
    const report = analyzeMovement(frames, { test: "squat", frameSize: size });
    expect(report.problems.map((problem) => problem.message)).toEqual([SETUP_MESSAGES.seated]);
    expect(report.noFindingsReason?.en).toMatch(/the video could not be scored/);
    expect(checkSetup(frames, { test: "squat", frameSize: size, source: "video" })[0]?.message).toEqual(
      SETUP_MESSAGES.seated,
    );
  });

  it("a photo Fay stands in, scored: it says it was one photo, not a clip too short to count", () => {
    const report = analyzeMovement([syntheticFrame({ timeMs: 0 })], {
      test: "squat",
      frameSize: size,
      source: "photo",
    });
    expect(report.status).toBe("scored");
    expect(report.problems.map((problem) => problem.message)).toEqual([PHOTO_SETUP_MESSAGES["still-image"]]);
  });

  it("a photo with nobody's legs in it: the joints not seen in the photo, not in most pictures", () => {
    const frame = syntheticFrame({ timeMs: 0 });
    const upper = Object.fromEntries(
      Object.entries(frame.keypoints).filter(([name]) => !/Knee|Ankle/.test(name)),
    );
    const report = analyzeMovement([{ timeMs: 0, keypoints: upper }], { test: "squat", source: "photo" });
    const missing = report.problems.find((problem) => problem.code === "missing-joints");
    expect(missing?.message.en).toMatch(/could not be seen in the photo/);
    expect(missing?.message.fr).toMatch(/visibles sur la photo/);
  });

  it("MediaPipe's pose.jpg as MoveNet Thunder reads it: the front knee bent across the photo is held back in a photo's words", () => {
    // A warrior pose: the right knee bent 107° with its shin upright, seen from the side; the left leg straight.
    const read: Record<string, readonly [number, number, number]> = {
      nose: [459, 283, 0.73],
      leftShoulder: [546, 314, 0.62],
      rightShoulder: [449, 322, 0.82],
      leftHip: [517, 464, 0.71],
      rightHip: [467, 462, 0.95],
      leftKnee: [608, 549, 0.93],
      rightKnee: [354, 491, 0.93],
      leftAnkle: [706, 618, 0.92],
      rightAnkle: [348, 611, 0.86],
    };
    const frame: KeypointFrame = {
      timeMs: 0,
      keypoints: Object.fromEntries(
        Object.entries(read).map(([name, [x, y, score]]) => [name, { x, y, score }]),
      ),
    };
    const options = { test: "squat", frameSize: { widthPx: 1000, heightPx: 667 } } as const;
    const photo = analyzeMovement([frame], { ...options, source: "photo" });
    expect(photo.status).toBe("scored");
    const knee = photo.implausible.find((measure) => measure.id === "knee-fppa");
    expect(knee?.side).toBe("right");
    expect(knee?.message.en).toMatch(/tracked wrongly.*take the photo again\.$/);
    expect(knee?.message.en).not.toMatch(VIDEO_WORDS.en);
    expect(knee?.message.fr).toMatch(/mal suivie.*reprenez la photo\.$/);
    expect(knee?.message.fr).not.toMatch(VIDEO_WORDS.fr);
    const video = analyzeMovement([frame], options);
    expect(video.implausible.find((measure) => measure.id === "knee-fppa")?.message.en).toMatch(
      /record again\.$/,
    );
  });
});
