import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { testdataPath } from "../../../../testdata/testdata-path.js";
import { hipcheck, tempDir } from "../../test/kit.js";

/**
 * Specification of `hipcheck analyze --test side-hold` through the whole chain (ffmpeg, person detector, pose model,
 * hold timing). No real video of a hold with known start and end frames was found to ship, so the clip is rendered
 * by ffmpeg from a real photo in testdata/: MediaPipe's `pose.jpg` (a woman with one leg raised high) turned on its
 * side, so she lies across the picture with her top leg lifted, shown from 1.5 s to 5.5 s between empty grey frames.
 * Her "hold" starts when she appears and ends when she leaves: 4.0 s.
 */
const PHOTO = testdataPath("images/tfjsmodels_pose.jpg");
const SIZE = "334x500";
/** Reading a video through the models takes seconds, more on a busy machine. */
const VIDEO_TIMEOUT_MS = 180_000;

function grey(seconds: number): string[] {
  return ["-f", "lavfi", "-i", `color=c=0x808080:s=${SIZE}:r=10:d=${seconds}`];
}

function render(name: string, inputs: string[], filter: string): string {
  const path = join(tempDir(), name);
  execFileSync("ffmpeg", [
    ...["-v", "error", "-y", ...inputs],
    ...["-filter_complex", filter, "-map", "[v]", "-c:v", "libx264", "-pix_fmt", "yuv420p", "-r", "10", path],
  ]);
  return path;
}

type HoldJson = {
  input: { kind: string };
  frames: unknown[];
  status: string;
  test: string;
  side: string;
  startMs: number;
  endMs: number;
  durationMs: number;
  stopReason: string;
  quality: string;
  errorDeg: number;
};

describe("hipcheck analyze --test side-hold", () => {
  it(
    "times the lifted leg from when she appears to when she leaves, within half a second, as JSON",
    async () => {
      const clip = render(
        "hold.mp4",
        [...grey(1.5), "-loop", "1", "-framerate", "10", "-t", "4", "-i", PHOTO, ...grey(1.5)],
        `[1:v]transpose=2,scale=${SIZE.replace("x", ":")},setsar=1[p];[0:v]setsar=1[a];[2:v]setsar=1[b];[a][p][b]concat=n=3:v=1[v]`,
      );
      const run = await hipcheck([
        ...[
          "analyze",
          clip,
          "--test",
          "side-hold",
          "--hold",
          "abductor-endurance-hold",
          "--side",
          "left",
          "--json",
        ],
      ]);
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      const timing = JSON.parse(run.stdout) as HoldJson;
      expect(timing.input.kind).toBe("video");
      expect(timing.frames).toHaveLength(70);
      expect(timing).toMatchObject({
        status: "timed",
        test: "abductor-endurance-hold",
        side: "left",
        stopReason: "person-left",
        errorDeg: 5,
      });
      expect(Math.abs(timing.startMs - 1500)).toBeLessThanOrEqual(500);
      expect(Math.abs(timing.endMs - 5500)).toBeLessThanOrEqual(500);
      expect(Math.abs(timing.durationMs - 4000)).toBeLessThanOrEqual(500);
      expect(["good", "fair", "poor"]).toContain(timing.quality);
    },
    VIDEO_TIMEOUT_MS,
  );

  it(
    "refuses a video with nobody holding anything, and says why in French",
    async () => {
      const empty = render("empty.mp4", grey(2), "[0:v]setsar=1[v]");
      const run = await hipcheck([
        ...["analyze", empty, "--test", "side-hold", "--hold", "side-bridge-hold", "--side", "right"],
        ...["--lang", "fr"],
      ]);
      expect(run.code).toBe(0);
      expect(run.stdout.split("\n")).toEqual([
        "Gainage latéral (planche latérale), côté droit",
        "Non chronométré\u00a0:",
        expect.stringMatching(/^! Personne n’a été vu en train de tenir une position\s: allongez-vous/),
        "",
      ]);
    },
    VIDEO_TIMEOUT_MS,
  );
});
