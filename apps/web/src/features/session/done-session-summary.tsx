import { findExercise } from "@hipcheck/core";
import type { PlannedSession, Program, ProgramRevision, SessionLog } from "@hipcheck/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { todayIso } from "../../app/today.js";
import { formatDay } from "../../components/format-day.js";
import { currentLang } from "../../i18n/setup-i18n.js";
import { ProgramChanges } from "../program/program-changes.js";
import { changesCausedBy, mayRepeat } from "./done-session.js";

/**
 * A planned session already done, opened again from the calendar or Today: what was done, the pain, and what it
 * changed in the program. "Do it again" is offered only where the program allows it (`mayRepeat`).
 */
export function DoneSessionSummary({
  program,
  session,
  log,
  logs,
  revisions,
  onAgain,
}: {
  readonly program: Program;
  readonly session: PlannedSession;
  readonly log: SessionLog;
  readonly logs: readonly SessionLog[];
  readonly revisions: readonly ProgramRevision[];
  readonly onAgain: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  const nameOf = (id: string) => findExercise(id)?.name[lang] ?? id;
  const highestPain = Math.max(0, ...log.entries.map((entry) => entry.painDuring));
  const changes = changesCausedBy(log, logs, revisions);
  const repeat = mayRepeat(program, logs, todayIso());
  return (
    <article data-testid="done-session">
      <h1>{t("player.doneTitle")}</h1>
      <p className="ok" role="status">
        {t("player.doneOn", { date: formatDay(log.date, i18n.language) })}
      </p>
      <section className="card" data-testid="done-summary">
        <h2>{t("player.doneWhat")}</h2>
        <ul>
          {log.entries.map((entry, n) => (
            <li key={`${entry.exerciseId}-${String(n)}`} data-testid="done-entry">
              {t("player.doneEntry", {
                name: nameOf(entry.exerciseId),
                sets: entry.sets.length,
                pain: entry.painDuring,
              })}
            </li>
          ))}
        </ul>
        <p data-testid="done-pain">{t("sessionLoop.summaryPain", { pain: highestPain })}</p>
        {/* Rated before saving, when the person chose to (decision 0613): shown as on the summary after saving. */}
        {log.painAfter !== undefined && (
          <p data-testid="done-pain-after">{t("painAfter.summary", { pain: log.painAfter })}</p>
        )}
        <p className="muted">{t("player.donePlanned", { n: session.exercises.length })}</p>
      </section>
      {changes.length === 0 ? (
        <p data-testid="no-program-change">{t("sessionLoop.noChange")}</p>
      ) : (
        <ProgramChanges revisions={changes} />
      )}
      {repeat.kind === "allowed" ? (
        <p>
          <button type="button" className="secondary" onClick={onAgain} data-testid="do-again">
            {t("player.doAgain")}
          </button>
        </p>
      ) : (
        <p className="muted" data-testid="no-repeat">
          {repeat.kind === "paused"
            ? t("player.noRepeatPaused")
            : t("player.noRepeatTooSoon", { date: formatDay(repeat.lastDate, i18n.language) })}
        </p>
      )}
      <p>
        <Link to="/program">{t("nav.program")}</Link> · <Link to="/progress">{t("nav.progress")}</Link>
      </p>
    </article>
  );
}
