/**
 * Noor does her hip session on her phone, alone at home. The player paces her repetitions (lift, hold, lower,
 * counted aloud in her language or beeped) and counts them for her, while the number she types is the one kept.
 * Her coach changes the program while her session is open: after a reload every set she logged stays on the
 * exercise she did it on. Opened again from the calendar, the finished session shows its summary, not the player.
 */
import { callRoute } from "@hipcheck/contracts";
import type { RouteTransport } from "@hipcheck/contracts";
import { personas } from "@hipcheck/core/testing";
import { cuesAt, exerciseTempo, findExercise, illustrationOf } from "@hipcheck/core";
import type { Program } from "@hipcheck/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { messagesEn } from "../src/i18n/messages-en.js";
import { messagesFr } from "../src/i18n/messages-fr.js";
import { AppShell } from "./pages/app-shell.js";
import { AuthPage } from "./pages/auth-page.js";
import { SessionPage } from "./pages/session-page.js";
import { signedInTransport } from "./support/api-session.js";
import { openBrowser, PHONE } from "./support/browser.js";
import type { Person } from "./support/browser.js";
import { startTestServer } from "./support/hipcheck-server.js";
import type { TestServer } from "./support/hipcheck-server.js";
import { IN_FRENCH } from "./support/journey-language.js";

const PASSWORD = "paced-hips-2026";
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

/** What the phone said and beeped: the page's speech and Web Audio, recorded as they are used. */
const LISTEN = `
  window.__spoken = [];
  window.__beeps = 0;
  if ("speechSynthesis" in window) {
    const speak = window.speechSynthesis.speak.bind(window.speechSynthesis);
    window.speechSynthesis.speak = (utterance) => { window.__spoken.push([utterance.lang, utterance.text]); speak(utterance); };
  }
  if ("OscillatorNode" in window) {
    const start = OscillatorNode.prototype.start;
    OscillatorNode.prototype.start = function (...args) { window.__beeps += 1; return start.apply(this, args); };
  }
`;

describe.each(IN_FRENCH)("Noor's paced session, in %s", (lang) => {
  let server: TestServer;
  let noor: Person;
  let api: RouteTransport;
  let program: { programId: string; program: Program };

  beforeAll(async () => {
    server = await startTestServer();
    const email = `noor-player-${lang}@example.test`;
    await unwrap(
      callRoute({ baseUrl: server.url, fetch: (url, init) => fetch(url, init), headers: {} }, "signUp", {
        body: { email, password: PASSWORD },
      }),
    );
    api = await signedInTransport(server.url, email, PASSWORD);
    await unwrap(callRoute(api, "submitCheckIn", { body: { answers: personas.runnerPfp } }));
    program = await unwrap(callRoute(api, "createProgram", { body: { startDate: todayHere() } }));
    noor = await openBrowser(server.url);
    await noor.page.setViewportSize(PHONE);
    await noor.page.addInitScript(LISTEN);
    await noor.page.goto("/");
    await new AppShell(noor.page).chooseLanguage(lang);
    await new AuthPage(noor.page).signIn(email, PASSWORD);
    await noor.page.getByTestId("sign-in-page").waitFor({ state: "detached" });
  });

  afterAll(async () => {
    await noor.close();
    await server.stop();
  });

  /** The hip strength sessions after the one done in repetitions, in the program's order. */
  function othersThanTheDone() {
    return program.program.sessions.filter((s) => s.kind === "strength" && s.id !== repsSession().id);
  }

  /** The first hip strength session whose first exercise is done in repetitions. */
  function repsSession() {
    const found = program.program.sessions.find(
      (s) => s.kind === "strength" && s.exercises[0]?.dose.mode === "reps",
    );
    if (found === undefined) throw new Error("no strength session starts with repetitions");
    return found;
  }

  it("paces the repetitions, counts them aloud or with a beat, and keeps the number she types", async () => {
    const { page } = noor;
    const session = new SessionPage(page);
    await session.open(repsSession().id);
    const pace = page.getByTestId("pace");
    await pace.waitFor();
    // Each cue shows at the key pose it applies to: the set-up's before the set, the movement's while moving.
    const exercise = findExercise(repsSession().exercises[0]!.exerciseId)!;
    const lifts = exerciseTempo(exercise).firstMove === "lift";
    expect(await pace.getByTestId("pace-tempo").textContent()).toContain(
      lang === "fr" ? (lifts ? "pour monter" : "pour descendre") : lifts ? "to lift" : "to lower",
    );
    // Where a cue is about alignment, a second small drawing shows it from the front or above, captioned with it.
    const second = illustrationOf(exercise.id)?.secondView;
    if (second !== undefined) {
      expect(await page.getByTestId("second-view-caption").textContent()).toContain(second.cue[lang]);
    }
    const [startCue] = cuesAt(exercise, "start");
    const [topCue] = cuesAt(exercise, "top");
    const cue = page.getByTestId("pace-cue");
    if (startCue !== undefined) {
      expect(await cue.getAttribute("data-pose")).toBe("start");
      expect(await cue.textContent()).toContain(startCue[lang]);
    }
    const sound = lang === "en" ? "voice" : "beat";
    await page.getByTestId("pace-sound").selectOption(sound);
    await page.getByTestId("pace-start").click();
    await expect.poll(() => page.getByTestId("pace-now").getAttribute("data-rep")).toBe("1");
    if (topCue !== undefined) {
      await expect.poll(() => cue.getAttribute("data-pose")).toBe("top");
      expect(await cue.textContent()).toContain(topCue[lang]);
    }
    // One repetition later the pace's count is in the field she logs from.
    await expect.poll(() => page.getByTestId("reps-input").inputValue(), { timeout: 15_000 }).toBe("1");
    await expect.poll(() => page.getByTestId("pace-now").getAttribute("data-rep")).toBe("2");
    const wake = await page.getByTestId("wake-lock").getAttribute("data-state");
    expect(["on", "unavailable"]).toContain(wake);
    if (sound === "voice") {
      const spoken = await page.evaluate<[string, string][]>("window.__spoken");
      expect(spoken.map(([, text]) => text)).toContain("1");
      expect(spoken.map(([, text]) => text)).toContain(MESSAGES[lang].player.paceDown);
      // The cues are said once, at their moment, after the count.
      if (topCue !== undefined) expect(spoken.filter(([, text]) => text === topCue[lang])).toHaveLength(1);
      expect(spoken.every(([speechLang]) => speechLang.startsWith(lang))).toBe(true);
    } else {
      expect(Number(await page.evaluate("window.__beeps"))).toBeGreaterThan(1);
    }
    // Her own number is the truth: the pace keeps counting, but no longer writes over it.
    await page.getByTestId("reps-input").fill("9");
    await expect.poll(() => page.getByTestId("pace-offer").isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await page.getByTestId("reps-input").inputValue()).toBe("9");
    await page.getByTestId("pace-stop").click();
    // With the screen locked the page is hidden and the browser stops speaking: the player says so, and what to do.
    await page.getByTestId("pace-sound").selectOption("voice");
    await page.getByTestId("pace-start").click();
    if (sound === "beat") {
      // The journey walks in one language (support/journey-language.ts): the voice counts in it too.
      await expect
        .poll(() => page.evaluate<[string, string][]>("window.__spoken"), { timeout: 15_000 })
        .toContainEqual([expect.stringMatching(new RegExp(`^${lang}`)), "1"]);
    }
    await page.evaluate(`
      for (const state of ["hidden", "visible"]) {
        Object.defineProperty(document, "visibilityState", { configurable: true, get: () => state });
        document.dispatchEvent(new Event("visibilitychange"));
      }
    `);
    const notice = page.getByTestId("speech-notice");
    await expect.poll(() => notice.getAttribute("data-notice")).toBe("speechStopped");
    expect(await notice.textContent()).toBe(MESSAGES[lang].drawings.speechStopped);
    await page.getByTestId("pace-stop").click();
    expect(await page.getByTestId("reps-input").inputValue()).toBe("9");
    await page.getByTestId("log-set").click();
  });

  it("keeps every logged set on its exercise when the program is changed during the session and the page reloads", async () => {
    const { page } = noor;
    const planned = repsSession();
    const session = new SessionPage(page);
    await session.open(planned.id);
    await session.doCurrentExercise(10, 1);
    const firstId = planned.exercises[0]!.exerciseId;
    const second = planned.exercises[1];
    if (second !== undefined) {
      await session.nextExercise();
      await session.doCurrentExercise(8, 1);
    }
    // The program changes while the session is open: the first exercise's dose is cut.
    const current = await unwrap(callRoute(api, "getProgram", { params: { programId: program.programId } }));
    const dose = planned.exercises[0]!.dose;
    if (dose.mode !== "reps") throw new Error("the first exercise is not in repetitions");
    await unwrap(
      callRoute(api, "editProgram", {
        params: { programId: program.programId },
        body: {
          edit: {
            type: "change-dose",
            exerciseId: firstId,
            dose: { ...dose, reps: Math.max(1, dose.reps - 2) },
          },
          reason: { en: "A little less for now", fr: "Un peu moins pour l'instant" },
          basedOnRevision: current.program.revision,
        },
      }),
    );
    await page.reload();
    await session.waitUntilOpen();
    await page.getByTestId("session-resumed").waitFor();
    await session.skipToEndAndFinish();
    await expect.poll(() => page.getByTestId("session-sync").getAttribute("data-sent")).toBe("true");

    const logs = await unwrap(callRoute(api, "listSessionLogs", { query: {} }));
    const stored = logs.find((log) => log.plannedSessionId === planned.id);
    if (stored === undefined) throw new Error("the session was not stored");
    const setsOn = (exerciseId: string) =>
      stored.entries.filter((entry) => entry.exerciseId === exerciseId).flatMap((entry) => entry.sets);
    // The set she logged with the pace (9, her own number), then the rest of that exercise's sets (10 each).
    const firstSets = setsOn(firstId);
    const perDose = dose.sets * (dose.perSide ? 2 : 1);
    expect(firstSets.map((set) => set.reps)).toEqual([9, ...Array.from({ length: perDose - 1 }, () => 10)]);
    if (second !== undefined && second.exerciseId !== firstId) {
      expect(setsOn(second.exerciseId).length).toBeGreaterThan(0);
    }
  });

  it("opens the done session's summary from the calendar, without the player, and says why not again today", async () => {
    const { page } = noor;
    const planned = repsSession();
    await page.goto("/program");
    await page.goto(`/session/${planned.id}`);
    const done = page.getByTestId("done-session");
    await done.waitFor();
    await expect.poll(() => page.getByTestId("session-page").count()).toBe(0);
    expect(await done.locator("h1").textContent()).toBe(MESSAGES[lang].player.doneTitle);
    const logs = await unwrap(callRoute(api, "listSessionLogs", { query: {} }));
    const stored = logs.find((log) => log.plannedSessionId === planned.id)!;
    expect(await page.getByTestId("done-entry").count()).toBe(stored.entries.length);
    expect(await page.getByTestId("do-again").count()).toBe(0);
    expect(await page.getByTestId("no-repeat").textContent()).toContain(
      lang === "fr" ? "déjà fait une séance" : "already did a hip session",
    );
  });

  it("asks before a session started elsewhere is replaced: back to it, or saved as it stands (decision 0780)", async () => {
    const { page } = noor;
    const done = repsSession();
    const [left, next] = program.program.sessions.filter((s) => s.kind === "strength" && s.id !== done.id);
    if (left === undefined || next === undefined) throw new Error("too few strength sessions");
    const session = new SessionPage(page);
    // She starts a session, logs its first exercise, and leaves it there.
    await session.open(left.id);
    await session.doCurrentExercise(10, 1);

    // Another session: the player asks first, naming the day and what was logged.
    await session.open(next.id);
    const card = page.getByTestId("unfinished-session");
    await card.waitFor();
    expect(await card.locator("h2").textContent()).toBe(MESSAGES[lang].unfinishedSession.title);
    expect(await card.textContent()).toContain(lang === "fr" ? "1 exercice noté" : "1 exercise logged");
    expect(await page.getByTestId("log-set").count()).toBe(0);

    // Back to it: the session is where she left it.
    await page.getByTestId("unfinished-resume").click();
    await page.getByTestId("session-resumed").waitFor();
    expect(page.url()).toContain(`/session/${left.id}`);

    // Again, and this time she saves it as it stands (twice, quickly): one log, marked not completed.
    await session.open(next.id);
    await card.waitFor();
    await page.getByTestId("unfinished-save").dblclick();
    await page.getByTestId("unfinished-saved").waitFor();
    await page.getByTestId("pain-during").waitFor();
    await expect
      .poll(async () =>
        (await unwrap(callRoute(api, "listSessionLogs", { query: {} })))
          .filter((log) => log.plannedSessionId === left.id)
          .map((log) => [log.completed, log.entries.length]),
      )
      .toEqual([[false, 1]]);

    // Her first change in this session is kept; the one she saved no longer asks.
    await session.doCurrentExercise(10, 1);
    await page.reload();
    await session.waitUntilOpen();
    await page.getByTestId("session-resumed").waitFor();
    expect(await card.count()).toBe(0);

    // Signing out names the session in progress, with nothing to send, and leads back to it.
    await new AppShell(page).navigate("data");
    await page.getByTestId("sign-out").click();
    await page.getByTestId("sign-out-session").waitFor();
    expect(await page.locator("#sign-out-unsent-title").textContent()).toBe(
      MESSAGES[lang].signOut.sessionTitle,
    );
    expect(await page.getByTestId("sign-out-send").count()).toBe(0);
    expect(await page.getByTestId("sign-out-anyway").isDisabled()).toBe(true);
    await page.getByTestId("sign-out-open-session").click();
    await page.getByTestId("session-resumed").waitFor();
  });

  it("shows the session she saved part way as partly done, not done, and counts it apart (decision 0810)", async () => {
    const { page } = noor;
    const [left] = othersThanTheDone();
    if (left === undefined) throw new Error("too few strength sessions");
    await page.goto("/program");
    const inCalendar = page.getByTestId(`calendar-${left.id}`);
    await inCalendar.waitFor();
    expect(await inCalendar.getAttribute("data-status")).toBe("partly-done");
    expect(await inCalendar.textContent()).toContain(MESSAGES[lang].sessionStatus.partlyDone);
    await page.goto("/progress");
    const adherence = page.getByTestId("adherence");
    await adherence.waitFor();
    expect(await adherence.getAttribute("data-done")).toBe("1");
    expect(await adherence.getAttribute("data-partly-done")).toBe("1");
  });

  it("asks before saving a session in which nothing was recorded, as done only once she says she did it (0913)", async () => {
    const { page } = noor;
    const untouched = othersThanTheDone()[5];
    if (untouched === undefined) throw new Error("too few strength sessions");
    const session = new SessionPage(page);
    await session.open(untouched.id);
    // The session she left part way above is asked about first: she starts this one without it.
    await page.getByTestId("unfinished-leave").click();
    await page.getByTestId("next-exercise").waitFor();
    while (await page.getByTestId("next-exercise").isVisible()) await session.nextExercise();
    await page.getByTestId("finish-session").click();
    const asked = page.getByTestId("nothing-recorded");
    await asked.waitFor();
    expect(await asked.textContent()).toContain(MESSAGES[lang].sessionLoop.nothingTitle);
    expect(await page.getByTestId("session-saved").count()).toBe(0);
    // Back to the exercises: the first one, nothing saved.
    await page.getByTestId("nothing-recorded-back").click();
    await page.getByTestId("next-exercise").waitFor();
    expect(await asked.count()).toBe(0);
    await session.skipToEndAndFinish();
    await expect.poll(() => page.getByTestId("session-sync").getAttribute("data-sent")).toBe("true");
    const stored = (await unwrap(callRoute(api, "listSessionLogs", { query: {} }))).filter(
      (log) => log.plannedSessionId === untouched.id,
    );
    expect(stored.map((log) => [log.completed, log.entries.length])).toEqual([[true, 0]]);
  });

  it("keeps two sessions open in two tabs apart, and asks about neither while both are open (0811, 0891)", async () => {
    const { page } = noor;
    const first = new SessionPage(page);
    // The session she had in progress is finished first, so that nothing else is left part way.
    const [, inProgress, one, two, third] = othersThanTheDone();
    if ([inProgress, one, two, third].includes(undefined)) throw new Error("too few strength sessions");
    await first.open(inProgress!.id);
    await first.skipToEndAndFinish();
    const second = new SessionPage(await noor.context.newPage());
    await second.page.setViewportSize(PHONE);
    await first.open(one!.id);

    // She logs the first exercise in the first tab, then opens another session in a second tab: the first, still
    // open in its tab, is neither offered to go back to nor to replace; the second tab says where it is.
    await first.doCurrentExercise(10, 1);
    await second.open(two!.id);
    const elsewhere = second.page.getByTestId("session-in-another-tab");
    await elsewhere.waitFor();
    expect(await elsewhere.textContent()).toContain(
      lang === "fr" ? "est ouverte dans un autre onglet" : "is open in another tab",
    );
    expect(await second.page.getByTestId("unfinished-session").count()).toBe(0);
    await second.doCurrentExercise(8, 2);
    await first.nextExercise();
    const onFirst = await first.exerciseName();
    const onSecond = await second.exerciseName();
    expect(onFirst).not.toBe(onSecond);

    for (const tab of [second, first]) {
      await tab.page.reload();
      await tab.waitUntilOpen();
      await tab.page.getByTestId("session-resumed").waitFor();
      expect(await tab.page.getByTestId("unfinished-session").count()).toBe(0);
    }
    expect(await first.exerciseName()).toBe(onFirst);
    expect(await second.exerciseName()).toBe(onSecond);
    expect(await second.page.getByTestId("exercise-done").count()).toBe(1);
    expect(page.url()).toContain(`/session/${one!.id}`);

    // A third session in the second tab asks about the one it left part way, not the one open in the first tab.
    await second.page.goto(`/session/${third!.id}`);
    const card = second.page.getByTestId("unfinished-session");
    const resume = second.page.getByTestId("unfinished-resume");
    await card.waitFor();
    expect(await resume.getAttribute("href")).toBe(`/session/${two!.id}`);
    await second.page.getByTestId("unfinished-leave").click();
    await elsewhere.waitFor();
    expect(await card.count()).toBe(0);

    // Once the first tab is closed, its session is offered again.
    await page.close();
    await second.page.reload();
    await card.waitFor();
    expect(await resume.getAttribute("href")).toBe(`/session/${one!.id}`);
    await second.page.close();
  });
});
