import { useTranslation } from "react-i18next";
import { formatDay } from "../../components/format-day.js";
import { currentLang } from "../../i18n/setup-i18n.js";
import type { HoldState } from "./use-held-program.js";

/**
 * A next-morning check-in still on the device, and what the rules will act on in it (decision 0611); once it is
 * sent while a session is held, that the session waits for the server's updated plan (decision 0681). Today, the
 * program page and the session player show the same card.
 */
export function WaitingCheckInCard({ hold }: { readonly hold: HoldState }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  if (hold.status !== "ready") return null;
  const { waiting } = hold;
  if (waiting === undefined) {
    if (!hold.awaitingServer) return null;
    return (
      <section className="card" role="status" data-testid="session-hold-awaiting-server">
        <p>{t("waitingCheckIn.awaitingServer")}</p>
      </section>
    );
  }
  const reason = waiting.reason;
  return (
    <section className="card" data-testid="session-waiting-check-in" data-reason={reason?.kind ?? "none"}>
      <h2>{t("waitingCheckIn.title")}</h2>
      <p>{t("waitingCheckIn.body", { date: formatDay(waiting.date, i18n.language) })}</p>
      {reason !== undefined && (
        <p role={reason.kind === "lighter" ? undefined : "alert"}>
          {reason.kind === "unknown"
            ? t("waitingCheckIn.unknown", { pain: reason.pain })
            : t("waitingCheckIn.reason", { reason: reason.text[lang] })}
        </p>
      )}
      {hold.held && <p>{t("waitingCheckIn.held")}</p>}
    </section>
  );
}
