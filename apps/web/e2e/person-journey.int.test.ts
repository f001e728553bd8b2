import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppShell } from "./pages/app-shell.js";
import { AuthPage } from "./pages/auth-page.js";
import { CheckInPage } from "./pages/check-in-page.js";
import { ProgramPage } from "./pages/program-page.js";
import { ProgressPage } from "./pages/progress-page.js";
import { SessionPage } from "./pages/session-page.js";
import { openBrowser, screenshotBothSizes } from "./support/browser.js";
import type { Person } from "./support/browser.js";
import { startTestServer } from "./support/hipcheck-server.js";
import type { TestServer } from "./support/hipcheck-server.js";
import { IN_ENGLISH } from "./support/journey-language.js";

const ALL_DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/**
 * Amira runs three times a week and her right kneecap hurts on the stairs. She signs up, checks in, gets her
 * program, does her first session on the train with no network, and sees it counted once she is back online.
 */
describe.each(IN_ENGLISH)("Amira's first session, in %s", (lang) => {
  let server: TestServer;
  let amira: Person;

  beforeAll(async () => {
    server = await startTestServer();
    amira = await openBrowser(server.url);
  });

  afterAll(async () => {
    await amira.close();
    await server.stop();
  });

  it("goes from sign-up to a program, logs a session offline, syncs it once, and sees it in her progress", async () => {
    const { page, context } = amira;
    const shell = new AppShell(page);
    const requested: string[] = [];
    page.on("request", (request) => requested.push(request.url()));
    await page.goto("/");
    await shell.chooseLanguage(lang);
    await page.getByTestId("home-page").waitFor();
    await screenshotBothSizes(page, `${lang}-home`);
    // The first page carries no pose code, no model and no chart library.
    expect(requested.filter((url) => /tfjs|\/models\/|movement-screen|progress-page/.test(url))).toEqual([]);

    await new AuthPage(page).signUp(`amira-${lang}@example.test`, "stairs-are-hard-2026");
    const checkIn = new CheckInPage(page);
    await checkIn.complete(
      {
        ageYears: 34,
        painNow: 3,
        sports: ["running"],
        days: ALL_DAYS,
        psfsActivity: lang === "fr" ? "Descendre les escaliers" : "Going down stairs",
      },
      async () => {
        expect(await checkIn.selfCheckResult().getAttribute("data-look-at-hips")).toBe("true");
        await screenshotBothSizes(page, `${lang}-check-in`);
      },
    );
    const program = new ProgramPage(page);
    await page.getByTestId("program-page").waitFor();
    expect(await program.rationale().locator("li").count()).toBeGreaterThan(0);
    await expect.poll(() => shell.disclaimer().isVisible()).toBe(true);
    await screenshotBothSizes(page, `${lang}-program`);

    await program.startNextSession();
    const session = new SessionPage(page);
    await session.waitUntilOpen();
    await page.getByTestId("exercise-figure").waitFor();
    await screenshotBothSizes(page, `${lang}-session`);

    await shell.pendingCount().waitFor({ state: "detached" });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await context.setOffline(true);
    await session.doCurrentExercise(10, 2);
    await session.skipToEndAndFinish();
    await expect.poll(() => shell.pendingCount().textContent()).toContain("1");
    // Still offline, the app itself reopens from the service worker with her program and her unsent session.
    await page.goto("/program");
    await page.getByTestId("program-page").waitFor();
    expect(await page.getByTestId("program-page").getAttribute("data-program-id")).not.toBeNull();
    expect(await shell.pendingCount().textContent()).toContain("1");

    await context.setOffline(false);
    await shell.pendingCount().waitFor({ state: "detached" });
    const stored = await page.evaluate(
      async () => (await (await fetch("/api/session-logs")).json()) as unknown[],
    );
    expect(stored).toHaveLength(1);

    const progress = new ProgressPage(page);
    await progress.open();
    expect(await progress.sessionsDone()).toBe(1);
    expect(Number(await page.getByTestId("pain-chart").getAttribute("data-points"))).toBe(1);
    await screenshotBothSizes(page, `${lang}-progress`);

    await page.goto("/learn?structure=gluteus-medius");
    await page.getByTestId("targeting-exercises").waitFor();
    await screenshotBothSizes(page, `${lang}-learn`);
    await page.getByTestId("targeting-exercises").getByRole("link").first().click();
    await page.getByTestId("exercise-figure").waitFor();
    await screenshotBothSizes(page, `${lang}-exercise`);

    await page.goto("/morning");
    await page.getByTestId("morning-page").waitFor();
    await screenshotBothSizes(page, `${lang}-morning`);
    await page.goto("/screen");
    await page.getByTestId("screen-page").waitFor();
    await screenshotBothSizes(page, `${lang}-movement-screen`);
    // This browser has no camera: the page says so instead of failing silently.
    await page.getByTestId("start-camera").click();
    await page.getByTestId("camera-error").waitFor();
    await page.goto("/data");
    await page.getByTestId("data-page").waitFor();
    await screenshotBothSizes(page, `${lang}-data`);
  });

  it("deletes her account from her data page with her password, and that password signs in no more", async () => {
    const { page } = amira;
    await page.goto("/data");
    // The password asked is the one she has: not the rule for choosing a new one.
    const password = page.getByTestId("delete-password");
    expect(await password.evaluate((field: HTMLInputElement) => field.labels?.[0]?.textContent)).toBe(
      { en: "Password", fr: "Mot de passe" }[lang],
    );
    await password.fill("stairs-are-hard-2026");
    await page.getByTestId("delete-confirm").fill({ en: "DELETE", fr: "SUPPRIMER" }[lang]);
    await page.getByTestId("delete-account").click();
    await page.getByTestId("nav-sign-in").waitFor();
    const auth = new AuthPage(page);
    await auth.signIn(`amira-${lang}@example.test`, "stairs-are-hard-2026");
    await auth.error().waitFor();
    expect(
      await page
        .getByTestId("password")
        .evaluate((field: HTMLInputElement) => field.labels?.[0]?.textContent),
    ).toBe({ en: "Password", fr: "Mot de passe" }[lang]);
  });
});
