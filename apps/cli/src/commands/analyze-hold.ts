import { resolve } from "node:path";
import type { Lang } from "@hipcheck/core";
import { timeHold, type HoldTest, type Side } from "@hipcheck/motion";
import type { PoseModelId } from "@hipcheck/detector/model-ids";
import type { CliIo, ExitCode } from "../io.js";
import { failWith, parseLang, printJson } from "../output.js";
import { readClip } from "./read-clip.js";
import { renderHoldTiming } from "./render-hold-timing.js";

/** The `--test` value that times a strength hold instead of screening a movement. */
export const SIDE_HOLD_TEST = "side-hold";

export type AnalyzeHoldOptions = {
  readonly hold?: HoldTest | undefined;
  readonly side?: Side | undefined;
  readonly model: PoseModelId;
  readonly json?: boolean | undefined;
  readonly overlay?: string | undefined;
  readonly lang?: string | undefined;
};

const TEXT = {
  en: {
    holdNeeded:
      "say which hold the video shows: --hold abductor-endurance-hold (lying on the side, top leg lifted) or --hold side-bridge-hold (side plank on the forearm).",
    sideNeeded:
      "say which side is tested: --side left or --side right (abductor hold: the top leg; side bridge: the side on the floor).",
    noOverlay: "--overlay is for movement screens; a hold's timing has no overlay.",
    stopped: (seconds: string) =>
      `The video is damaged or cut short: it could be read up to ${seconds} s, and only that part was timed.`,
  },
  fr: {
    holdNeeded:
      "indiquez le maintien filmé\u00a0: --hold abductor-endurance-hold (allongé sur le côté, jambe du dessus levée) ou --hold side-bridge-hold (planche latérale sur l’avant-bras).",
    sideNeeded:
      "indiquez le côté testé\u00a0: --side left ou --side right (abducteurs\u00a0: la jambe du dessus\u00a0; planche latérale\u00a0: le côté au sol).",
    noOverlay: "--overlay sert aux bilans du mouvement\u00a0; le chronométrage d’un maintien n’en a pas.",
    stopped: (seconds: string) =>
      `La vidéo est endommagée ou coupée\u00a0: elle a pu être lue jusqu’à ${seconds} s, et seule cette partie a été chronométrée.`,
  },
} as const satisfies Record<Lang, unknown>;

/**
 * `hipcheck analyze --test side-hold --hold <hold> --side <side> <video>`: the camera timing of a strength hold
 * (decisions 0380–0382), on this computer: the start, the end, the time, why it ended and its quality, or why it
 * could not be timed. `--json` prints the timing with the keypoints of every frame.
 */
export async function analyzeHold(file: string, options: AnalyzeHoldOptions, io: CliIo): Promise<ExitCode> {
  const lang = parseLang(options.lang);
  if (options.hold === undefined) {
    return failWith(io, { kind: "invalid-input", message: TEXT[lang].holdNeeded, field: "hold" });
  }
  if (options.side === undefined) {
    return failWith(io, { kind: "invalid-input", message: TEXT[lang].sideNeeded, field: "side" });
  }
  if (options.overlay !== undefined) {
    return failWith(io, { kind: "invalid-input", message: TEXT[lang].noOverlay, field: "overlay" });
  }
  const read = await readClip(resolve(io.cwd, file), options.model, io, lang);
  if (!read.ok) return read.exitCode;
  const { clip, model } = read.value;
  const timing = timeHold(clip.frames, { test: options.hold, side: options.side });
  if (options.json === true) {
    const { kind, width, height } = clip.media;
    const stopped = clip.stoppedAtMs === undefined ? {} : { stoppedAtMs: clip.stoppedAtMs };
    printJson(io, {
      input: { kind, width, height, frameRate: clip.frameRate, model, ...stopped },
      frames: clip.frames,
      ...timing,
    });
    return 0;
  }
  io.stdout(`${renderHoldTiming(timing, lang)}\n`);
  if (clip.stoppedAtMs !== undefined) {
    const seconds = (clip.stoppedAtMs / 1000).toFixed(1);
    io.stdout(`${TEXT[lang].stopped(lang === "fr" ? seconds.replace(".", ",") : seconds)}\n`);
  }
  return 0;
}
