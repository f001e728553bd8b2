import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDay } from "../../components/format-day.js";
import { currentLang } from "../../i18n/setup-i18n.js";
import type { StoredScreen } from "../onboarding/use-latest-screen.js";

/** A later check-in's sign that needs a clinician stops the program, whatever plan is stored: this says so. */
export function ProgramStopped({ date, screen }: { readonly date: string; readonly screen: StoredScreen }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  return (
    <>
      <div className={`card tier-${screen.tier}`} role="alert" data-testid="program-stopped">
        <p>
          <strong>{t("program.stopped", { date: formatDay(date, i18n.language) })}</strong>
        </p>
        <p>{screen.advice[lang]}</p>
      </div>
      <div className="actions">
        <Link className="button" to="/see-a-clinician" data-testid="see-advice">
          {t("program.seeAdvice")}
        </Link>
        <Link className="button secondary" to="/check-in">
          {t("redFlag.answerAgain")}
        </Link>
      </div>
    </>
  );
}
