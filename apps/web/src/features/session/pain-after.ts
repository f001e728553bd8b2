/**
 * Pain in the knee right after a session, asked before the log is saved (decision 0560). Up to 5/10 is
 * acceptable; above it the rules make the next session's loaded exercises about a quarter smaller, an ordinary
 * reduction and not a stop (docs/clinical §5.4, "Numbers to encode" #24; decision 0550). What the person reads
 * about it is the rules' own sentence: the revision the server made, or, until the log reaches it, the sentence
 * the revision will start with.
 */
import { painAfter, whyStepBack } from "@hipcheck/core";
import type { Localized, PlannedSession, ProgramRevision, SessionLog } from "@hipcheck/core";
import { recordEntry } from "../../offline/local-store.js";
import type { LocalStore } from "../../offline/local-store.js";
import { sessionLogOf } from "./session-draft.js";
import type { SessionDraft } from "./session-draft.js";

/**
 * The finish step: the log of the draft, pain right after included, written on the device and queued for the
 * server in one transaction, so it is sent with the rest when the network is back.
 */
export async function queueSessionLog(
  store: LocalStore,
  draft: SessionDraft,
  session: PlannedSession,
  completed: boolean = true,
): Promise<SessionLog> {
  const log = sessionLogOf(draft, session, completed);
  await recordEntry(store, { id: log.id, kind: "session-log", payload: log });
  return log;
}

export type PainAfterCut =
  /** The log has not reached the server yet: why the rules will act, in their words. */
  | { readonly kind: "pending"; readonly reason: Localized }
  /** The revision the server made because of it. */
  | { readonly kind: "revised"; readonly revision: ProgramRevision };

/**
 * What follows pain above 5/10 right after this session: nothing at or below the line. `revisions` are the
 * program's revisions since the session started, or null while the log waits to be sent; once sent, the cut is
 * the rules' revision that names this pain (none when nothing loaded was left to reduce).
 */
export function painAfterCut(
  log: SessionLog,
  revisions: readonly ProgramRevision[] | null,
): PainAfterCut | undefined {
  const signal = painAfter(log);
  if (signal === undefined) return undefined;
  const reason = whyStepBack(signal, { en: "", fr: "" });
  if (revisions === null) return { kind: "pending", reason: { en: `${reason.en}.`, fr: `${reason.fr}.` } };
  const revision = revisions.find(
    (candidate) => candidate.changedBy === "rules" && candidate.reason.en.includes(reason.en),
  );
  return revision === undefined ? undefined : { kind: "revised", revision };
}
