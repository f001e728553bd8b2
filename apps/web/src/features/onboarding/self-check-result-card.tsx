import { evaluateSelfCheck } from "@hipcheck/core";
import type { SelfCheck } from "@hipcheck/core";
import { useTranslation } from "react-i18next";
import { currentLang } from "../../i18n/setup-i18n.js";

type Props = { readonly selfCheck: { readonly [K in keyof SelfCheck]: boolean | null } };

/** Seed 001's reading of the four answers, shown as soon as all four are given. */
export function SelfCheckResultCard({ selfCheck }: Props) {
  const { t, i18n } = useTranslation();
  const { sitsRegularly, hasBackPain, repetitiveExercise, doesHipBalanceWork } = selfCheck;
  if (
    sitsRegularly === null ||
    hasBackPain === null ||
    repetitiveExercise === null ||
    doesHipBalanceWork === null
  ) {
    return null;
  }
  const result = evaluateSelfCheck({ sitsRegularly, hasBackPain, repetitiveExercise, doesHipBalanceWork });
  return (
    <section
      className="card"
      aria-live="polite"
      data-testid="self-check-result"
      data-look-at-hips={result.lookAtHipBalance}
    >
      <h3>{t("selfCheckResult.title")}</h3>
      <p>{result.explanation[currentLang(i18n.language)]}</p>
    </section>
  );
}
