/**
 * Specification of one wording of the check-in (issue 17): every question `hipcheck check` puts at the terminal is
 * core's text, word for word, in the person's language (the web app reads the same catalogue).
 */
import { describe, expect, it } from "vitest";
import {
  CHECK_IN_QUESTIONS,
  INJURY_QUESTIONS,
  RED_FLAG_QUESTIONS,
  SELF_CHECK_QUESTIONS,
  SPORT_LABELS,
  isRedFlagQuestionAsked,
  type RedFlagAnswers,
} from "@hipcheck/core";
import type { Prompter } from "../prompter.js";
import { hipcheck, scriptedPrompter } from "../../test/kit.js";

/** Sam, 35, injured 2 days ago, with knee pain, who runs: the path on which every question is asked. */
function samScript(): unknown[] {
  const questions = Object.keys(RED_FLAG_QUESTIONS) as (keyof RedFlagAnswers)[];
  const asked = questions.filter((q) => isRedFlagQuestionAsked(q, { ageYears: 35, injured: true }));
  return [
    "Sam",
    35,
    "male",
    false,
    false,
    true,
    false, // self-check
    true, // injured
    2, // days ago
    false,
    false,
    false,
    false, // Ottawa signs
    ...asked.map(() => false),
    true, // knee pain now
    "right",
    ["around-kneecap"],
    ["stairs-down"],
    6, // weeks
    3,
    3,
    5, // pain now, usual, worst
    ["running"],
    3,
    40,
    ["sun"],
    ["mat"],
    ["mon", "thu"],
  ];
}

function recording(script: readonly unknown[]): { prompter: Prompter; asked: string[] } {
  const inner = scriptedPrompter(script);
  const asked: string[] = [];
  const prompter: Prompter = {
    confirm: (message) => {
      asked.push(message);
      return inner.confirm(message);
    },
    select: (message, choices) => {
      asked.push(message);
      return inner.select(message, choices);
    },
    checkbox: (message, choices, options) => {
      asked.push(message);
      return inner.checkbox(message, choices, options);
    },
    integer: (message, range) => {
      asked.push(message);
      return inner.integer(message, range);
    },
    text: (message, options) => {
      asked.push(message);
      return inner.text(message, options);
    },
  };
  return { prompter, asked };
}

describe("hipcheck check asks core's questions, word for word", () => {
  it.each(["en", "fr"] as const)("in %s", async (lang) => {
    const { prompter, asked } = recording(samScript());
    const run = await hipcheck(["check", "--lang", lang], { interactive: true, prompter });
    expect(run.code).toBe(0);
    const core = new Set(
      [CHECK_IN_QUESTIONS, SELF_CHECK_QUESTIONS, RED_FLAG_QUESTIONS, INJURY_QUESTIONS].flatMap((catalogue) =>
        Object.values(catalogue).map((text) => text[lang]),
      ),
    );
    const running = `${SPORT_LABELS.running[lang]} — `;
    for (const message of asked) {
      expect(core.has(message.startsWith(running) ? message.slice(running.length) : message), message).toBe(
        true,
      );
    }
    // Each question of the catalogue is asked (the safety questions' introduction is said, not asked).
    for (const [key, text] of Object.entries(CHECK_IN_QUESTIONS)) {
      const said = key === "redFlagsIntro" ? [run.stdout] : asked;
      expect(
        said.some((message) => message.includes(text[lang])),
        key,
      ).toBe(true);
    }
    for (const text of Object.values(INJURY_QUESTIONS)) expect(asked).toContain(text[lang]);
    for (const text of Object.values(SELF_CHECK_QUESTIONS)) expect(asked).toContain(text[lang]);
  });
});
