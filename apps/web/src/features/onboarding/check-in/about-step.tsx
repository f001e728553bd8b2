import { CHECK_IN_QUESTIONS, SEX_LABELS, SEX_UNSAID_LABEL } from "@hipcheck/core";
import { useTranslation } from "react-i18next";
import { currentLang } from "../../../i18n/setup-i18n.js";
import type { AnswersDraft } from "../answers-draft.js";
import type { StepProps } from "./step-props.js";

/** Step 1: age (which decides the age-specific safety questions) and, optionally, sex. */
export function AboutStep({ draft, update }: StepProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  return (
    <>
      <h2>{t("onboarding.aboutTitle")}</h2>
      <label>
        {CHECK_IN_QUESTIONS.ageYears[lang]}
        <input
          type="number"
          min={5}
          max={120}
          required
          value={draft.ageYears ?? ""}
          onChange={(e) => {
            update((d) => (d.ageYears = e.target.value === "" ? null : Number(e.target.value)));
          }}
          data-testid="age"
        />
      </label>
      <label>
        {CHECK_IN_QUESTIONS.sex[lang]}
        <select
          value={draft.sex ?? ""}
          onChange={(e) => {
            update((d) => (d.sex = e.target.value === "" ? null : (e.target.value as AnswersDraft["sex"])));
          }}
          data-testid="sex"
        >
          <option value="">{SEX_UNSAID_LABEL[lang]}</option>
          <option value="female">{SEX_LABELS.female[lang]}</option>
          <option value="male">{SEX_LABELS.male[lang]}</option>
          <option value="other">{SEX_LABELS.other[lang]}</option>
        </select>
      </label>
    </>
  );
}
