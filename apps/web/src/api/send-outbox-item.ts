import type { ApiError, ApiErrorKind } from "@hipcheck/contracts";
import type { Result } from "@hipcheck/core";
import type { OutboxItem } from "../offline/local-store.js";
import type { SendOutcome } from "../offline/sync-outbox.js";
import type { ApiCall } from "./api-client.js";

/**
 * Refusals about the moment, not the entry: signed out (the entry waits for the next sign-in), too many requests,
 * the server unavailable. The entry is sent again on the next run (decision 0582).
 */
const LATER_KINDS: ReadonlySet<ApiErrorKind> = new Set<ApiErrorKind>([
  "unauthenticated",
  "rate-limited",
  "unavailable",
]);

/**
 * Sends one queued entry to its route. Session logs, pain, PSFS entries and strength checks (a person's own, or a
 * coach's clinic reading for a client) carry their client-made id and the server stores a repeat once; morning
 * check-ins are one per day, a repeat replaces the first.
 */
export async function sendOutboxItem(call: ApiCall, item: OutboxItem): Promise<SendOutcome> {
  const result: Result<unknown, ApiError> = await (() => {
    switch (item.kind) {
      case "session-log":
        return call("logSession", { body: item.payload });
      case "check-in":
        return call("recordMorningCheckIn", { body: item.payload });
      case "pain":
        return call("recordPain", { body: { ...item.payload, id: item.id } });
      case "psfs":
        return call("recordPsfs", { body: { ...item.payload, id: item.id } });
      case "strength":
        return call("recordStrengthCheck", { body: { id: item.id, check: item.payload.check } });
      case "clinic-reading":
        return call("recordStrengthCheck", {
          body: { id: item.id, personId: item.payload.personId, check: item.payload.check },
        });
    }
  })();
  if (result.ok) return "stored";
  if (result.error.status === 0) return "offline";
  if (result.error.kind === "conflict") return "already-stored";
  return LATER_KINDS.has(result.error.kind) || result.error.status >= 500
    ? "try-later"
    : { refused: result.error };
}
