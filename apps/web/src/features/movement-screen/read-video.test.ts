import i18next from "i18next";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { describe, expect, it } from "vitest";
import { createFrameWatch } from "@hipcheck/detector/browser";
import type { PeopleFinder, PixelFrame, PoseEstimator } from "@hipcheck/detector/browser";
import { COCO17_ORDER } from "@hipcheck/motion";
import type { KeypointFrame, MovementReport } from "@hipcheck/motion";
import { syntheticDips, syntheticFrame } from "@hipcheck/motion/testing";
import {
  VIDEO_ANALYSIS_FPS,
  VIDEO_MAX_SECONDS,
  analyzeVideoRead,
  readVideo,
  samePicture,
  videoSampleTimesMs,
} from "./read-video.js";
import type { VideoRead, VideoSource } from "./read-video.js";
import { messagesEn } from "../../i18n/messages-en.js";
import { messagesFr } from "../../i18n/messages-fr.js";
import { ReportView } from "./report-view.js";

/** The synthetic bodies are drawn in pixels of a 1000 × 1200 picture. */
const PICTURE = { widthPx: 1000, heightPx: 1200 };
const SIDE_PX = 8;

/**
 * A film as the browser would hand its pictures over: picture `index` is a small grey square of the given light,
 * its first pixel carrying the index, so the pose model below knows which body it shows.
 */
function pictureOf(index: number, luma: number): PixelFrame {
  const data = new Uint8ClampedArray(SIDE_PX * SIDE_PX * 4).fill(Math.round(luma * 255));
  data[0] = index % 256;
  data[1] = Math.floor(index / 256);
  return { width: SIDE_PX, height: SIDE_PX, data };
}

type Film = {
  readonly bodies: readonly KeypointFrame[];
  readonly fps: number;
  readonly luma?: number;
  /** From this time on the video cannot be decoded (a damaged or cut file). */
  readonly brokenFromMs?: number;
  /** What the person detector finds in every picture. */
  readonly people?: { readonly found: number; readonly someoneElse: boolean };
};

/** The film as a video source, counting the seeks asked of it. */
function sourceOf(film: Film): VideoSource & { readonly seeks: number[] } {
  const seeks: number[] = [];
  return {
    seeks,
    durationMs: (film.bodies.length * 1000) / film.fps,
    pictureAt: (timeMs) => {
      seeks.push(timeMs);
      if (film.brokenFromMs !== undefined && timeMs >= film.brokenFromMs) return Promise.resolve(null);
      const index = Math.min(film.bodies.length - 1, Math.floor((timeMs * film.fps) / 1000 + 1e-9));
      return Promise.resolve({ frame: pictureOf(index, film.luma ?? 0.45), toSourceScale: 1 });
    },
  };
}

/**
 * The detector's frame watch, with the film's own bodies in place of the pose model's answers and the person
 * detector's count given by the film: the light is measured on the pictures, as on a real video.
 */
function watchOf(film: Film) {
  const estimate = (frame: PixelFrame) => {
    const body = film.bodies[(frame.data[0] ?? 0) + 256 * (frame.data[1] ?? 0)];
    const points = COCO17_ORDER.map((name) => body?.keypoints[name] ?? { x: 0, y: 0, score: 0 });
    return Promise.resolve({ layout: "coco17" as const, points });
  };
  const estimator: PoseEstimator = {
    modelId: "movenet-lightning",
    estimate,
    // The film's bodies are whole-picture answers; a crop (the refinement pass) reads the same picture.
    estimateIn: (frame) => estimate(frame),
    reset: () => undefined,
    tracking: () => undefined,
    follow: () => undefined,
    dispose: () => undefined,
  };
  const seen = film.people ?? { found: 1, someoneElse: false };
  const people: PeopleFinder = {
    look: () => Promise.resolve({ ...seen, target: undefined }),
    seen: () => ({ framesChecked: 0, framesWithNobody: 0, framesWithSomeoneElse: 0 }),
    reset: () => undefined,
    dispose: () => undefined,
  };
  return createFrameWatch(estimator, people);
}

/** Four slow squats filmed at 10 pictures a second, standing still before and after (9 s). */
const fourSquats = (): KeypointFrame[] =>
  syntheticDips(4, (depth) => ({ fppaDeg: { left: 6 * depth, right: 4 * depth } }));

/** The report's words as the page shows them in `lang`. */
async function reportWords(report: MovementReport, lang: "en" | "fr"): Promise<string> {
  const i18n = i18next.createInstance();
  await i18n.use(initReactI18next).init({
    lng: lang,
    resources: { en: { translation: messagesEn }, fr: { translation: messagesFr } },
  });
  const html = renderToStaticMarkup(
    createElement(I18nextProvider, { i18n }, createElement(ReportView, { report })),
  );
  return html.replace(/<[^>]+>/g, " ").replace(/&#x27;/g, "'");
}

function readOf(read: VideoRead) {
  if (read.kind !== "read") throw new Error(`expected pictures, got ${read.kind}`);
  return read;
}

describe("the times a chosen video is sampled at", () => {
  it("reads 15 pictures a second from the start, as the command line reads files", () => {
    const times = videoSampleTimesMs(1000);
    expect(times).toHaveLength(VIDEO_ANALYSIS_FPS);
    expect(times[0]).toBe(0);
    expect(times[1]).toBeCloseTo(1000 / 15, 6);
    expect(times.at(-1)).toBeLessThan(1000);
  });

  it("stops at the first minute of a longer film, and reads one picture of a video of unknown length", () => {
    expect(videoSampleTimesMs(10 * 60 * 1000)).toHaveLength(VIDEO_MAX_SECONDS * VIDEO_ANALYSIS_FPS);
    expect(videoSampleTimesMs(Number.NaN)).toEqual([0]);
    expect(videoSampleTimesMs(0)).toEqual([0]);
  });

  it("tells a picture shown again from a new one by its pixels", () => {
    expect(samePicture(pictureOf(3, 0.4), pictureOf(3, 0.4))).toBe(true);
    expect(samePicture(pictureOf(3, 0.4), pictureOf(4, 0.4))).toBe(false);
    expect(samePicture(pictureOf(3, 0.4), { ...pictureOf(3, 0.4), width: 4, height: 16 })).toBe(false);
  });
});

describe("Noor's squat video from her camera roll, read on the device", () => {
  it("reads each of its 90 pictures once, at the time it is first shown, and scores her four squats", async () => {
    const film = { bodies: fourSquats(), fps: 10 };
    const source = sourceOf(film);
    const progress: number[][] = [];
    let latest: KeypointFrame | undefined;
    const read = readOf(
      await readVideo(source, watchOf(film), {
        onProgress: (done, total, frame) => {
          progress.push([done, total]);
          latest = frame;
        },
      }),
    );
    // 9 s at 15 samples a second: 135 seeks, but a picture filmed at 10 a second shows at one or two of them.
    expect(source.seeks).toHaveLength(135);
    expect(read.frames).toHaveLength(90);
    expect(read.frames[1]?.timeMs).toBeCloseTo(2000 / 15, 6);
    expect(read.frames[1]?.keypoints.leftKnee).toEqual(film.bodies[1]?.keypoints.leftKnee);
    expect(progress.at(-1)).toEqual([135, 135]);
    expect(latest).toBe(read.frames.at(-1));
    expect(read).toMatchObject({ stoppedAtMs: null, cutAtMs: null });

    const report = analyzeVideoRead(read, { test: "squat", view: "front", frameSize: PICTURE });
    expect(report.status).toBe("scored");
    expect(report.repCount).toBe(4);
    expect(report.findings.map((finding) => finding.id)).toContain("knee-fppa");
    // The report says how far the camera's knee angles can be off, and which way they lean, as the CLI does.
    expect(await reportWords(report, "en")).toMatch(
      /Camera error ± \d+\.\d°: .* median \d+\.\d° \(9 in 10 within \d+\.\d°, \d+ knees\), and on average \d+\.\d° more (inward|outward) than marked\./,
    );
    expect(await reportWords(report, "fr")).toMatch(
      /Erreur de la caméra ± \d+,\d°\s: .* \d+,\d° en médiane .* plus vers l’(intérieur|extérieur) que l’annotation\./,
    );
  });

  it("stops at once when she cancels, asking the video for no further picture", async () => {
    const film = { bodies: fourSquats(), fps: 10 };
    const source = sourceOf(film);
    const abort = new AbortController();
    const read = await readVideo(source, watchOf(film), {
      signal: abort.signal,
      onProgress: (done) => {
        if (done === 10) abort.abort();
      },
    });
    expect(read).toEqual({ kind: "cancelled" });
    expect(source.seeks).toHaveLength(10);
  });

  it("keeps and scores what decoded before a damaged part, and says where the video stopped", async () => {
    const film = { bodies: fourSquats(), fps: 10, brokenFromMs: 6000 };
    const read = readOf(await readVideo(sourceOf(film), watchOf(film)));
    expect(read.stoppedAtMs).toBe(6000);
    expect(read.frames).toHaveLength(60);
    expect(analyzeVideoRead(read, { test: "squat", frameSize: PICTURE }).repCount).toBeGreaterThanOrEqual(2);
  });

  it("says a video of which no picture decodes is unreadable", async () => {
    const film = { bodies: fourSquats(), fps: 10, brokenFromMs: 0 };
    expect(await readVideo(sourceOf(film), watchOf(film))).toEqual({ kind: "unreadable" });
  });

  it("analyses the first minute of a long film and says so", async () => {
    const still = Array.from({ length: 650 }, (_, index) => syntheticFrame({ timeMs: index * 100 }));
    const film = { bodies: still, fps: 10 };
    const read = readOf(await readVideo(sourceOf(film), watchOf(film)));
    expect(read.cutAtMs).toBe(60_000);
    expect(read.frames).toHaveLength(600);
  });
});

describe("a chosen video is refused for the same reasons as the live camera", () => {
  const codes = async (film: Film, view: "front" | "back" = "front") => {
    const read = readOf(await readVideo(sourceOf(film), watchOf(film)));
    const report = analyzeVideoRead(read, { test: "squat", view, frameSize: PICTURE });
    return { status: report.status, codes: report.problems.map((problem) => problem.code) };
  };

  it("too dark: filmed in a room lit by a distant lamp", async () => {
    expect(await codes({ bodies: fourSquats(), fps: 10, luma: 0.06 })).toMatchObject({
      status: "not-scorable",
      codes: expect.arrayContaining(["too-dark"]) as unknown,
    });
  });

  it("someone else: a friend standing behind her through the film", async () => {
    const film = { bodies: fourSquats(), fps: 10, people: { found: 2, someoneElse: true } };
    expect(await codes(film)).toMatchObject({
      status: "not-scorable",
      codes: expect.arrayContaining(["someone-else"]) as unknown,
    });
  });

  it("nobody: a film of an empty room", async () => {
    const empty = Array.from({ length: 40 }, (_, index) => ({ timeMs: index * 100, keypoints: {} }));
    const film = { bodies: empty, fps: 10, people: { found: 0, someoneElse: false } };
    expect(await codes(film)).toMatchObject({
      status: "not-scorable",
      codes: expect.arrayContaining(["no-person"]) as unknown,
    });
  });

  it("the wrong view: filmed from the front, analysed as filmed from behind", async () => {
    expect(await codes({ bodies: fourSquats(), fps: 10 }, "back")).toMatchObject({
      status: "not-scorable",
      codes: expect.arrayContaining(["view-mismatch"]) as unknown,
    });
  });
});
