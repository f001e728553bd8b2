/**
 * Sends the outbox to the server in the order entries were made. An item leaves the outbox only once the
 * server has it: on success, or on `conflict` (the server already holds that id, from an earlier attempt whose
 * answer was lost). A network failure, or an answer that says "later" (signed out, too many requests, the server
 * unavailable), stops the run and keeps the rest for the next one. A refusal of the entry itself (a value the
 * server rejects, a link that ended) is kept with the server's reason and not sent again until the person corrects
 * it or asks for it to be sent again (`refused-entries.ts`, decision 0582), so nothing a person logged disappears
 * silently and nothing is retried for ever.
 */
import type { ApiError } from "@hipcheck/contracts";
import type { LocalStore, OutboxItem } from "./local-store.js";

export type SendOutcome =
  | "stored"
  | "already-stored"
  | "offline"
  /** The server cannot take it now, whatever the entry (signed out, rate limited, unavailable). */
  | "try-later"
  /** The server refused the entry itself, with its reason. */
  | { readonly refused: ApiError };
export type SendItem = (item: OutboxItem) => Promise<SendOutcome>;

export type SyncReport = {
  readonly sent: number;
  /** Items still in the outbox, refused ones included. */
  readonly remaining: number;
  /** Items kept with a refusal, waiting for the person. */
  readonly refused: number;
};

export async function syncOutbox(store: LocalStore, send: SendItem): Promise<SyncReport> {
  let sent = 0;
  let cursor = await store.transaction("outbox").store.openCursor();
  const queued: { key: number; item: OutboxItem }[] = [];
  while (cursor) {
    queued.push({ key: cursor.key, item: cursor.value });
    cursor = await cursor.continue();
  }
  for (const { key, item } of queued) {
    // Refused already: waits for the person, not for the next run.
    if (item.refusal !== undefined) continue;
    const outcome = await send(item);
    if (outcome === "offline" || outcome === "try-later") break;
    if (typeof outcome === "object") {
      await store.put("outbox", { ...item, refusal: outcome.refused }, key);
      continue;
    }
    await store.delete("outbox", key);
    sent += 1;
  }
  const left = await store.getAll("outbox");
  return {
    sent,
    remaining: left.length,
    refused: left.filter((item) => item.refusal !== undefined).length,
  };
}
