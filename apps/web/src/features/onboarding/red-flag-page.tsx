import type { RedFlagScreen } from "@hipcheck/core";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { currentLang } from "../../i18n/setup-i18n.js";
import { usePageTitle } from "../../components/use-page-title.js";

/**
 * Where the red-flag screen ends: whom to see and how soon, most urgent first, in plain words and never a
 * diagnosis. Emergency and urgent signs stop the program (clinical research notes §7.2); a "soon" sign lets
 * the person go on gently while booking an appointment.
 */
export function RedFlagPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t("redFlag.title"));
  const lang = currentLang(i18n.language);
  const screen = (useLocation().state as { screen?: RedFlagScreen } | null)?.screen;
  if (screen === undefined || screen.tier === "none") {
    return (
      <article data-testid="red-flag-page">
        <h1>{t("redFlag.title")}</h1>
        <p>{t("redFlag.resume")}</p>
      </article>
    );
  }
  return (
    <article data-testid="red-flag-page" data-tier={screen.tier}>
      <h1>{t("redFlag.title")}</h1>
      <p>{t("redFlag.intro")}</p>
      <p className={`card tier-${screen.tier}`} role="alert" data-testid="red-flag-advice">
        <strong>{t(`redFlag.${screen.tier}`)}</strong>
        <br />
        {screen.advice[lang]}
      </p>
      <h2>{t("redFlag.reasons")}</h2>
      <ul className="cards" data-testid="red-flag-list">
        {screen.flags.map((flag) => (
          <li key={flag.id} className={`card tier-${flag.tier}`}>
            <p>{flag.reason[lang]}</p>
            <p>
              <strong>{flag.whoToSee[lang]}</strong> — {flag.howSoon[lang]}
            </p>
          </li>
        ))}
      </ul>
      <p>{t("redFlag.resume")}</p>
      {screen.selfManagementAllowed && (
        <Link className="button" to="/program" data-testid="continue-to-program">
          {t("nav.program")}
        </Link>
      )}
    </article>
  );
}
