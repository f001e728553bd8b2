import { SETUP_MESSAGES } from "@hipcheck/motion";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppShell } from "./pages/app-shell.js";
import { AuthPage } from "./pages/auth-page.js";
import { MovementScreenPage } from "./pages/movement-screen-page.js";
import { openBrowser } from "./support/browser.js";
import type { Person } from "./support/browser.js";
import { squatsAsFakeCamera, type FakeCamera } from "./support/fake-camera.js";
import { startTestServer } from "./support/hipcheck-server.js";
import type { TestServer } from "./support/hipcheck-server.js";

/**
 * Inès films her squats in a room lit only by a distant lamp. The browser's camera plays the published squat
 * video at 12 % of its light (as `hipcheck analyze` refuses the same photo darkened, decision 0302): the live
 * camera measures each picture's light as a file does (decision 0360), says so while she sets up, and the
 * recording is refused for it, in French.
 */
describe("Inès's movement screen in a dim room, in French", () => {
  let server: TestServer;
  let ines: Person;
  let camera: FakeCamera;

  beforeAll(async () => {
    camera = squatsAsFakeCamera({ lightShare: 0.12 });
    server = await startTestServer();
    ines = await openBrowser(server.url, { fakeCamera: camera.path });
  });

  afterAll(async () => {
    await ines.close();
    await server.stop();
    camera.remove();
  });

  it("is told the picture is too dark before recording, and the recording is refused for it", async () => {
    const { page } = ines;
    await page.goto("/");
    await new AppShell(page).chooseLanguage("fr");
    await new AuthPage(page).signUp("ines-dim@example.test", "squats-in-the-dark-1");
    await page.getByTestId("check-in-page").waitFor();
    const screen = new MovementScreenPage(page);
    await screen.open();
    await screen.chooseTest("squat");
    await screen.startCamera();
    await screen.liveSkeleton().waitFor({ timeout: 90_000 });
    const tooDark = SETUP_MESSAGES["too-dark"].fr;
    await screen.setupProblems().getByText(tooDark).waitFor();

    expect(await screen.recordAndRead()).toBe("not-scorable");
    expect(await screen.report().textContent()).toContain(tooDark);
  });
});
