/**
 * Dana is offline when her morning pain jumps from 2/10 to 7/10, after two quiet mornings answered on her phone
 * (decision 0636). Her answer waits on the phone; the program page offers no session (decision 0681), and the
 * session player, opened from a bookmark, holds it behind the same stop as when the server has paused the program,
 * says that the check-in is still on the phone, and gives the rules' stop sentence. Back online, the check-in is
 * sent and the server's pause keeps the session held.
 */
import { callRoute } from "@hipcheck/contracts";
import type { RouteTransport } from "@hipcheck/contracts";
import { addDays } from "@hipcheck/core";
import type { Program } from "@hipcheck/core";
import { personas } from "@hipcheck/core/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppShell } from "./pages/app-shell.js";
import { AuthPage } from "./pages/auth-page.js";
import { signedInTransport } from "./support/api-session.js";
import { PHONE, openBrowser } from "./support/browser.js";
import type { Person } from "./support/browser.js";
import { startTestServer } from "./support/hipcheck-server.js";
import type { TestServer } from "./support/hipcheck-server.js";
import { localToday } from "./support/local-today.js";
import { ok } from "./support/ok.js";

const PASSWORD = "two-weeks-of-clams-2026";
const EMAIL = "dana-offline-rise@example.test";

/** Dana's check-in and program from four days ago. */
async function danaFourDaysIn(transport: RouteTransport, today: string): Promise<Program> {
  const start = addDays(today, -4);
  const answers = { ...personas.runnerPfp, availableDays: [...personas.runnerPfp.availableDays] };
  await ok(callRoute(transport, "submitCheckIn", { body: { answers, date: start } }));
  const created = await ok(callRoute(transport, "createProgram", { body: { startDate: start } }));
  return created.program;
}

/** Midday of a day on the phone's clock, so that the phone's "today" is that day. */
function middayOf(day: string): Date {
  return new Date(`${day}T12:00:00`);
}

describe("a sharp rise in morning pain answered offline", () => {
  let server: TestServer;
  let dana: Person;

  beforeAll(async () => {
    server = await startTestServer();
    dana = await openBrowser(server.url);
    await dana.page.setViewportSize(PHONE);
  });

  afterAll(async () => {
    await dana.close();
    await server.stop();
  });

  it("holds the strength session behind the stop until the check-in is sent, and after", async () => {
    const { page } = dana;
    const today = localToday();
    await page.goto("/");
    await new AppShell(page).chooseLanguage("en");
    await new AuthPage(page).signUp(EMAIL, PASSWORD);
    await page.getByTestId("check-in-page").waitFor();
    const transport = await signedInTransport(server.url, EMAIL, PASSWORD);
    const program = await danaFourDaysIn(transport, today);
    const ahead = program.sessions.find((session) => session.date >= today && session.kind === "strength");
    if (ahead === undefined) throw new Error("no strength session ahead");

    // Two quiet mornings at 2/10, answered on this phone the days before.
    for (const day of [-2, -1]) {
      await page.clock.setFixedTime(middayOf(addDays(today, day)));
      await page.goto("/morning");
      await page.getByTestId("morning-page").waitFor();
      await page.getByTestId("morning-pain").fill("2");
      await page.getByTestId("morning-settled").check();
      await page.getByTestId("morning-save").click();
      await page.getByTestId("morning-result").waitFor();
    }
    await page.clock.setFixedTime(middayOf(today));

    // Online, the session opens.
    await page.goto(`/session/${ahead.id}`);
    await page.getByTestId("session-page").waitFor();

    // Offline, this morning: 7/10, not back to usual. The answer waits on the phone.
    await page.goto("/morning");
    await page.getByTestId("morning-page").waitFor();
    await dana.context.setOffline(true);
    await page.getByTestId("morning-pain").fill("7");
    await page.getByTestId("morning-settled").uncheck();
    await page.getByTestId("morning-save").click();
    await page.getByTestId("morning-pending").waitFor();

    // The session cannot be started: the program page offers no start (decision 0681), and the player, opened
    // from a bookmark, shows the same stop as a paused program, and why, from what the phone knows.
    await new AppShell(page).navigate("program");
    await page.getByTestId("program-page").waitFor();
    await page.getByTestId(`paused-${ahead.id}`).waitFor();
    expect(await page.getByTestId(`start-${ahead.id}`).count()).toBe(0);
    await page.evaluate((path) => {
      window.history.pushState({}, "", path);
      window.dispatchEvent(new PopStateEvent("popstate"));
    }, `/session/${ahead.id}`);
    await page.getByTestId("session-paused").waitFor();
    const waiting = page.getByTestId("session-waiting-check-in");
    expect(await waiting.getAttribute("data-reason")).toBe("stop");
    expect(await waiting.getByRole("alert").textContent()).toMatch(/jumped to 7\/10.*warning-sign questions/);
    expect(await page.getByTestId("session-page").count()).toBe(0);
    expect(await page.getByTestId("next-exercise").count()).toBe(0);
    expect(await page.getByTestId("finish-session").count()).toBe(0);

    // Back online, the check-in is sent; the session stays held until the server's paused program is in, and then
    // by that pause.
    await dana.context.setOffline(false);
    await page.getByTestId("session-waiting-check-in").waitFor({ state: "detached" });
    expect(await page.getByTestId("session-paused").isVisible()).toBe(true);
    expect(await page.getByTestId("session-page").count()).toBe(0);
    await new AppShell(page).navigate("program");
    await page.getByTestId("program-paused").waitFor();
    await page.goto(`/session/${ahead.id}`);
    await page.getByTestId("session-paused").waitFor();
    const mornings = await ok(callRoute(transport, "listMorningCheckIns", { query: {} }));
    expect(mornings.filter((morning) => morning.date === today).map((morning) => morning.pain)).toEqual([7]);
    const stored = await ok(callRoute(transport, "getProgram", { params: { programId: program.id } }));
    expect(stored.program.rescreen?.pausedOn).toBe(today);
  });
});
