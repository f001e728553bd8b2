import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuthPage } from "./pages/auth-page.js";
import { MovementScreenPage } from "./pages/movement-screen-page.js";
import { openBrowser, screenshotBothSizes } from "./support/browser.js";
import type { Person } from "./support/browser.js";
import { REPO_ROOT, startTestServer } from "./support/hipcheck-server.js";
import type { TestServer } from "./support/hipcheck-server.js";

const SQUATS_VIDEO = join(REPO_ROOT, "../shared/testdata/videos/tfjsmodels_pose_squats.mp4");

/**
 * Noor films her squats. The browser's camera is fed a published test video of a woman squatting
 * (tensorflow/tfjs-models test data), so the whole chain runs for real: camera, pose model from /models/,
 * live skeleton over the picture, analysis on the device, and the keypoints saved with the server.
 */
describe("Noor's movement screen", () => {
  let server: TestServer;
  let noor: Person;
  let videoDir: string;

  beforeAll(async () => {
    videoDir = mkdtempSync(join(tmpdir(), "hipcheck-camera-"));
    const camera = join(videoDir, "squats.mjpeg");
    execFileSync("ffmpeg", [
      "-v",
      "error",
      "-i",
      SQUATS_VIDEO,
      "-vf",
      "scale=360:640",
      "-r",
      "10",
      "-q:v",
      "4",
      camera,
    ]);
    server = await startTestServer();
    noor = await openBrowser(server.url, { fakeCamera: camera });
  });

  afterAll(async () => {
    await noor.close();
    await server.stop();
    rmSync(videoDir, { recursive: true, force: true });
  });

  it("sees her skeleton live over the camera, records a squat test and saves it", async () => {
    const { page } = noor;
    await new AuthPage(page).signUp("noor@example.test", "squats-on-camera-1");
    await page.getByTestId("check-in-page").waitFor();
    const screen = new MovementScreenPage(page);
    await screen.open();
    await screen.chooseTest("squat");
    await screen.startCamera();
    await screen.liveSkeleton().waitFor({ timeout: 90_000 });
    await screenshotBothSizes(page, "en-movement-screen-live");
    const status = await screen.recordAndRead();
    expect(["scored", "not-scorable"]).toContain(status);
    if (status === "scored") expect(await screen.save()).toMatch(/saved/i);
  });
});
