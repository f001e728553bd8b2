/**
 * Inès on a weak mobile signal: every answer from the server takes over a second to arrive. She presses buttons
 * twice and goes Back while an answer is on its way, as people do when a page seems stuck. Nothing is made twice
 * and nothing she entered is lost.
 */
import { addDays } from "@hipcheck/core";
import { callRoute } from "@hipcheck/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppShell } from "./pages/app-shell.js";
import { CheckInPage } from "./pages/check-in-page.js";
import { SessionPage } from "./pages/session-page.js";
import { signedInTransport } from "./support/api-session.js";
import { PHONE, openBrowser } from "./support/browser.js";
import type { Person } from "./support/browser.js";
import { startTestServer } from "./support/hipcheck-server.js";
import type { TestServer } from "./support/hipcheck-server.js";
import { IN_FRENCH } from "./support/journey-language.js";
import { localToday } from "./support/local-today.js";
import { ok } from "./support/ok.js";

const PASSWORD = "signal-faible-2026";
/** How late each of the server's answers arrives. */
const LATE_MS = 1_500;

describe.each(IN_FRENCH)("a slow link (%s)", (lang) => {
  let server: TestServer;
  let ines: Person;
  const email = `ines-slow-${lang}@example.test`;

  beforeAll(async () => {
    server = await startTestServer();
    ines = await openBrowser(server.url);
    await ines.page.setViewportSize(PHONE);
    await ines.page.goto("/");
    await new AppShell(ines.page).chooseLanguage(lang);
    await ines.context.route("**/api/**", async (route) => {
      await new Promise((resolve) => setTimeout(resolve, LATE_MS));
      await route.continue();
    });
  });

  afterAll(async () => {
    await ines.close();
    await server.stop();
  });

  it("signs up once when the button is pressed twice", async () => {
    const { page } = ines;
    await page.goto("/sign-up");
    await page.getByTestId("email").fill(email);
    await page.getByTestId("password").fill(PASSWORD);
    await page.getByTestId("auth-submit").dblclick();
    await page.getByTestId("check-in-page").waitFor();
    expect(await page.getByTestId("auth-error").count()).toBe(0);
  });

  it("sends the check-in once, and makes one program, when the last step is pressed twice", async () => {
    const { page } = ines;
    const checkIn = new CheckInPage(page);
    await checkIn.answerUpToSafety({ ageYears: 29, painNow: 3, painUsual: 3, painWorst: 5 });
    await page.getByTestId("next").click();
    await page.getByTestId("step-activities").waitFor();
    await page.getByTestId("sport-running").check();
    await page.getByTestId("day-tue").check();
    await page.getByTestId("day-sat").check();
    await page.getByTestId("next").dblclick();
    await page.getByTestId("program-page").waitFor({ timeout: 30_000 });
    const api = await signedInTransport(server.url, email, PASSWORD);
    expect((await ok(callRoute(api, "listCheckIns", { query: {} }))).length).toBe(1);
    expect((await ok(callRoute(api, "listPrograms", { query: {} }))).length).toBe(1);
  });

  it("keeps a morning answered then left with Back before the server answered", async () => {
    const { page } = ines;
    await page.goto("/morning");
    await page.getByTestId("morning-page").waitFor();
    await page.getByTestId("morning-pain").fill("2");
    await page.getByTestId("morning-save").dblclick();
    await page.goBack();
    const api = await signedInTransport(server.url, email, PASSWORD);
    await expect
      .poll(async () => (await ok(callRoute(api, "listMorningCheckIns", { query: {} }))).map((m) => m.pain), {
        timeout: 30_000,
      })
      .toEqual([2]);
  });

  it("saves a session once when Finish is pressed twice and the page is reloaded before the answer", async () => {
    const { page } = ines;
    const api = await signedInTransport(server.url, email, PASSWORD);
    const program = await ok(callRoute(api, "getCurrentProgram", { query: {} }));
    if (program === null) throw new Error("no program");
    const planned = program.program.sessions.find((session) => session.kind === "strength");
    if (planned === undefined) throw new Error("no strength session");
    const session = new SessionPage(page);
    await session.open(planned.id);
    await session.doCurrentExercise(10, 1);
    while (await page.getByTestId("next-exercise").isVisible()) await session.nextExercise();
    await page.getByTestId("finish-session").dblclick();
    await page.getByTestId("session-saved").waitFor();
    // On a busy phone the second press of that double tap can arrive once the summary has taken the button's
    // place: it lands on whatever is there now. A link there once opened the Progress page.
    const link = page.getByTestId("session-saved").getByRole("link").last();
    await link.scrollIntoViewIfNeeded();
    const box = await link.boundingBox();
    if (box === null) throw new Error("no link in the summary");
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down({ clickCount: 2 });
    await page.mouse.up({ clickCount: 2 });
    expect(await page.evaluate(() => location.pathname)).toBe(`/session/${planned.id}`);
    await page.getByTestId("session-saved").waitFor();
    await page.reload();
    await expect
      .poll(
        async () =>
          (await ok(callRoute(api, "listSessionLogs", { query: {} }))).filter(
            (log) => log.plannedSessionId === planned.id,
          ).length,
        { timeout: 30_000 },
      )
      .toBe(1);
    // Reloaded, the session shows as saved, not as a player to finish again.
    await page.getByTestId("session-saved").or(page.getByTestId("done-session")).waitFor();
    expect(await page.getByTestId("finish-session").count()).toBe(0);
  });

  it("sends a morning the link dropped once the page comes back into view, with no reload", async () => {
    const { page } = ines;
    // Yesterday's morning, answered late: today's was answered above.
    await page.clock.setFixedTime(new Date(`${addDays(localToday(), -1)}T12:00:00`));
    await page.goto("/morning");
    await page.getByTestId("morning-page").waitFor();
    // The signal drops while the answer is on its way, though the phone still says it is online.
    await page.route("**/api/**", (route) => route.abort("connectionfailed"));
    await page.getByTestId("morning-pain").fill("4");
    await page.getByTestId("morning-save").click();
    await page.getByTestId("morning-pending").waitFor();
    await page.unroute("**/api/**");
    // She switches to another app and back, or comes Back to a page the browser kept as it was: nothing starts
    // the app again and the connection never changed, yet the answer kept on the phone is sent.
    await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent("pageshow", { persisted: true })));
    const api = await signedInTransport(server.url, email, PASSWORD);
    await expect
      .poll(async () => (await ok(callRoute(api, "listMorningCheckIns", { query: {} }))).map((m) => m.pain), {
        timeout: 30_000,
      })
      .toContain(4);
  });
});
