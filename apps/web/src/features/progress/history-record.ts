/**
 * What a history view shows: the server's record merged with what this device holds and has not sent yet. Each
 * list the server could not be asked for (no connection: status 0) keeps what it last answered for the same person,
 * so going offline never empties a client's charts on a coach's phone; a list the server refused is left empty.
 */
import type { ApiError } from "@hipcheck/contracts";
import type { Result } from "@hipcheck/core";
import type { LocalHistory } from "../../offline/local-store.js";

export const EMPTY_HISTORY: LocalHistory = {
  logs: [],
  checkIns: [],
  painEntries: [],
  psfsEntries: [],
  strengthChecks: [],
};

/** The server's answer for each list of a history, as the routes give them. */
export type HistoryAnswers = {
  readonly [K in keyof LocalHistory]: Result<LocalHistory[K], ApiError>;
};

/** The server's record from its answers, each unreachable list taken from `before` (its last answer). */
export function serverRecordOf(answers: HistoryAnswers, before: LocalHistory): LocalHistory {
  const listOf = <K extends keyof LocalHistory>(key: K): LocalHistory[K] => {
    const answer = answers[key];
    if (answer.ok) return answer.value;
    return answer.error.status === 0 ? before[key] : EMPTY_HISTORY[key];
  };
  return {
    logs: listOf("logs"),
    checkIns: listOf("checkIns"),
    painEntries: listOf("painEntries"),
    psfsEntries: listOf("psfsEntries"),
    strengthChecks: listOf("strengthChecks"),
  };
}

function mergeById<T>(server: readonly T[], local: readonly T[], keyOf: (item: T) => string): T[] {
  const byKey = new Map(server.map((item) => [keyOf(item), item]));
  for (const item of local) if (!byKey.has(keyOf(item))) byKey.set(keyOf(item), item);
  return [...byKey.values()];
}

/** The server's record with the device's unsent entries; an entry the server has already is shown once, as stored. */
export function mergeHistory(server: LocalHistory, local: LocalHistory): LocalHistory {
  return {
    logs: mergeById(server.logs, local.logs, (log) => log.id),
    checkIns: mergeById(server.checkIns, local.checkIns, (entry) => entry.date),
    painEntries: mergeById(server.painEntries, local.painEntries, (entry) => entry.date),
    psfsEntries: mergeById(server.psfsEntries, local.psfsEntries, (entry) => entry.date),
    strengthChecks: mergeById(server.strengthChecks, local.strengthChecks, (entry) => entry.id),
  };
}
