/**
 * Dana's morning pain jumps from 2/10 to 7/10. The morning check-in shows what her answer changed: the program is
 * paused until she answers the safety questions again. Today and the program page say so and why, and no session
 * can start. Her clean re-screen resumes the same program, smaller, and the pages say so. On a new phone, "my knee
 * got worse" opens the check-in filled in with the answers the server keeps. Answers from before today's safety
 * questions ask her to answer the new ones.
 */
import { callRoute } from "@hipcheck/contracts";
import type { RouteTransport } from "@hipcheck/contracts";
import { addDays, RED_FLAG_QUESTIONS_ADDED_IN_V2 } from "@hipcheck/core";
import type { Answers, Program } from "@hipcheck/core";
import { personas } from "@hipcheck/core/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppShell } from "./pages/app-shell.js";
import { AuthPage } from "./pages/auth-page.js";
import { ProgramPage } from "./pages/program-page.js";
import { TodayPage } from "./pages/today-page.js";
import { signedInTransport } from "./support/api-session.js";
import { PHONE, openBrowser } from "./support/browser.js";
import type { Person } from "./support/browser.js";
import { startTestServer } from "./support/hipcheck-server.js";
import type { TestServer } from "./support/hipcheck-server.js";
import { IN_ENGLISH } from "./support/journey-language.js";
import { localToday } from "./support/local-today.js";
import { ok } from "./support/ok.js";

const PASSWORD = "two-weeks-of-clams-2026";

/** Dana's answers as a check-in before version 2 wrote them: the safety questions added since were never asked. */
function asVersion1(answers: Answers): Record<string, unknown> {
  const added: readonly string[] = RED_FLAG_QUESTIONS_ADDED_IN_V2;
  const redFlags = Object.fromEntries(
    Object.entries(answers.redFlags).filter(([question]) => !added.includes(question)),
  );
  return { ...answers, version: 1, redFlags };
}

/** Dana's check-in and program from four days ago, and two quiet mornings at 2/10 before today. */
async function danaFourDaysIn(transport: RouteTransport, today: string): Promise<Program> {
  const start = addDays(today, -4);
  const answers = { ...personas.runnerPfp, availableDays: [...personas.runnerPfp.availableDays] };
  await ok(callRoute(transport, "submitCheckIn", { body: { answers, date: start } }));
  const created = await ok(callRoute(transport, "createProgram", { body: { startDate: start } }));
  for (const day of [-2, -1]) {
    await ok(
      callRoute(transport, "recordMorningCheckIn", {
        body: { date: addDays(today, day), pain: 2, settled: true },
      }),
    );
  }
  return created.program;
}

describe.each(IN_ENGLISH)("Dana's program paused by a sharp rise in pain, in %s", (lang) => {
  let server: TestServer;
  let dana: Person;
  const email = `dana-paused-${lang}@example.test`;

  beforeAll(async () => {
    server = await startTestServer();
    dana = await openBrowser(server.url);
    await dana.page.setViewportSize(PHONE);
  });

  afterAll(async () => {
    await dana.close();
    await server.stop();
  });

  it("pauses on the morning's answer, stops every session, and resumes smaller after a clean re-screen", async () => {
    const { page } = dana;
    const today = localToday();
    await page.goto("/");
    await new AppShell(page).chooseLanguage(lang);
    await new AuthPage(page).signUp(email, PASSWORD);
    await page.getByTestId("check-in-page").waitFor();
    const transport = await signedInTransport(server.url, email, PASSWORD);
    const program = await danaFourDaysIn(transport, today);

    // This morning, offline: 7/10, not back to usual. The page says the program is reviewed once the answer is
    // sent; back online, it shows what that answer changed, in her language.
    await page.goto("/morning");
    await page.getByTestId("morning-page").waitFor();
    await dana.context.setOffline(true);
    await page.getByTestId("morning-pain").fill("7");
    await page.getByTestId("morning-settled").uncheck();
    await page.getByTestId("morning-save").dblclick();
    await page.getByTestId("morning-pending").waitFor();
    await dana.context.setOffline(false);
    await page.getByTestId("morning-result").waitFor();
    expect(await page.getByTestId("program-paused").isVisible()).toBe(true);
    expect(await page.getByTestId("revision-reason").first().textContent()).toMatch(
      lang === "fr"
        ? /montée à 7\/10.*questions sur les signes d’alerte/
        : /jumped to 7\/10.*warning-sign questions/,
    );
    const mornings = await ok(callRoute(transport, "listMorningCheckIns", { query: {} }));
    expect(mornings.filter((morning) => morning.date === today)).toHaveLength(1);

    // Today says the program is paused, since when and why, and offers no session.
    const todayPage = new TodayPage(page);
    await todayPage.open();
    await page.getByTestId("program-paused").waitFor();
    expect(await page.getByTestId("paused-why").textContent()).toMatch(/7\/10/);
    expect(await page.locator('[data-testid^="start-"]').count()).toBe(0);

    // The program page too; the calendar does not open the player, nor does the player's own address.
    const programPage = new ProgramPage(page);
    await programPage.open();
    await page.getByTestId("program-paused").waitFor();
    expect(await page.locator('[data-testid^="start-"]').count()).toBe(0);
    expect(await page.locator('a[href^="/session/"]').count()).toBe(0);
    const ahead = program.sessions.find((session) => session.date >= today);
    if (ahead === undefined) throw new Error("no session ahead");
    await page.goto(`/session/${ahead.id}`);
    await page.getByTestId("session-paused").waitFor();

    // The re-screen: her pain now first (filled in from her last answers), then the safety questions, unanswered.
    await todayPage.open();
    await page.getByTestId("rescreen").click();
    await page.getByTestId("step-symptoms").waitFor();
    expect(await page.getByTestId("pain-now").inputValue()).toBe(
      String(personas.runnerPfp.symptoms?.painNow),
    );
    await page.getByTestId("next").click();
    await page.getByTestId("step-redFlags").waitFor();
    expect(await page.locator('[data-testid^="red-flag-"] input:checked').count()).toBe(0);
    await page.getByTestId("none-apply").check();
    await page.getByTestId("injured-no").check();
    await page.getByTestId("next").click();
    await page.getByTestId("step-activities").waitFor();
    await page.getByTestId("next").click();

    // The same program goes on, smaller, and the page says so.
    await page.getByTestId("program-resumed").waitFor();
    expect(await page.getByTestId("program-page").getAttribute("data-program-id")).toBe(program.id);
    expect(await page.getByTestId("program-paused").count()).toBe(0);
    expect(await programPage.changeReasons().first().textContent()).toMatch(
      lang === "fr" ? /reprennent à une dose plus petite/ : /resume at a smaller dose/,
    );
    expect(await page.locator('[data-testid^="start-"]').count()).toBeGreaterThan(0);
    await todayPage.open();
    await page.getByTestId("program-resumed").waitFor();
  });

  it("on a new phone, 'my knee got worse' opens the check-in filled in from the answers the server keeps", async () => {
    const phone = await openBrowser(server.url);
    try {
      const { page } = phone;
      await page.setViewportSize(PHONE);
      await page.goto("/");
      await new AppShell(page).chooseLanguage(lang);
      await new AuthPage(page).signIn(email, PASSWORD);
      await page.getByTestId("today-page").waitFor();
      await page.getByTestId("changed-worse").click();
      await page.getByTestId("step-symptoms").waitFor();
      expect(page.url()).toMatch(/\/check-in\/symptoms$/);
      expect(await page.getByTestId("pain-now").inputValue()).toBe(
        String(personas.runnerPfp.symptoms?.painNow),
      );
      expect(await page.getByTestId("knee-right").isChecked()).toBe(true);
      // Back returns to Today; a reload keeps the step and its answers.
      await page.reload();
      await page.getByTestId("step-symptoms").waitFor();
      expect(await page.getByTestId("pain-now").inputValue()).toBe(
        String(personas.runnerPfp.symptoms?.painNow),
      );
    } finally {
      await phone.close();
    }
  });

  it("answers from before today's safety questions ask for the new ones, opening the check-in there", async () => {
    const { page } = dana;
    const transport = await signedInTransport(server.url, email, PASSWORD);
    await ok(
      callRoute(transport, "submitCheckIn", {
        body: { answers: asVersion1(personas.runnerPfp) as unknown as Answers, date: localToday() },
      }),
    );
    const programPage = new ProgramPage(page);
    await programPage.open();
    await page.getByTestId("screen-cautions").waitFor();
    expect(await page.getByTestId("screen-caution").first().textContent()).toMatch(
      lang === "fr" ? /question de sécurité a été ajoutée/ : /One safety question was added/,
    );
    await page.getByTestId("answer-new-questions").click();
    await page.getByTestId("step-redFlags").waitFor();
    expect(page.url()).toMatch(/\/check-in\/safety$/);
    for (const question of RED_FLAG_QUESTIONS_ADDED_IN_V2) {
      const shown = page.getByTestId(`red-flag-${question}-no`);
      if ((await shown.count()) > 0) expect(await shown.isChecked()).toBe(false);
    }

    // Her knee now locks, an urgent sign: the player's own address (a bookmark, a session left open) starts
    // nothing and says whom to see, as Today and the program page do.
    const current = await ok(callRoute(transport, "getCurrentProgram", { query: {} }));
    const session = current?.program.sessions.find((planned) => planned.date >= localToday());
    if (session === undefined) throw new Error("no session ahead");
    await ok(
      callRoute(transport, "submitCheckIn", {
        body: {
          answers: { ...personas.runnerPfp, redFlags: { ...personas.runnerPfp.redFlags, kneeLocks: true } },
          date: localToday(),
        },
      }),
    );
    await page.goto(`/session/${session.id}`);
    await page.getByTestId("session-stopped").getByTestId("program-stopped").waitFor();
    expect(await page.getByTestId("session-page").count()).toBe(0);
  });

  it("a teenager's program carries the caution for growing bones", async () => {
    const teen = await openBrowser(server.url);
    try {
      const { page } = teen;
      const teenEmail = `lea-teen-${lang}@example.test`;
      await page.setViewportSize(PHONE);
      await page.goto("/");
      await new AppShell(page).chooseLanguage(lang);
      await new AuthPage(page).signUp(teenEmail, PASSWORD);
      await page.getByTestId("check-in-page").waitFor();
      const transport = await signedInTransport(server.url, teenEmail, PASSWORD);
      const answers = { ...personas.runnerPfp, person: { ...personas.runnerPfp.person, ageYears: 15 } };
      await ok(callRoute(transport, "submitCheckIn", { body: { answers } }));
      await ok(callRoute(transport, "createProgram", { body: { startDate: localToday() } }));
      await new TodayPage(page).open();
      await page.getByTestId("screen-cautions").waitFor();
      expect(await page.getByTestId("screen-caution").first().textContent()).toMatch(
        lang === "fr" ? /os sont encore en croissance/ : /bones are still growing/,
      );
      expect(await page.getByTestId("answer-new-questions").count()).toBe(0);
    } finally {
      await teen.close();
    }
  });
});
