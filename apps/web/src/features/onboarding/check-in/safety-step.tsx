import { CHECK_IN_QUESTIONS, INJURY_QUESTIONS, RED_FLAG_QUESTIONS } from "@hipcheck/core";
import { useTranslation } from "react-i18next";
import { YesNoField } from "../../../components/yes-no-field.js";
import { currentLang } from "../../../i18n/setup-i18n.js";
import { answerNoneApply, noneApply, safetyQuestionKeys } from "../answers-draft.js";
import type { StepProps } from "./step-props.js";

/**
 * Step 4: the warning signs, none answered in advance. After the whole list, one explicit "none of these apply to
 * me" answers every question no; unticking it clears them again. Questions for another age are not asked. The
 * injury question comes first: some questions are about an injury, and the injury's own questions follow the list.
 */
export function SafetyStep({ draft, update }: StepProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  const asked = safetyQuestionKeys(draft);
  return (
    <>
      <h2>{t("onboarding.redFlagsTitle")}</h2>
      <p>{CHECK_IN_QUESTIONS.redFlagsIntro[lang]}</p>
      <YesNoField
        question={CHECK_IN_QUESTIONS.injured[lang]}
        value={draft.injured}
        onChange={(v) => {
          update((d) => (d.injured = v));
        }}
        testId="injured"
      />
      {asked.map((key) => (
        <YesNoField
          key={key}
          question={RED_FLAG_QUESTIONS[key][lang]}
          value={draft.redFlags[key]}
          onChange={(v) => {
            update((d) => (d.redFlags[key] = v));
          }}
          testId={`red-flag-${key}`}
        />
      ))}
      <label className="none-apply">
        <input
          type="checkbox"
          checked={noneApply(draft)}
          onChange={(e) => {
            update((d) => {
              if (e.target.checked) answerNoneApply(d);
              else for (const key of asked) d.redFlags[key] = null;
            });
          }}
          data-testid="none-apply"
        />
        {t("checkIn.noneApply")}
      </label>
      {draft.injured === true && (
        <>
          <label>
            {CHECK_IN_QUESTIONS.injuryDaysAgo[lang]}
            <input
              type="number"
              min={0}
              max={3650}
              value={draft.injury.daysAgo}
              onChange={(e) => {
                update((d) => (d.injury.daysAgo = Number(e.target.value)));
              }}
              data-testid="injury-days"
            />
          </label>
          {(Object.keys(INJURY_QUESTIONS) as (keyof typeof INJURY_QUESTIONS)[]).map((key) => (
            <YesNoField
              key={key}
              question={INJURY_QUESTIONS[key][lang]}
              value={draft.injury[key]}
              onChange={(v) => {
                update((d) => (d.injury[key] = v));
              }}
              testId={`injury-${key}`}
            />
          ))}
        </>
      )}
    </>
  );
}
