import { CHECK_IN_QUESTIONS, SEX_LABELS, SEX_UNSAID_LABEL, type Lang } from "@hipcheck/core";
import i18next from "i18next";
import { createElement, type FunctionComponent } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { describe, expect, it } from "vitest";
import { messagesEn } from "../../../i18n/messages-en.js";
import { messagesFr } from "../../../i18n/messages-fr.js";
import { emptyDraft, type AnswersDraft } from "../answers-draft.js";
import { AboutStep } from "./about-step.js";
import { ActivitiesStep } from "./activities-step.js";
import { SafetyStep } from "./safety-step.js";
import type { StepProps } from "./step-props.js";
import { SymptomsStep } from "./symptoms-step.js";

/** A draft that opens every question of every step: pain in the left knee, an injury, one sport. */
function everythingOpen(): AnswersDraft {
  const draft = emptyDraft();
  draft.ageYears = 41;
  draft.hasPain = true;
  draft.injured = true;
  draft.activities.running = { sport: "running", sessionsPerWeek: 2, minutesPerSession: 45, hardDays: [] };
  return draft;
}

const ENTITIES: Readonly<Record<string, string>> = {
  "&#x27;": "'",
  "&quot;": '"',
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
};

/** The words a person reads on a step, as the page shows them in `lang`. */
async function wordsOf(step: FunctionComponent<StepProps>, lang: Lang): Promise<string> {
  const i18n = i18next.createInstance();
  await i18n.use(initReactI18next).init({
    lng: lang,
    fallbackLng: "en",
    resources: { en: { translation: messagesEn }, fr: { translation: messagesFr } },
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
  const props: StepProps = { draft: everythingOpen(), update: () => undefined };
  const markup = renderToStaticMarkup(createElement(I18nextProvider, { i18n }, createElement(step, props)));
  return markup
    .replace(/<[^>]*>/g, "\n")
    .replace(/&#x27;|&quot;|&amp;|&lt;|&gt;/g, (entity) => ENTITIES[entity]!);
}

type QuestionKey = keyof typeof CHECK_IN_QUESTIONS;

const STEPS: readonly (readonly [string, FunctionComponent<StepProps>, readonly QuestionKey[]])[] = [
  ["about", AboutStep, ["ageYears", "sex"]],
  [
    "symptoms",
    SymptomsStep,
    ["hasPain", "knee", "locations", "aggravators", "durationWeeks", "painNow", "painUsual", "painWorst"],
  ],
  ["safety", SafetyStep, ["redFlagsIntro", "injured", "injuryDaysAgo"]],
  [
    "activities",
    ActivitiesStep,
    ["sports", "sessionsPerWeek", "minutesPerSession", "hardDays", "equipment", "availableDays"],
  ],
];

describe.each(["en", "fr"] as const)("the web check-in in %s", (lang) => {
  it.each(STEPS)("words the %s step's questions as core does", async (_name, step, keys) => {
    // A rating's label is followed by the language's colon and its value.
    const lines = (await wordsOf(step, lang)).split("\n").map((line) => line.trim().replace(/\s*:$/, ""));
    for (const key of keys) expect(lines, key).toContain(CHECK_IN_QUESTIONS[key][lang]);
  });

  it("offers the sexes in core's words, and leaving it unsaid", async () => {
    const lines = (await wordsOf(AboutStep, lang)).split("\n");
    expect(lines).toEqual(
      expect.arrayContaining([
        SEX_UNSAID_LABEL[lang],
        ...Object.values(SEX_LABELS).map((label) => label[lang]),
      ]),
    );
  });
});

describe("the web check-in's steps together", () => {
  it("ask every question core words for the check-in, but the first name the terminal alone asks", () => {
    const asked = new Set(STEPS.flatMap(([, , keys]) => keys));
    const unasked = (Object.keys(CHECK_IN_QUESTIONS) as QuestionKey[]).filter((key) => !asked.has(key));
    expect(unasked).toEqual(["name"]);
  });
});
