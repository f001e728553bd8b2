import { callRoute } from "@hipcheck/contracts";
import { FINDING_NAMES, analyzeMovement, cameraErrorNote } from "@hipcheck/motion";
import { syntheticDips } from "@hipcheck/motion/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppShell } from "./pages/app-shell.js";
import { AuthPage } from "./pages/auth-page.js";
import { MovementScreenPage } from "./pages/movement-screen-page.js";
import { signedInTransport } from "./support/api-session.js";
import { openBrowser, screenshotBothSizes } from "./support/browser.js";
import type { Person } from "./support/browser.js";
import { startTestServer } from "./support/hipcheck-server.js";
import type { TestServer } from "./support/hipcheck-server.js";
import { firstSecondsOf, squatsAsFakeCamera, type FakeCamera } from "./support/fake-camera.js";
import { testdataPath } from "../../../testdata/testdata-path.js";
import { cameraWebFr } from "../src/i18n/areas/camera-web.js";
import { IN_FRENCH } from "./support/journey-language.js";

/**
 * A published 30 fps clip of a body standing on the left leg and lifting the right (tensorflow/tfjs-models test
 * data, testdata/PROVENANCE.md); its first 2 s (30 pictures read) are enough for a single-leg stance report.
 */
const LIFTED_LEG_VIDEO = testdataPath("videos/tfjsmodels_pose_1.mp4");
const LIFTED_LEG_SECONDS = 2;

const PASSWORD = "squats-on-camera-1";

const TEXT = {
  en: { saved: "Results saved.", question: /^Delete this screen\?/, deleted: "Screen deleted." },
  fr: { saved: "Résultats enregistrés.", question: /^Supprimer ce bilan\s\?/, deleted: "Bilan supprimé." },
} as const;

/**
 * Yesterday's four squats, the left knee caving 18° at the bottom of each, as the motion module scores them:
 * a screen Noor saved from her other phone, the one she wants gone.
 */
function yesterdaysSquats() {
  const keypoints = syntheticDips(4, (depth) => ({ fppaDeg: { left: 18 * depth, right: 2 * depth } }));
  const recordedAt = new Date(Date.now() - 24 * 60 * 60 * 1000).toISOString();
  return { report: analyzeMovement(keypoints, { test: "squat" }), keypoints, recordedAt };
}

/**
 * Noor films her squats. The browser's camera is fed a published test video of a woman squatting
 * (tensorflow/tfjs-models test data), so the whole chain runs for real: camera, pose model from /models/,
 * live skeleton over the picture, analysis on the device, and the keypoints saved with the server. In French, she
 * also chooses a video from her phone, read on the device through the same chain (decision 0450). Then she
 * deletes a screen she no longer wants, after changing her mind once.
 */
// One server and one fake camera serve both languages; each language has its own person in her own browser.
let server: TestServer;
let camera: FakeCamera;
let liftedLeg: FakeCamera;

beforeAll(async () => {
  camera = squatsAsFakeCamera();
  liftedLeg = firstSecondsOf(LIFTED_LEG_VIDEO, LIFTED_LEG_SECONDS);
  server = await startTestServer();
});

afterAll(async () => {
  await server.stop();
  camera.remove();
  liftedLeg.remove();
});

describe.each(IN_FRENCH)("Noor's movement screen, in %s", (lang) => {
  let noor: Person;
  const email = `noor-${lang}@example.test`;

  beforeAll(async () => {
    noor = await openBrowser(server.url, { fakeCamera: camera.path });
  });

  afterAll(async () => {
    await noor.close();
  });

  it("sees her skeleton live over the camera, records a squat test and saves it", async () => {
    const { page } = noor;
    await page.goto("/");
    await new AppShell(page).chooseLanguage(lang);
    await new AuthPage(page).signUp(email, PASSWORD);
    await page.getByTestId("check-in-page").waitFor();
    const screen = new MovementScreenPage(page);
    await screen.open();
    expect(await screen.savedScreenIds()).toEqual([]);
    await screen.chooseTest("squat");
    await screen.startCamera();
    await screen.liveSkeleton().waitFor({ timeout: 90_000 });
    await screenshotBothSizes(page, `${lang}-movement-screen-live`);
    const status = await screen.recordAndRead();
    expect(["scored", "not-scorable"]).toContain(status);
    if (status === "scored") {
      expect(await screen.save()).toBe(TEXT[lang].saved);
      await expect.poll(() => screen.savedScreenIds()).toHaveLength(1);
    }
  });

  // One language is enough: the analysis of a whole video on the CPU costs seconds.
  it.runIf(lang === "fr")(
    "chooses a video from her phone instead: analysed on the device, her knee angle reported; a document is refused",
    async () => {
      const { page } = noor;
      const screen = new MovementScreenPage(page);
      await screen.open();
      await screen.chooseTest("single-leg-stance");
      // « La jambe d'appui » is feminine: her right leg is « Droite », not the « Droit » of a set's side.
      expect(await page.getByTestId("stance-side").locator("label").allTextContents()).toEqual([
        "Gauche",
        "Droite",
      ]);
      await screen.chooseVideo({ path: liftedLeg.path });
      const report = await screen.videoReport();
      expect(await report.getAttribute("data-status")).toBe("scored");
      const words = (await report.textContent()) ?? "";
      expect(words).toContain(`${FINDING_NAMES["knee-fppa"].fr} (gauche)`);
      expect(words).toMatch(/\d,\d° ± 5,0°/);
      // The camera's error with its bias and direction, as the command line prints it.
      expect(words).toContain(cameraErrorNote().fr);
      await screenshotBothSizes(page, `${lang}-movement-screen-video`);

      await screen.chooseVideo({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("squats") });
      expect(await screen.videoError()).toBe(cameraWebFr.cameraWeb.notAVideo);
    },
  );

  it("deletes yesterday's screen once she confirms, and only that one", async () => {
    const { page } = noor;
    const transport = await signedInTransport(server.url, email, PASSWORD);
    const saved = await callRoute(transport, "saveMovementScreen", { body: yesterdaysSquats() });
    if (!saved.ok) throw new Error(saved.error.message);
    const yesterday = saved.value.screenId;
    const screen = new MovementScreenPage(page);
    await screen.open();
    const listed = await screen.savedScreenIds();
    expect(listed).toContain(yesterday);

    expect(await screen.deleteSavedScreen(yesterday, "cancel")).toMatch(TEXT[lang].question);
    expect(await screen.savedScreenIds()).toEqual(listed);
    await screenshotBothSizes(page, `${lang}-movement-screen-saved`);

    await screen.deleteSavedScreen(yesterday, "confirm");
    expect(await screen.deleteStatus()).toBe(TEXT[lang].deleted);
    await expect.poll(() => screen.savedScreenIds()).toEqual(listed.filter((id) => id !== yesterday));
    const remaining = await callRoute(transport, "listMovementScreens", { query: {} });
    expect(remaining.ok && remaining.value.map((one) => one.screenId)).toEqual(
      listed.filter((id) => id !== yesterday).toReversed(),
    );
  });
});
