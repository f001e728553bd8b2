/**
 * Noor runs, and her kneecap hurts on the stairs. During a session her knee goes to 7/10: the app stops that
 * exercise at once, offers an easier version now, and once the session, saved offline, reaches the server she
 * reads what changed in her program and why. A reload in the middle of a session keeps every set she logged, a
 * double click on "Finish and save" stores one log, and the pain form confirms and updates the chart at once.
 */
import { callRoute } from "@hipcheck/contracts";
import type { RouteTransport } from "@hipcheck/contracts";
import { personas } from "@hipcheck/core/testing";
import type { Program } from "@hipcheck/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { messagesEn } from "../src/i18n/messages-en.js";
import { messagesFr } from "../src/i18n/messages-fr.js";
import { AppShell } from "./pages/app-shell.js";
import { AuthPage } from "./pages/auth-page.js";
import { SessionPage } from "./pages/session-page.js";
import { signedInTransport } from "./support/api-session.js";
import { openBrowser } from "./support/browser.js";
import type { Person } from "./support/browser.js";
import { startTestServer } from "./support/hipcheck-server.js";
import type { TestServer } from "./support/hipcheck-server.js";
import { IN_ENGLISH } from "./support/journey-language.js";

const PASSWORD = "climbs-hurt-2026";
const MESSAGES = { en: messagesEn, fr: messagesFr } as const;

function todayHere(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

async function unwrap<T>(
  answer: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>,
) {
  const result = await answer;
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe.each(IN_ENGLISH)("Noor's sessions, in %s", (lang) => {
  let server: TestServer;
  let noor: Person;
  let api: RouteTransport;
  let program: { programId: string; program: Program };

  beforeAll(async () => {
    server = await startTestServer();
    const email = `noor-${lang}@example.test`;
    await unwrap(
      callRoute({ baseUrl: server.url, fetch: (url, init) => fetch(url, init), headers: {} }, "signUp", {
        body: { email, password: PASSWORD },
      }),
    );
    api = await signedInTransport(server.url, email, PASSWORD);
    await unwrap(callRoute(api, "submitCheckIn", { body: { answers: personas.runnerPfp } }));
    program = await unwrap(callRoute(api, "createProgram", { body: { startDate: todayHere() } }));
    noor = await openBrowser(server.url);
    await noor.page.goto("/");
    await new AppShell(noor.page).chooseLanguage(lang);
    await new AuthPage(noor.page).signIn(email, PASSWORD);
    await noor.page.getByTestId("sign-in-page").waitFor({ state: "detached" });
  });

  afterAll(async () => {
    await noor.close();
    await server.stop();
  });

  it("pain above the line stops the exercise, offers an easier version now, and the program changes with its reason once the session is sent", async () => {
    const { page } = noor;
    const first = program.program.sessions[0];
    if (first === undefined) throw new Error("the program has no session");
    const session = new SessionPage(page);
    await session.open(first.id);
    const before = await session.exerciseName();
    await page.getByTestId("pain-during").fill("7");

    const stop = page.getByTestId("pain-stop");
    await stop.waitFor();
    expect(await stop.locator("h2").textContent()).toBe(MESSAGES[lang].sessionLoop.painStopTitle);
    const reason = (await page.getByTestId("pain-stop-reason").textContent()) ?? "";
    expect(reason).toContain("7/10");
    expect(reason).toContain(lang === "fr" ? "Votre genou a fait mal" : "Your knee hurt");
    // The exercise's steps are gone until she picks what to do now.
    expect(await page.getByTestId("log-set").count()).toBe(0);
    const easier = page.getByTestId("pain-stop-easier");
    await ((await easier.count()) > 0 ? easier : page.getByTestId("pain-stop-smaller")).click();
    await page.getByTestId("replaced-note").waitFor();
    await stop.waitFor({ state: "detached" });
    expect(await page.getByTestId("pain-during").inputValue()).toBe("0");
    await session.doCurrentExercise(8, 2);
    // The network drops before she saves: the log waits in the outbox, and the revision comes when it is sent.
    await noor.context.setOffline(true);
    await session.skipToEndAndFinish();
    await page.getByTestId("changes-pending").waitFor();
    expect(await page.getByTestId("program-changes").count()).toBe(0);
    await noor.context.setOffline(false);

    const changes = page.getByTestId("program-changes");
    await changes.waitFor();
    const written = (await changes.getByTestId("revision-reason").first().textContent()) ?? "";
    expect(written).toContain("7/10");
    expect(written).toContain(before);
    expect(await page.getByTestId("summary-stopped").textContent()).toContain(before);

    const history = await unwrap(callRoute(api, "getProgram", { params: { programId: program.programId } }));
    expect(history.history.map((step) => step.revision.changedBy)).toEqual(["rules"]);
    await page.goto("/program");
    await page.getByTestId("program-changes").waitFor();
    expect(
      await page.getByTestId("program-changes").getByTestId("revision-reason").first().textContent(),
    ).toBe(written);
  });

  it("a reload mid-session keeps every logged set and the spoken cues; a double click on Finish stores one log", async () => {
    const { page } = noor;
    const current = await unwrap(callRoute(api, "getProgram", { params: { programId: program.programId } }));
    const second = current.program.sessions[1];
    if (second === undefined) throw new Error("the program has one session only");
    const session = new SessionPage(page);
    await session.open(second.id);
    await page.getByTestId("speak").check();
    await session.doCurrentExercise(10, 1);
    const setsBefore = (await page.getByTestId("exercise-done").textContent()) ?? "";
    if (second.exercises.length > 1) {
      await session.nextExercise();
      await page.getByTestId("pain-during").fill("2");
    }
    const nameBefore = await session.exerciseName();

    await page.reload();
    await session.waitUntilOpen();
    await page.getByTestId("session-resumed").waitFor();
    expect(await session.exerciseName()).toBe(nameBefore);
    expect(await page.getByTestId("speak").isChecked()).toBe(true);
    if (second.exercises.length > 1) {
      expect(await page.getByTestId("pain-during").inputValue()).toBe("2");
      await session.doCurrentExercise(10, 2);
    }

    await page.reload();
    await session.waitUntilOpen();
    while (await page.getByTestId("next-exercise").isVisible()) await session.nextExercise();
    await page.getByTestId("pain-after-rate").click();
    await page.getByTestId("pain-after-score").fill("3");
    await page.getByTestId("finish-session").dblclick();
    await page.getByTestId("session-saved").waitFor();
    await expect.poll(() => page.getByTestId("session-sync").getAttribute("data-sent")).toBe("true");
    const shownSets = Number(await page.getByTestId("summary-sets").getAttribute("data-sets"));

    const logs = await unwrap(callRoute(api, "listSessionLogs", { query: {} }));
    const stored = logs.filter((log) => log.plannedSessionId === second.id);
    expect(stored).toHaveLength(1);
    expect(stored[0]?.painAfter).toBe(3);
    const storedSets = stored[0]?.entries.reduce((sum, entry) => sum + entry.sets.length, 0);
    expect(storedSets).toBe(shownSets);
    const firstEntrySets = stored[0]?.entries[0]?.sets.length ?? 0;
    expect(setsBefore).toContain(String(firstEntrySets));
    expect(firstEntrySets).toBeGreaterThan(0);
  });

  it("the pain form confirms, the chart shows the entry at once, a double click stores one entry, and Save works again", async () => {
    const { page } = noor;
    await page.goto("/progress");
    const chart = page.getByTestId("pain-chart");
    await chart.waitFor();
    const pointsBefore = Number(await chart.getAttribute("data-points"));
    const entriesBefore = (await unwrap(callRoute(api, "listPain", { query: {} }))).length;
    await chart.locator("summary", { hasText: MESSAGES[lang].progress.recordPain }).click();
    await page.getByTestId("entry-pain-now").fill("3");
    await page.getByTestId("entry-pain-usual").fill("3");
    await page.getByTestId("entry-pain-worst").fill("6");
    await page.getByTestId("save-pain").dblclick();

    await page.getByTestId("pain-saved").waitFor();
    expect(await page.getByTestId("pain-saved").textContent()).toContain(
      lang === "fr" ? "Douleur enregistrée" : "Pain recorded",
    );
    await expect.poll(async () => Number(await chart.getAttribute("data-points"))).toBe(pointsBefore + 1);
    expect(await page.getByTestId("save-pain").isEnabled()).toBe(true);
    const entries = await unwrap(callRoute(api, "listPain", { query: {} }));
    expect(entries).toHaveLength(entriesBefore + 1);
    expect(entries.at(-1)?.entry).toMatchObject({ painNow: 3, painUsual: 3, painWorst: 6 });
  });
});
