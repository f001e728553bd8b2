import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

/**
 * What the session player shows while the program is paused for a re-screen: no session, and where to read why.
 * Offline, a sharp rise still waiting to be sent holds the session the same way, saying so below (`children`).
 */
export function SessionPaused({ children }: { readonly children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <article data-testid="session-paused">
      <h1>{t("programStatus.pausedTitle")}</h1>
      <p>{t("programStatus.noStart")}</p>
      {children}
      <Link className="button" to="/">
        {t("today.title")}
      </Link>
    </article>
  );
}
