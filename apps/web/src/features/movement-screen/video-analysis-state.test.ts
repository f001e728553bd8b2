import { describe, expect, it } from "vitest";
import { analyzeMovement } from "@hipcheck/motion";
import { syntheticDips } from "@hipcheck/motion/testing";
import {
  VIDEO_ANALYSIS_IDLE,
  videoAnalysisBusy,
  videoAnalysisReducer,
  videoFileProblem,
} from "./video-analysis-state.js";
import type { VideoAnalysisEvent, VideoAnalysisState } from "./video-analysis-state.js";

const squats = syntheticDips(3, (depth) => ({ fppaDeg: { left: 5 * depth, right: 5 * depth } }));
const recorded = { report: analyzeMovement(squats, { test: "squat" }), frames: squats };

function after(events: readonly VideoAnalysisEvent<typeof recorded>[]): VideoAnalysisState<typeof recorded> {
  return events.reduce<VideoAnalysisState<typeof recorded>>(videoAnalysisReducer, VIDEO_ANALYSIS_IDLE);
}

describe("the analysis of a chosen video", () => {
  it("loads, shows its progress, then the report of the file chosen", () => {
    const loading = after([{ type: "chosen", run: 1, fileName: "squats.mp4" }]);
    expect(loading).toEqual({ status: "loading", run: 1, fileName: "squats.mp4" });
    expect(videoAnalysisBusy(loading)).toBe(true);
    const analysing = videoAnalysisReducer(loading, {
      type: "progress",
      run: 1,
      doneSamples: 3,
      totalSamples: 84,
      latest: squats[2] ?? null,
    });
    expect(analysing).toMatchObject({
      status: "analysing",
      doneSamples: 3,
      totalSamples: 84,
      latest: squats[2],
    });
    const done = videoAnalysisReducer(analysing, {
      type: "finished",
      run: 1,
      result: recorded,
      stoppedAtMs: null,
      cutAtMs: null,
    });
    expect(done).toMatchObject({ status: "finished", fileName: "squats.mp4", result: recorded });
    expect(videoAnalysisBusy(done)).toBe(false);
  });

  it("once cancelled, shows no report and no progress the cancelled run still sends", () => {
    const cancelled = after([
      { type: "chosen", run: 1, fileName: "squats.mp4" },
      { type: "progress", run: 1, doneSamples: 10, totalSamples: 84, latest: null },
      { type: "cancel" },
      { type: "progress", run: 1, doneSamples: 11, totalSamples: 84, latest: null },
      { type: "finished", run: 1, result: recorded, stoppedAtMs: null, cutAtMs: null },
    ]);
    expect(cancelled).toEqual({ status: "cancelled", run: 1, fileName: "squats.mp4" });
  });

  it("shows the second file's report, never the first's, when another file is chosen meanwhile", () => {
    const state = after([
      { type: "chosen", run: 1, fileName: "first.mp4" },
      { type: "chosen", run: 2, fileName: "second.mov" },
      { type: "finished", run: 1, result: recorded, stoppedAtMs: null, cutAtMs: null },
      { type: "failed", run: 1, problem: "cannot-decode", detail: "MediaError 4" },
    ]);
    expect(state).toEqual({ status: "loading", run: 2, fileName: "second.mov" });
  });

  it("says why a file gave no report, and a cancel after that changes nothing", () => {
    const failed = after([
      { type: "chosen", run: 1, fileName: "holiday.mkv" },
      { type: "failed", run: 1, problem: "cannot-decode", detail: "MediaError 4: format error" },
      { type: "cancel" },
    ]);
    expect(failed).toMatchObject({
      status: "failed",
      problem: "cannot-decode",
      detail: "MediaError 4: format error",
    });
  });

  it("keeps where a damaged video stopped and where a long one was cut", () => {
    const done = after([
      { type: "chosen", run: 1, fileName: "cut.mp4" },
      { type: "finished", run: 1, result: recorded, stoppedAtMs: 4200, cutAtMs: null },
    ]);
    expect(done).toMatchObject({ stoppedAtMs: 4200, cutAtMs: null });
  });
});

describe("whether a chosen file is a video", () => {
  it("takes the phone's own type: films pass, a document or a photo does not", () => {
    expect(videoFileProblem({ type: "video/mp4", name: "IMG_0042.MP4" })).toBeNull();
    expect(videoFileProblem({ type: "video/quicktime", name: "IMG_0042.MOV" })).toBeNull();
    expect(videoFileProblem({ type: "text/plain", name: "notes.txt" })).toBe("not-a-video");
    expect(videoFileProblem({ type: "image/jpeg", name: "squat.mp4" })).toBe("not-a-video");
  });

  it("judges a file with no type by its name", () => {
    expect(videoFileProblem({ type: "", name: "clip.MOV" })).toBeNull();
    expect(videoFileProblem({ type: "", name: "report.pdf" })).toBe("not-a-video");
  });
});
