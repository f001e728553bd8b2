import { generateProgram, type Lang, type Program, type SessionLog } from "@hipcheck/core";
import { i18nForTests } from "../../i18n/i18n-for-tests.js";
import { personas } from "@hipcheck/core/testing";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { MemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import { DoneSessionSummary } from "./done-session-summary.js";

function noorProgram(): Program {
  const made = generateProgram(personas.runnerPfp, { startDate: "2026-03-02", id: "program-noor" });
  if (!made.ok) throw new Error(made.error.message);
  return made.value;
}

function doneLog(program: Program, painAfter?: number): SessionLog {
  const session = program.sessions[0]!;
  return {
    id: "log-1",
    programId: program.id,
    plannedSessionId: session.id,
    date: "2026-03-03",
    kind: session.kind,
    entries: session.exercises.map((planned) => ({
      exerciseId: planned.exerciseId,
      sets: [{ side: "both" as const, reps: 10 }],
      painDuring: 2,
      rpe: 6,
    })),
    completed: true,
    ...(painAfter === undefined ? {} : { painAfter }),
  };
}

/** The summary's text as the page shows it in `lang`. */
async function summaryText(lang: Lang, log: SessionLog, program: Program): Promise<string> {
  const i18n = await i18nForTests(lang);
  const summary = createElement(DoneSessionSummary, {
    program,
    session: program.sessions[0]!,
    log,
    logs: [log],
    revisions: [],
    onAgain: () => undefined,
  });
  const markup = renderToStaticMarkup(
    createElement(I18nextProvider, { i18n }, createElement(MemoryRouter, null, summary)),
  );
  return markup.replace(/<[^>]*>/g, "\n");
}

describe("a done session opened again later", () => {
  it("shows the pain Noor rated right after the session, in English and in French", async () => {
    const program = noorProgram();
    const log = doneLog(program, 6);
    expect(await summaryText("en", log, program)).toContain("Pain in the knee right after the session: 6/10");
    expect(await summaryText("fr", log, program)).toContain(
      "Douleur au genou juste après la séance\u00a0: 6/10",
    );
  });

  it("says nothing of it when she left it unrated", async () => {
    const program = noorProgram();
    const text = await summaryText("en", doneLog(program), program);
    expect(text).not.toContain("right after the session");
    expect(text).toContain("Session done");
  });
});
