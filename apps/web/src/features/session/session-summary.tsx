import { useState } from "react";
import { err, findExercise, ok } from "@hipcheck/core";
import type { PlannedSession, ProgramRevision } from "@hipcheck/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useResource } from "../../api/use-resource.js";
import { useAppContext } from "../../app/app-context.js";
import { ResourceStatus } from "../../components/resource-status.js";
import { currentLang } from "../../i18n/setup-i18n.js";
import { ProgramChanges } from "../program/program-changes.js";
import { fetchProgramSnapshot } from "../program/use-program.js";
import { painAfterCut } from "./pain-after.js";
import { sessionLogOf } from "./session-draft.js";
import type { SessionDraft } from "./session-draft.js";

/**
 * The end of a session: what was done, the highest pain, and what the program's rules changed because of it,
 * with their reasons (the server revises when the log reaches it; offline, the person reads that it will).
 */
export function SessionSummary({
  draft,
  session,
}: {
  readonly draft: SessionDraft;
  readonly session: PlannedSession;
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  const { call, store, sync } = useAppContext();
  // The log is sent by a sync run that ends after this summary appears: only then can the program have changed.
  const [roundsAtSave] = useState(sync.rounds);
  const sent = sync.pending === 0 && sync.rounds > roundsAtSave;
  const changes = useResource<readonly ProgramRevision[]>(sent ? draft.programId : null, async () => {
    const fresh = await fetchProgramSnapshot(call, store);
    if (fresh === undefined) {
      return err({ kind: "internal", message: "The program could not be read from the server.", status: 0 });
    }
    return ok(
      fresh === null || fresh.programId !== draft.programId
        ? []
        : fresh.revisions.filter((revision) => revision.revision > draft.revisionAtStart),
    );
  });

  const log = sessionLogOf(draft, session);
  const exercisesDone = new Set(
    session.exercises
      .filter((_, n) => (draft.slots[n]?.sets.length ?? 0) > 0)
      .map((planned) => planned.exerciseId),
  );
  const setsDone = log.entries.reduce((sum, entry) => sum + entry.sets.length, 0);
  const highestPain = Math.max(0, ...log.entries.map((entry) => entry.painDuring));
  const stopped = draft.slots.flatMap((slot) => slot.stopped.map((attempt) => attempt.exerciseId));
  const nameOf = (id: string) => findExercise(id)?.name[lang] ?? id;
  // Waiting in the outbox: what the rules will do; sent: what they did, once the program is read again.
  const cut =
    sync.pending > 0
      ? painAfterCut(log, null)
      : changes.status === "ready"
        ? painAfterCut(log, changes.value)
        : undefined;
  return (
    <article data-testid="session-saved">
      <h1>{t("sessionLoop.summaryTitle")}</h1>
      <p className="ok" role="status" data-testid="session-sync" data-sent={sent}>
        {t(sent ? "session.savedSent" : "session.saved")}
      </p>
      <section className="card" data-testid="session-summary">
        <ul>
          <li data-testid="summary-exercises">
            {t("sessionLoop.summaryExercises", { n: exercisesDone.size, total: session.exercises.length })}
          </li>
          <li data-testid="summary-sets" data-sets={setsDone}>
            {t("sessionLoop.summarySets", { n: setsDone })}
          </li>
          <li data-testid="summary-pain">{t("sessionLoop.summaryPain", { pain: highestPain })}</li>
          {log.painAfter !== undefined && (
            <li data-testid="summary-pain-after">{t("painAfter.summary", { pain: log.painAfter })}</li>
          )}
          {stopped.length > 0 && (
            <li data-testid="summary-stopped">
              {t("sessionLoop.summaryStopped", { names: [...new Set(stopped)].map(nameOf).join(", ") })}
            </li>
          )}
        </ul>
      </section>
      {cut !== undefined && (
        <section className="card warning" aria-labelledby="pain-after-cut-title" data-testid="pain-after-cut">
          <h2 id="pain-after-cut-title">{t("painAfter.cutTitle")}</h2>
          <p data-testid="pain-after-cut-reason">
            <strong>{cut.kind === "revised" ? cut.revision.reason[lang] : cut.reason[lang]}</strong>
          </p>
          {cut.kind === "pending" && <p className="muted">{t("painAfter.cutPending")}</p>}
        </section>
      )}
      {sync.pending > 0 ? (
        <p className="muted" data-testid="changes-pending">
          {t("sessionLoop.changesPending")}
        </p>
      ) : changes.status !== "ready" ? (
        <ResourceStatus resource={changes} />
      ) : changes.value.length === 0 ? (
        <p data-testid="no-program-change">{t("sessionLoop.noChange")}</p>
      ) : (
        <ProgramChanges revisions={changes.value} />
      )}
      <section className="card">
        <h2>{t("session.morningTitle")}</h2>
        <p>{t("session.morningPrompt")}</p>
        <Link className="button" to="/morning">
          {t("session.morningOpen")}
        </Link>
      </section>
      <p>
        <Link to="/program">{t("nav.program")}</Link> · <Link to="/progress">{t("nav.progress")}</Link>
      </p>
    </article>
  );
}
