import { SELF_CHECK_QUESTIONS } from "@hipcheck/core";
import type { SelfCheck } from "@hipcheck/core";
import { useTranslation } from "react-i18next";
import { YesNoField } from "../../../components/yes-no-field.js";
import { currentLang } from "../../../i18n/setup-i18n.js";
import { SelfCheckResultCard } from "../self-check-result-card.js";
import type { StepProps } from "./step-props.js";

/** Step 2: seed 001's four questions, and its reading of them as soon as all four are answered. */
export function SelfCheckStep({ draft, update }: StepProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  return (
    <>
      <h2>{t("onboarding.selfCheckTitle")}</h2>
      <p>{t("onboarding.selfCheckIntro")}</p>
      {(Object.keys(SELF_CHECK_QUESTIONS) as (keyof SelfCheck)[]).map((key) => (
        <YesNoField
          key={key}
          question={SELF_CHECK_QUESTIONS[key][lang]}
          value={draft.selfCheck[key]}
          onChange={(v) => {
            update((d) => (d.selfCheck[key] = v));
          }}
          testId={`self-check-${key}`}
        />
      ))}
      <SelfCheckResultCard selfCheck={draft.selfCheck} />
    </>
  );
}
