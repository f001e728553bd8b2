import { callRoute } from "@hipcheck/contracts";
import type { RouteTransport } from "@hipcheck/contracts";
import { addDays } from "@hipcheck/core";
import { personas } from "@hipcheck/core/testing";
import type { Program } from "@hipcheck/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppShell } from "./pages/app-shell.js";
import { AuthPage } from "./pages/auth-page.js";
import { CheckInPage } from "./pages/check-in-page.js";
import { ProgramPage } from "./pages/program-page.js";
import { TodayPage } from "./pages/today-page.js";
import { signedInTransport } from "./support/api-session.js";
import { PHONE, openBrowser, screenshotBothSizes } from "./support/browser.js";
import type { Person } from "./support/browser.js";
import { startTestServer } from "./support/hipcheck-server.js";
import type { TestServer } from "./support/hipcheck-server.js";
import { IN_FRENCH } from "./support/journey-language.js";
import { localToday } from "./support/local-today.js";
import { ok } from "./support/ok.js";

const PASSWORD = "two-weeks-of-clams-2026";

/**
 * Chloé started her program 13 days ago (her check-in then, pain 5/10 and stairs at 3/10), did her sessions, and
 * her coach made one change. Today is the last day of week 2: her checkpoint.
 */
async function chloeTwoWeeksIn(transport: RouteTransport, today: string): Promise<Program> {
  const start = addDays(today, -13);
  const answers = { ...personas.runnerPfp, availableDays: [...personas.runnerPfp.availableDays] };
  await ok(callRoute(transport, "submitCheckIn", { body: { answers, date: start } }));
  const created = await ok(callRoute(transport, "createProgram", { body: { startDate: start } }));
  await ok(
    callRoute(transport, "recordPain", {
      body: { id: "chloe-pain-start", date: start, painNow: 5, painUsual: 5, painWorst: 7 },
    }),
  );
  await ok(
    callRoute(transport, "recordPsfs", {
      body: { id: "chloe-psfs-start", date: start, items: [{ activity: "Stairs", score: 3 }] },
    }),
  );
  return created.program;
}

describe.each(IN_FRENCH)("Chloé's Today at her week-2 checkpoint, in %s", (lang) => {
  let server: TestServer;
  let chloe: Person;

  beforeAll(async () => {
    server = await startTestServer();
    chloe = await openBrowser(server.url);
    await chloe.page.setViewportSize(PHONE);
  });

  afterAll(async () => {
    await chloe.close();
    await server.stop();
  });

  it("shows the next session, the checkpoint to rate, the change and why; a done session is marked done", async () => {
    const { page } = chloe;
    const today = localToday();
    const email = `chloe-today-${lang}@example.test`;
    await page.goto("/");
    await new AppShell(page).chooseLanguage(lang);
    await new AuthPage(page).signUp(email, PASSWORD);
    await page.getByTestId("check-in-page").waitFor();
    const transport = await signedInTransport(server.url, email, PASSWORD);
    const program = await chloeTwoWeeksIn(transport, today);

    // She did the next session due from today on; and a change was made to her program, with its reason.
    const upcoming = program.sessions.filter((session) => session.date >= today);
    const doneSession = upcoming[0];
    const changed = upcoming[1]?.exercises[0];
    if (doneSession === undefined || changed === undefined) throw new Error("no session ahead");
    await ok(
      callRoute(transport, "logSession", {
        body: {
          id: "chloe-log-1",
          programId: program.id,
          plannedSessionId: doneSession.id,
          date: today,
          kind: doneSession.kind,
          entries: [],
          completed: true,
        },
      }),
    );
    await ok(
      callRoute(transport, "editProgram", {
        params: { programId: program.id },
        body: {
          edit: {
            type: "change-dose",
            exerciseId: changed.exerciseId,
            dose: { ...changed.dose, sets: changed.dose.sets === 1 ? 2 : changed.dose.sets - 1 },
          },
          reason: {
            en: "Stairs hurt more this week: an easier step first.",
            fr: "Les escaliers font plus mal cette semaine : une marche plus facile d'abord.",
          },
        },
      }),
    );

    const todayPage = new TodayPage(page);
    await todayPage.open();
    await todayPage.nextSession().waitFor();
    // The next session is not the one she did.
    expect(await todayPage.nextSession().getAttribute("data-session-id")).not.toBe(doneSession.id);
    expect(await page.getByTestId(`start-${doneSession.id}`).count()).toBe(0);
    expect(await todayPage.checkpoint().getAttribute("data-status")).toBe("rate");
    expect(await todayPage.checkpoint().getAttribute("data-week")).toBe("2");
    expect(await todayPage.changeReasons().first().textContent()).toMatch(
      lang === "fr" ? /marche plus facile/ : /easier step/,
    );
    expect(await todayPage.adherence().textContent()).toMatch(lang === "fr" ? /cette semaine/ : /this week/);
    await screenshotBothSizes(page, `${lang}-today`);

    // She rates her pain and stairs again: lower pain, easier stairs. The verdict compares with her start.
    await todayPage.rateCheckpoint({ now: 1, usual: 2, worst: 3 }, 7);
    await page.locator('[data-testid="today-checkpoint"][data-status="verdict"]').waitFor();
    expect(await page.getByTestId("checkpoint-verdict").getAttribute("data-verdict")).toBe("improving");
    expect(await page.getByTestId("checkpoint-verdict").textContent()).toMatch(
      lang === "fr" ? /Semaine 2\s: ça marche/ : /Week 2: it is working/,
    );

    // On the program page, the done session is marked done in "Coming up" and in the calendar.
    const programPage = new ProgramPage(page);
    await programPage.open();
    await page.getByTestId(`done-${doneSession.id}`).waitFor();
    expect(await page.getByTestId(`start-${doneSession.id}`).count()).toBe(0);
    expect(await page.getByTestId(`calendar-${doneSession.id}`).getAttribute("data-done")).toBe("true");
    expect(await programPage.changeReasons().first().textContent()).toMatch(
      lang === "fr" ? /marche plus facile/ : /easier step/,
    );
  });

  it("takes her back to the safety questions after a new injury, with none answered for her", async () => {
    const { page } = chloe;
    // She answers the check-in on this phone too, so the phone knows her answers.
    await page.goto("/check-in");
    await new CheckInPage(page).complete({
      ageYears: 34,
      painNow: 3,
      sports: ["running"],
      days: ["tue", "thu"],
    });
    await page.getByTestId("program-page").waitFor();
    await new TodayPage(page).open();
    await page.getByTestId("changed-injury").click();
    await page.getByTestId("step-redFlags").waitFor();
    expect(page.url()).toMatch(/\/check-in\/safety$/);
    expect(await page.getByTestId("injured-yes").isChecked()).toBe(true);
    expect(await page.locator('[data-testid^="red-flag-"] input:checked').count()).toBe(0);
    // Back returns to Today, where she came from.
    await page.goBack();
    await page.getByTestId("today-page").waitFor();
  });
});
