/**
 * Lea's usual mornings (2/10) were answered on her laptop; her phone has only read them, online, on Today. Offline,
 * her morning pain jumps to 7/10 (decision 0681): her phone tells the sharp rise from the mornings it kept, and
 * neither Today, nor the program page, nor its calendar offers today's strength session; each says the check-in is
 * still on the phone and why. Back online, the check-in is sent once and the pages show the server's pause.
 */
import { callRoute } from "@hipcheck/contracts";
import type { RouteTransport } from "@hipcheck/contracts";
import { addDays, weekdayOf } from "@hipcheck/core";
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

const PASSWORD = "four-weeks-of-mornings-2026";
const EMAIL = "lea-offline-hold@example.test";

/** Lea's check-in and program from four days ago, training on today's weekday; three quiet mornings since. */
async function leaFromHerLaptop(transport: RouteTransport, today: string): Promise<Program> {
  const start = addDays(today, -4);
  const answers = { ...personas.runnerPfp, availableDays: [weekdayOf(today)] };
  await ok(callRoute(transport, "submitCheckIn", { body: { answers, date: start } }));
  const created = await ok(callRoute(transport, "createProgram", { body: { startDate: start } }));
  for (const day of [-3, -2, -1]) {
    await ok(
      callRoute(transport, "recordMorningCheckIn", {
        body: { date: addDays(today, day), pain: 2, settled: true },
      }),
    );
  }
  return created.program;
}

describe("a sharp rise answered offline holds the session on every page", () => {
  let server: TestServer;
  let lea: Person;

  beforeAll(async () => {
    server = await startTestServer();
    lea = await openBrowser(server.url);
    await lea.page.setViewportSize(PHONE);
  });

  afterAll(async () => {
    await lea.close();
    await server.stop();
  });

  it("Today and the program page do not offer the session until the server's pause is in", async () => {
    const { page } = lea;
    const today = localToday();
    await page.goto("/");
    await new AppShell(page).chooseLanguage("en");
    await new AuthPage(page).signUp(EMAIL, PASSWORD);
    await page.getByTestId("check-in-page").waitFor();
    const transport = await signedInTransport(server.url, EMAIL, PASSWORD);
    const program = await leaFromHerLaptop(transport, today);
    const session = program.sessions.find((planned) => planned.date === today && planned.kind === "strength");
    if (session === undefined) throw new Error("no strength session today");
    const start = page.getByTestId(`start-${session.id}`);

    // Online, Today offers today's session; reading it keeps her mornings on the phone.
    await page.goto("/");
    await page.getByTestId("today-page").waitFor();
    await start.waitFor();

    // Offline, this morning: 7/10, not back to usual, answered on the phone. The page is opened afresh, so only
    // what the phone keeps is known.
    await page.goto("/morning");
    await page.getByTestId("morning-page").waitFor();
    await lea.context.setOffline(true);
    await page.getByTestId("morning-pain").fill("7");
    await page.getByTestId("morning-settled").uncheck();
    await page.getByTestId("morning-save").click();
    await page.getByTestId("morning-pending").waitFor();

    const shell = new AppShell(page);
    await shell.navigate("today");
    await page.getByTestId("today-page").waitFor();
    const waitingOnToday = page.getByTestId("session-waiting-check-in");
    await waitingOnToday.waitFor();
    expect(await waitingOnToday.getAttribute("data-reason")).toBe("stop");
    expect(await waitingOnToday.getByRole("alert").textContent()).toMatch(
      /jumped to 7\/10.*warning-sign questions/,
    );
    await page.getByTestId(`paused-${session.id}`).waitFor();
    expect(await start.count()).toBe(0);

    await shell.navigate("program");
    await page.getByTestId("program-page").waitFor();
    expect(await page.getByTestId("session-waiting-check-in").getAttribute("data-reason")).toBe("stop");
    await page.getByTestId(`paused-${session.id}`).waitFor();
    expect(await start.count()).toBe(0);
    // The calendar names the session without a link to the player.
    const inCalendar = page.getByTestId(`calendar-${session.id}`);
    expect(await inCalendar.evaluate((element) => element.tagName)).toBe("SPAN");
    expect(await page.locator(`a[href="/session/${session.id}"]`).count()).toBe(0);

    // Back online: the check-in is sent, and the pages show the server's pause, still without the session.
    await lea.context.setOffline(false);
    await page.getByTestId("program-paused").waitFor();
    expect(await start.count()).toBe(0);
    await shell.navigate("today");
    await page.getByTestId("today-page").waitFor();
    await page.getByTestId("program-paused").waitFor();
    expect(await start.count()).toBe(0);
    expect(await page.getByTestId("session-waiting-check-in").count()).toBe(0);

    const mornings = await ok(callRoute(transport, "listMorningCheckIns", { query: {} }));
    expect(mornings.filter((morning) => morning.date === today).map((morning) => morning.pain)).toEqual([7]);
    const stored = await ok(callRoute(transport, "getProgram", { params: { programId: program.id } }));
    expect(stored.program.rescreen?.pausedOn).toBe(today);
  });
});
