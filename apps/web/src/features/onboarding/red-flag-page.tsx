import type { RedFlagScreen } from "@hipcheck/core";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { formatDay } from "../../components/format-day.js";
import { usePageTitle } from "../../components/use-page-title.js";
import { currentLang } from "../../i18n/setup-i18n.js";
import { useLatestScreen, type StoredScreen } from "./use-latest-screen.js";

type ShownFlag = StoredScreen["flags"][number];

/** What the page shows of a screen: the check-in just sent (the core's), or the latest one the server recorded. */
type ShownScreen = Pick<StoredScreen, "tier" | "advice" | "selfManagementAllowed"> & {
  readonly flags: readonly ShownFlag[];
};

function ScreenAdvice({ screen, date }: { readonly screen: ShownScreen; readonly date: string | null }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  const tier = screen.tier;
  if (tier === "none") return null;
  // The overall advice already says whom to see for the most urgent sign; a less urgent sign says its own.
  const others = (flag: ShownFlag) => flag.tier !== tier;
  return (
    <>
      {date !== null && (
        <p data-testid="red-flag-date">
          {t("redFlag.fromCheckIn", { date: formatDay(date, i18n.language) })}
        </p>
      )}
      <div className={`card tier-${tier}`} role="alert" data-testid="red-flag-advice">
        <p>
          <strong>{t(`redFlag.${tier}`)}</strong>
        </p>
        <p>{screen.advice[lang]}</p>
        {tier === "emergency" && <p data-testid="emergency-numbers">{t("redFlag.emergencyNumbers")}</p>}
      </div>
      <h2>{t("redFlag.reasons")}</h2>
      <ul className="cards" data-testid="red-flag-list">
        {screen.flags.map((flag) => (
          <li key={flag.id} className={`card tier-${flag.tier}`}>
            <p>{flag.reason[lang]}</p>
            {others(flag) && (
              <p>{t("redFlag.whomAndWhen", { whom: flag.whoToSee[lang], when: flag.howSoon[lang] })}</p>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * Where the red-flag screen ends: whom to see and how soon, most urgent first, in plain words and never a
 * diagnosis. Emergency and urgent signs stop the program (docs/clinical §7.2); a "soon" sign lets
 * the person go on gently while booking an appointment. Opened later (from the program page, another device),
 * it shows the latest check-in's screen with its date.
 */
export function RedFlagPage() {
  const { t } = useTranslation();
  const sent = (useLocation().state as { screen?: RedFlagScreen } | null)?.screen;
  const latest = useLatestScreen();
  const shown: { readonly screen: ShownScreen; readonly date: string | null } | null =
    sent !== undefined
      ? { screen: sent, date: null }
      : latest.status === "known"
        ? { screen: latest.screen, date: latest.date }
        : null;
  // A sign that lets the program go on gently is not told "before exercising" (docs/clinical §7.2).
  const goesOn = shown !== null && shown.screen.tier !== "none" && shown.screen.selfManagementAllowed;
  const title = t(goesOn ? "redFlag.titleSoon" : "redFlag.title");
  usePageTitle(title);
  if (shown === null && latest.status === "loading") return <p role="status">{t("app.loading")}</p>;
  if (shown === null || shown.screen.tier === "none") {
    return (
      <article data-testid="red-flag-page">
        <h1>{t("redFlag.title")}</h1>
        <p>{t("redFlag.resume")}</p>
      </article>
    );
  }
  const { screen, date } = shown;
  return (
    <article data-testid="red-flag-page" data-tier={screen.tier}>
      <h1>{title}</h1>
      <p>{t(screen.selfManagementAllowed ? "redFlag.introSoon" : "redFlag.intro")}</p>
      <ScreenAdvice screen={screen} date={date} />
      <p>{t(goesOn ? "redFlag.resumeSoon" : "redFlag.resume")}</p>
      <div className="actions">
        {screen.selfManagementAllowed ? (
          <Link className="button" to="/program" data-testid="continue-to-program">
            {t("nav.program")}
          </Link>
        ) : (
          <Link className="button secondary" to="/check-in" data-testid="answer-again">
            {t("redFlag.answerAgain")}
          </Link>
        )}
      </div>
    </article>
  );
}
