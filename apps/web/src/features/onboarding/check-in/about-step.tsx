import { useTranslation } from "react-i18next";
import type { AnswersDraft } from "../answers-draft.js";
import type { StepProps } from "./step-props.js";

/** Step 1: age (which decides the age-specific safety questions) and, optionally, sex. */
export function AboutStep({ draft, update }: StepProps) {
  const { t } = useTranslation();
  return (
    <>
      <h2>{t("onboarding.aboutTitle")}</h2>
      <label>
        {t("onboarding.age")}
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
        {t("onboarding.sex")}
        <select
          value={draft.sex ?? ""}
          onChange={(e) => {
            update((d) => (d.sex = e.target.value === "" ? null : (e.target.value as AnswersDraft["sex"])));
          }}
          data-testid="sex"
        >
          <option value="">{t("onboarding.sexUnsaid")}</option>
          <option value="female">{t("onboarding.sexFemale")}</option>
          <option value="male">{t("onboarding.sexMale")}</option>
          <option value="other">{t("onboarding.sexOther")}</option>
        </select>
      </label>
    </>
  );
}
