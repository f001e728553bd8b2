import { generateProgram, type Lang, type Program, type SessionLog } from "@hipcheck/core";
import { i18nForTests } from "../../i18n/i18n-for-tests.js";
import { frenchWordingProblems, personas } from "@hipcheck/core/testing";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { describe, expect, it } from "vitest";
import type { LocalHistory } from "../../offline/local-store.js";
import { AdherenceChart } from "./progress-page.js";

function noorProgram(): Program {
  const made = generateProgram(personas.runnerPfp, { startDate: "2026-03-02", id: "program-noor" });
  if (!made.ok) throw new Error(made.error.message);
  return made.value;
}

/** Noor's first hip session, done and sent. */
function firstSessionDone(program: Program): SessionLog {
  const session = program.sessions.find((planned) => planned.kind === "strength")!;
  return {
    id: "log-1",
    programId: program.id,
    plannedSessionId: session.id,
    date: session.date,
    kind: session.kind,
    entries: [],
    completed: true,
  };
}

/** Noor's second hip session, saved part way (decision 0780). */
function secondSessionPartly(program: Program): SessionLog {
  const session = program.sessions.filter((planned) => planned.kind === "strength")[1]!;
  return { ...firstSessionDone(program), id: "log-2", plannedSessionId: session.id, completed: false };
}

/** The sentence under the adherence chart, as the progress page shows it in `lang`. */
async function adherenceSentence(lang: Lang, partly = false): Promise<string> {
  const i18n = await i18nForTests(lang);
  const program = noorProgram();
  const history: LocalHistory = {
    logs: [firstSessionDone(program), ...(partly ? [secondSessionPartly(program)] : [])],
    checkIns: [],
    painEntries: [],
    psfsEntries: [],
    strengthChecks: [],
  };
  const chart = createElement(AdherenceChart, {
    snapshot: { programId: program.id, program, revisions: [] },
    history,
  });
  const markup = renderToStaticMarkup(createElement(I18nextProvider, { i18n }, chart));
  const sentence = /<p>(.*?)<\/p>/s.exec(markup)?.[1] ?? "";
  return sentence.replace(/<[^>]*>/g, "").replace(/&nbsp;|&#xa0;/g, "\u00a0");
}

describe("the adherence chart's sentence", () => {
  it("gives Noor's sessions done and planned, week by week, in English", async () => {
    expect(await adherenceSentence("en")).toMatch(/^Week 1: 1\/2\. Week 2: 0\/2\./);
  });

  it("puts French's space before the colon, as a French reader expects", async () => {
    const sentence = await adherenceSentence("fr");
    expect(sentence).toMatch(/^Semaine 1\u00a0: 1\/2\. Semaine 2\u00a0: 0\/2\./);
    expect(frenchWordingProblems(sentence)).toEqual([]);
  });

  it("counts a session Noor saved part way apart, not as done, in both languages", async () => {
    expect(await adherenceSentence("en", true)).toMatch(/^Week 1: 1\/2 \(1 partly done\)\. Week 2: 0\/2\./);
    const french = await adherenceSentence("fr", true);
    expect(french).toMatch(/^Semaine 1\u00a0: 1\/2 \(1 faite en partie\)\. Semaine 2\u00a0: 0\/2\./);
    expect(frenchWordingProblems(french)).toEqual([]);
  });
});
