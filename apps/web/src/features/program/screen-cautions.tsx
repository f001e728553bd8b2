import { isRedFlagQuestionAsked, screenRedFlags } from "@hipcheck/core";
import type { Answers } from "@hipcheck/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useAppContext } from "../../app/app-context.js";
import { currentLang } from "../../i18n/setup-i18n.js";
import { startCheckInAgain } from "../onboarding/check-in/start-again.js";

/** The safety questions the latest answers never asked this person (answers from an older check-in). */
function questionsNeverAsked(answers: Answers): readonly string[] {
  const person = { ageYears: answers.person.ageYears, injured: answers.injury !== null };
  return (answers.redFlagsNotAsked ?? []).filter((question) => isRedFlagQuestionAsked(question, person));
}

/**
 * The screen's cautions beside a program (core's `cautions`, decisions 0171 and 0173): a teenager's, with growing
 * bones; and, for answers older than today's safety questions, the request to answer them, with the way to do it
 * (the check-in opened at the safety questions, the rest filled in from those answers). Worked out from the latest
 * answers, so screens stored before the cautions existed show them too.
 */
export function ScreenCautions({ answers }: { readonly answers: Answers | undefined }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  const { call, store } = useAppContext();
  const navigate = useNavigate();
  const [opening, setOpening] = useState(false);
  if (answers === undefined) return null;
  const screen = screenRedFlags(answers);
  // While a sign stops the program, its advice is what the page shows (ProgramStopped).
  if (!screen.selfManagementAllowed || screen.cautions.length === 0) return null;
  const askAgain = questionsNeverAsked(answers).length > 0;
  async function answerNewQuestions(known: Answers) {
    setOpening(true);
    void navigate(await startCheckInAgain(call, store, "new-questions", known));
  }
  return (
    <section className="card" aria-labelledby="cautions-title" data-testid="screen-cautions">
      <h2 id="cautions-title">{t("programStatus.cautionsTitle")}</h2>
      <ul>
        {screen.cautions.map((caution) => (
          <li key={caution.en} data-testid="screen-caution">
            {caution[lang]}
          </li>
        ))}
      </ul>
      {askAgain && (
        <button
          type="button"
          disabled={opening}
          aria-busy={opening}
          onClick={() => void answerNewQuestions(answers)}
          data-testid="answer-new-questions"
        >
          {t("programStatus.answerNewQuestions")}
        </button>
      )}
    </section>
  );
}
