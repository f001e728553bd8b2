/**
 * What Lea's phone keeps, walked in French on a phone. Her usual mornings (2/10) were answered on her laptop; her
 * phone has only read them, online, on Today.
 * - Her session open in two tabs is one session (decision 0720): the tab she left follows the one she uses, shows
 *   the session saved once she finishes in the other, and the server holds one log.
 * - The pain she rated on her laptop, read once online, is drawn on the progress page opened afresh offline
 *   (decision 0812), and so are the squats she filmed and the run she imported there: the movement chart, the
 *   saved screens and the activity list (decision 0890).
 * - Offline, her morning pain jumps to 7/10 (decision 0681): her phone tells the sharp rise from the mornings it
 *   kept, and neither Today, nor the program page, nor its calendar, nor the player offers today's strength
 *   session; each says the check-in is still on the phone and why.
 * - Signing out then says the morning is not sent yet (decision 0720); back online she sends it first, and nothing
 *   of hers stays on the phone, nor on the screen of the tab she left open. Signed in again, Today shows the
 *   server's pause. When her sign-in ends without a sign-out, Marc signing in on the phone finds nothing of hers;
 *   the morning she left unsent waits aside for her and is sent when she signs in again (decision 0770).
 */
import { readFileSync } from "node:fs";
import { callRoute } from "@hipcheck/contracts";
import type { RouteTransport } from "@hipcheck/contracts";
import { addDays } from "@hipcheck/core";
import type { Program } from "@hipcheck/core";
import { analyzeMovement } from "@hipcheck/motion";
import { syntheticDips } from "@hipcheck/motion/testing";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppShell } from "./pages/app-shell.js";
import { AuthPage } from "./pages/auth-page.js";
import { SessionPage } from "./pages/session-page.js";
import { signedInTransport } from "./support/api-session.js";
import { PHONE, openBrowser } from "./support/browser.js";
import type { Person } from "./support/browser.js";
import { startTestServer } from "./support/hipcheck-server.js";
import type { TestServer } from "./support/hipcheck-server.js";
import { IN_FRENCH } from "./support/journey-language.js";
import { leaFromHerLaptop } from "./support/lea-from-her-laptop.js";
import { localToday } from "./support/local-today.js";
import { ok } from "./support/ok.js";
import { testdataPath } from "../../../testdata/testdata-path.js";

const PASSWORD = "four-weeks-of-mornings-2026";
const EMAIL = "lea-offline-hold@example.test";

/** What the app keeps in the page's origin: its local storage keys, and the rows of each of its IndexedDB stores. */
async function keptOnPhone(page: Page): Promise<{ local: string[]; rows: Record<string, number> }> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open("hipcheck");
      request.onsuccess = () => {
        resolve(request.result);
      };
      request.onerror = () => {
        reject(new Error("IndexedDB did not open"));
      };
    });
    const rows: Record<string, number> = {};
    for (const name of Array.from(db.objectStoreNames)) {
      rows[name] = await new Promise<number>((resolve) => {
        const count = db.transaction(name).objectStore(name).count();
        count.onsuccess = () => {
          resolve(count.result);
        };
      });
    }
    db.close();
    return { local: Object.keys(localStorage).sort(), rows };
  });
}

describe.each(IN_FRENCH)("what Lea's phone keeps (%s)", (lang) => {
  let server: TestServer;
  let lea: Person;
  let transport: RouteTransport;
  let program: Program;
  /** The second tab of the first walk, left open: a sign-out in the other tab reaches it. */
  let otherTab: Page;
  const today = localToday();

  beforeAll(async () => {
    server = await startTestServer();
    lea = await openBrowser(server.url);
    await lea.page.setViewportSize(PHONE);
    await lea.page.goto("/");
    await new AppShell(lea.page).chooseLanguage(lang);
    await new AuthPage(lea.page).signUp(EMAIL, PASSWORD);
    await lea.page.getByTestId("check-in-page").waitFor();
    transport = await signedInTransport(server.url, EMAIL, PASSWORD);
    program = await leaFromHerLaptop(transport, today);
  });

  afterAll(async () => {
    await lea.close();
    await server.stop();
  });

  it("keeps one session, and saves one log, when it is open in two tabs", async () => {
    const later = program.sessions.find((planned) => planned.date > today && planned.kind === "strength");
    if (later === undefined) throw new Error("no later strength session");
    const first = new SessionPage(lea.page);
    await first.open(later.id);
    const second = new SessionPage(await lea.context.newPage());
    await second.page.setViewportSize(PHONE);
    await second.open(later.id);

    // She moves on in the first tab: the second follows, and says why.
    const firstExercise = await second.exerciseName();
    await first.nextExercise();
    await second.page.getByTestId("session-other-tab").waitFor();
    expect(await second.exerciseName()).not.toBe(firstExercise);
    expect(await second.exerciseName()).toBe(await first.exerciseName());

    // She finishes in the second tab: the first shows the session saved, with nothing left to finish.
    await second.skipToEndAndFinish();
    await first.page.getByTestId("session-saved").waitFor();
    expect(await first.page.getByTestId("finish-session").count()).toBe(0);
    otherTab = second.page;
    await expect
      .poll(
        async () =>
          (await ok(callRoute(transport, "listSessionLogs", { query: {} }))).filter(
            (log) => log.plannedSessionId === later.id,
          ).length,
        { timeout: 15_000 },
      )
      .toBe(1);
  });

  it("draws the pain, the squats and the run from her laptop on pages opened afresh offline (0812, 0890)", async () => {
    const { page } = lea;
    const shell = new AppShell(page);
    await ok(
      callRoute(transport, "recordPain", {
        body: { id: "lea-pain-laptop", date: addDays(today, -4), painNow: 3, painUsual: 4, painWorst: 6 },
      }),
    );
    const keypoints = syntheticDips(4, (depth) => ({ fppaDeg: { left: 14 * depth, right: 4 * depth } }));
    await ok(
      callRoute(transport, "saveMovementScreen", {
        body: { report: analyzeMovement(keypoints, { test: "squat" }), keypoints },
      }),
    );
    const gpx = readFileSync(testdataPath("activity/togeojson_run_gpxtpx.gpx"));
    const imported = await ok(
      callRoute(transport, "importActivities", {
        body: { fileName: "morning-run.gpx", contentBase64: gpx.toString("base64") },
      }),
    );
    // Online, the progress page reads her record, her screens and her activities from the server.
    await page.goto("/progress");
    const painChart = page.getByTestId("pain-chart");
    const movementChart = page.getByTestId("movement-chart");
    const activities = page.getByTestId("activity-list");
    await expect.poll(() => painChart.getAttribute("data-points")).toBe("1");
    await expect.poll(() => movementChart.getAttribute("data-screens")).toBe("1");
    await expect.poll(() => activities.getAttribute("data-activities")).toBe("1");

    // Offline, the page opened afresh draws them from what the phone kept, and the screen page lists the squats.
    await shell.navigate("today");
    await page.getByTestId("today-page").waitFor();
    await lea.context.setOffline(true);
    await page.reload();
    await page.getByTestId("today-page").waitFor();
    await shell.navigate("progress");
    await page.getByTestId("progress-page").waitFor();
    await expect.poll(() => painChart.getAttribute("data-points")).toBe("1");
    await expect.poll(() => movementChart.getAttribute("data-screens")).toBe("1");
    expect(await movementChart.locator('[data-testid^="movement-knee"]').count()).toBeGreaterThan(0);
    await expect.poll(() => activities.getAttribute("data-activities")).toBe("1");
    const row = page.getByTestId("activity-row");
    const [run] = imported.added;
    expect([await row.getAttribute("data-date"), await row.getAttribute("data-sport")]).toEqual([
      run?.activity.date,
      run?.activity.sport,
    ]);
    await shell.navigate("screen");
    await expect.poll(() => page.getByTestId("saved-screen-list").getAttribute("data-count")).toBe("1");
    await lea.context.setOffline(false);
  });

  it("holds today's session offline, and at sign-out sends the morning first and keeps nothing", async () => {
    const { page } = lea;
    const shell = new AppShell(page);
    const session = program.sessions.find((planned) => planned.date === today && planned.kind === "strength");
    if (session === undefined) throw new Error("no strength session today");
    const start = page.getByTestId(`start-${session.id}`);

    // Online, Today offers today's session; reading it keeps her mornings on the phone.
    await page.goto("/");
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

    await shell.navigate("today");
    await page.getByTestId("today-page").waitFor();
    const waiting = page.getByTestId("session-waiting-check-in");
    await waiting.waitFor();
    expect(await waiting.getAttribute("data-reason")).toBe("stop");
    expect(await waiting.getByRole("alert").textContent()).toMatch(
      /montée à 7\/10.*questions sur les signes d’alerte/,
    );
    await page.getByTestId(`paused-${session.id}`).waitFor();
    expect(await start.count()).toBe(0);

    await shell.navigate("program");
    await page.getByTestId("program-page").waitFor();
    expect(await waiting.getAttribute("data-reason")).toBe("stop");
    expect(await waiting.textContent()).toContain("encore sur cet appareil");
    await page.getByTestId(`paused-${session.id}`).waitFor();
    expect(await start.count()).toBe(0);
    // The calendar names the session without a link to the player.
    const inCalendar = page.getByTestId(`calendar-${session.id}`);
    expect(await inCalendar.evaluate((element) => element.tagName)).toBe("SPAN");
    expect(await page.locator(`a[href="/session/${session.id}"]`).count()).toBe(0);

    // The player, opened from a bookmark, shows the stop of a paused program.
    await page.evaluate((path) => {
      window.history.pushState({}, "", path);
      window.dispatchEvent(new PopStateEvent("popstate"));
    }, `/session/${session.id}`);
    await page.getByTestId("session-paused").waitFor();
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Votre programme est en pause");
    expect(
      (await keptOnPhone(page)).local.some((key) => key.startsWith("hipcheck.session-in-progress")),
    ).toBe(true);

    // Signing out offline: the morning is not sent, and the phone says so before anything is lost.
    await shell.navigate("data");
    await page.getByTestId("sign-out").click();
    const unsent = page.getByTestId("sign-out-unsent");
    await unsent.waitFor();
    expect(await unsent.locator("h2").textContent()).toBe(
      "1 saisie faite sur cet appareil n’est pas encore envoyée",
    );
    expect(await page.getByTestId("sign-out-send").isDisabled()).toBe(true);
    const anyway = page.getByTestId("sign-out-anyway");
    expect(await anyway.isDisabled()).toBe(true);
    // Signing out anyway waits until she has ticked that the morning will be lost.
    await page.getByTestId("sign-out-lose-confirm").check();
    expect(await anyway.isEnabled()).toBe(true);

    // Back online, she sends it, then is signed out: nothing of hers is left on the phone but its language.
    await lea.context.setOffline(false);
    await page.getByTestId("sign-out-send").click();
    await page.getByTestId("nav-sign-in").waitFor();
    // The tab left on her saved session starts afresh too, signed out.
    await otherTab.getByTestId("nav-sign-in").waitFor();
    expect(await otherTab.getByTestId("session-saved").count()).toBe(0);
    await otherTab.close();
    const kept = await keptOnPhone(page);
    expect(kept.local).toEqual(["hipcheck.lang"]);
    expect(Object.entries(kept.rows).filter(([, rows]) => rows > 0)).toEqual([]);
    const mornings = await ok(callRoute(transport, "listMorningCheckIns", { query: {} }));
    expect(mornings.filter((morning) => morning.date === today).map((morning) => morning.pain)).toEqual([7]);
    const stored = await ok(callRoute(transport, "getProgram", { params: { programId: program.id } }));
    expect(stored.program.rescreen?.pausedOn).toBe(today);

    // Signed in again, Today shows the server's pause, still without the session.
    await new AuthPage(page).signIn(EMAIL, PASSWORD);
    await page.getByTestId("today-page").waitFor();
    const paused = page.getByTestId("program-paused");
    await paused.waitFor();
    expect(await paused.textContent()).toContain("Votre programme est en pause");
    expect(await start.count()).toBe(0);
    expect(await waiting.count()).toBe(0);

    // Offline again, she answers this morning once more (3/10, back to usual): it waits on the phone.
    await page.goto("/morning");
    await page.getByTestId("morning-page").waitFor();
    await lea.context.setOffline(true);
    await page.getByTestId("morning-pain").fill("3");
    await page.getByTestId("morning-settled").check();
    await page.getByTestId("morning-save").click();
    await page.getByTestId("morning-pending").waitFor();
    expect((await keptOnPhone(page)).rows.outbox).toBe(1);

    // Her sign-in ends without a sign-out; back online, Marc signs up on the phone: he sees nothing of hers, and
    // his sign-in sends none of her entries (decision 0720).
    await lea.context.clearCookies();
    await lea.context.setOffline(false);
    await page.goto("/");
    await new AuthPage(page).signUp("marc-after-lea@example.test", PASSWORD);
    await page.getByTestId("check-in-page").waitFor();
    const marcs = await keptOnPhone(page);
    expect([marcs.rows.checkIns, marcs.rows.sessionLogs, marcs.rows.outbox]).toEqual([0, 0, 0]);
    // Her unsent morning is set aside for her, not lost (decision 0770).
    expect(marcs.rows.parkedOutboxes).toBe(1);
    const todaysPain = async () =>
      (await ok(callRoute(transport, "listMorningCheckIns", { query: {} })))
        .filter((morning) => morning.date === today)
        .map((morning) => morning.pain);
    expect(await todaysPain()).toEqual([7]);

    // Marc signs out; Lea signs in again: her morning goes back to her outbox and is sent under her sign-in.
    await shell.navigate("data");
    await page.getByTestId("sign-out").click();
    await page.getByTestId("nav-sign-in").waitFor();
    await new AuthPage(page).signIn(EMAIL, PASSWORD);
    await page.getByTestId("today-page").waitFor();
    await expect.poll(todaysPain, { timeout: 15_000 }).toEqual([3]);
    await expect.poll(async () => (await keptOnPhone(page)).rows.outbox, { timeout: 15_000 }).toBe(0);
    expect((await keptOnPhone(page)).rows.parkedOutboxes).toBe(0);
  });
});
