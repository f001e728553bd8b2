import { useTranslation } from "react-i18next";
import { formatDay } from "../../components/format-day.js";
import type { LocalHistory } from "../../offline/local-store.js";

/**
 * The client's sessions and next-morning check-ins, newest first, as the coach reviews them. A session saved before
 * its end reads "partly done" (decision 0810).
 */
export function ClientActivity({ history }: { readonly history: LocalHistory }) {
  const { t, i18n } = useTranslation();
  const logs = [...history.logs].sort((a, b) => b.date.localeCompare(a.date));
  const checkIns = [...history.checkIns].sort((a, b) => b.date.localeCompare(a.date));
  return (
    <div className="cards" data-testid="client-activity">
      <section className="card">
        <h2>{t("coach.sessions")}</h2>
        {logs.length === 0 ? (
          <p>{t("progress.noData")}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{t("coach.date")}</th>
                <th scope="col">{t("sessionStatus.finished")}</th>
                <th scope="col">{t("coach.exercisesDone")}</th>
                <th scope="col">{t("coach.maxPain")}</th>
              </tr>
            </thead>
            <tbody>
              {logs.map((log) => (
                <tr key={log.id}>
                  <th scope="row">{formatDay(log.date, i18n.language)}</th>
                  <td data-testid="client-session-finished">
                    {log.completed ? t("app.yes") : t("sessionStatus.partlyDone")}
                  </td>
                  <td>{log.entries.length}</td>
                  <td>{Math.max(0, ...log.entries.map((entry) => entry.painDuring))}/10</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className="card">
        <h2>{t("session.morningTitle")}</h2>
        {checkIns.length === 0 ? (
          <p>{t("progress.noData")}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{t("coach.date")}</th>
                <th scope="col">{t("session.morningPain")}</th>
                <th scope="col">{t("coachViews.morningSettled")}</th>
              </tr>
            </thead>
            <tbody>
              {checkIns.map((checkIn) => (
                <tr key={checkIn.date}>
                  <th scope="row">{formatDay(checkIn.date, i18n.language)}</th>
                  <td>{checkIn.pain}/10</td>
                  <td>{checkIn.settled ? t("app.yes") : t("app.no")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
