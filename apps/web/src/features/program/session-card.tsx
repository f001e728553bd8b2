import type { PlannedSession, ProgramRevision, SessionStatus } from "@hipcheck/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDay } from "../../components/format-day.js";
import { PlannedExerciseList } from "./planned-exercise-list.js";

/**
 * One planned session as Today and the program page show it: its kind and day, length, exercises with their
 * doses, and then "done", the way to start it, or why it cannot start (the program is paused for a re-screen). A
 * session saved before its end says so, and can still be started (decision 0810).
 */
export function SessionCard({
  session,
  status,
  startable,
  paused,
  revisions,
}: {
  readonly session: PlannedSession;
  readonly status: SessionStatus;
  /** Whether this page offers to start it (Today: only on its day; the program page: any session ahead). */
  readonly startable: boolean;
  readonly paused: boolean;
  /** The program's revisions: an exercise one of them swapped in says why. */
  readonly revisions: readonly ProgramRevision[];
}) {
  const { t, i18n } = useTranslation();
  const done = status === "done";
  return (
    <section
      className={`card ${done ? "done" : ""}`}
      data-testid={`session-${session.id}`}
      data-done={done}
      data-status={status}
    >
      <h3 data-testid="session-title" data-session-id={session.id}>
        {session.kind === "strength" ? t("program.strength") : t("program.warmUp")} —{" "}
        {formatDay(session.date, i18n.language)}
      </h3>
      <p className="muted">{t("program.minutes", { n: session.estimatedMinutes })}</p>
      <PlannedExerciseList exercises={session.exercises} revisions={revisions} />
      {status === "partly-done" && (
        <p className="muted" data-testid={`partly-done-${session.id}`}>
          <strong>{t("sessionStatus.partlyDone")}</strong>
          {t("app.colon")}
          {t("sessionStatus.partlyDoneWhy")}
        </p>
      )}
      {done ? (
        <p className="done-mark" data-testid={`done-${session.id}`}>
          {t("today.sessionDone")}
        </p>
      ) : paused ? (
        <p className="muted" data-testid={`paused-${session.id}`}>
          {t("programStatus.noStart")}
        </p>
      ) : (
        startable && (
          <Link className="button" to={`/session/${session.id}`} data-testid={`start-${session.id}`}>
            {t("program.start")}
          </Link>
        )
      )}
    </section>
  );
}
