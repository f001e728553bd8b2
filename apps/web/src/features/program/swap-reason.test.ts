import {
  addDays,
  findExercise,
  generateProgram,
  reviseProgram,
  type Lang,
  type PlannedSession,
  type Program,
  type ProgramRevision,
  type SessionLog,
} from "@hipcheck/core";
import { personas } from "@hipcheck/core/testing";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { MemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import { i18nForTests } from "../../i18n/i18n-for-tests.js";
import { SessionCard } from "./session-card.js";

/** Dana's session `session`, done painlessly with three more repetitions than asked on every exercise. */
function doneWithRoomToSpare(program: Program, session: PlannedSession): SessionLog {
  return {
    id: `log-${session.id}`,
    programId: program.id,
    plannedSessionId: session.id,
    date: session.date,
    kind: session.kind,
    completed: true,
    entries: session.exercises.map((planned) => ({
      exerciseId: planned.exerciseId,
      sets: [{ side: "both", ...(planned.dose.mode === "reps" ? { reps: planned.dose.reps + 3 } : {}) }],
      painDuring: 0,
      rpe: 4,
    })),
  };
}

/**
 * Dana's first two hip sessions, painless with room to spare, her mornings settled: the rules move her up a rung
 * of a ladder, and the revision says why.
 */
function danaClimbs(): { program: Program; revision: ProgramRevision; from: string; to: string } {
  const made = generateProgram(personas.runnerPfp, { startDate: "2026-03-02", id: "program-dana" });
  if (!made.ok) throw new Error(made.error.message);
  const [first, second] = made.value.sessions.filter((session) => session.kind === "strength");
  const logs = [doneWithRoomToSpare(made.value, first!), doneWithRoomToSpare(made.value, second!)];
  const mornings = logs.map((log) => ({ date: addDays(log.date, 1), pain: 0, settled: true }));
  const outcome = reviseProgram(made.value, logs, mornings, addDays(second!.date, 1), {
    answers: personas.runnerPfp,
  });
  const { revision } = outcome;
  const swap = revision?.changes.find((change) => typeof change.to === "string");
  if (!revision || typeof swap?.from !== "string" || typeof swap.to !== "string") {
    throw new Error("Dana climbs a ladder");
  }
  return { program: outcome.program, revision, from: swap.from, to: swap.to };
}

/** The next hip session's card as Today and the program page show it, as text. */
async function nextSessionCard(lang: Lang): Promise<{ text: string; reason: string; from: string }> {
  const { program, revision, from, to } = danaClimbs();
  const next = program.sessions.find(
    (session) =>
      session.date > revision.changedAt.slice(0, 10) &&
      session.exercises.some((planned) => planned.exerciseId === to),
  )!;
  const i18n = await i18nForTests(lang);
  const card = createElement(SessionCard, {
    session: next,
    status: "not-done",
    startable: true,
    paused: false,
    revisions: [revision],
  });
  const markup = renderToStaticMarkup(
    createElement(I18nextProvider, { i18n }, createElement(MemoryRouter, null, card)),
  );
  const item = new RegExp(`data-testid="planned-${to}"[^>]*>(.*?)</li>`, "s").exec(markup)?.[1] ?? "";
  return {
    text: item.replace(/<[^>]*>/g, "").replace(/&#x27;/g, "'"),
    reason: revision.reason[lang],
    from: findExercise(from)!.name[lang],
  };
}

describe("an exercise the rules swapped in", () => {
  it("says, where Dana sees it, which exercise it replaced, since when and why, in English", async () => {
    const { text, reason, from } = await nextSessionCard("en");
    expect(text).toContain(`In place of ${from} since`);
    expect(text).toContain(reason);
  });

  it("says the same in French", async () => {
    const { text, reason, from } = await nextSessionCard("fr");
    expect(text).toContain(`À la place de l’exercice ${from} depuis le`);
    expect(text).toContain(`\u00a0: ${reason}`);
  });
});
