/**
 * Sends the outbox to the server in the order entries were made. An item leaves the outbox only once the
 * server has it: on success, or on `conflict` (the server already holds that id, from an earlier attempt whose
 * answer was lost). A network failure stops the run and keeps the rest for the next one; any other refusal
 * is kept too, and reported, so nothing a person logged disappears silently.
 */
import type { LocalStore, OutboxItem } from "./local-store.js";

export type SendOutcome = "stored" | "already-stored" | "offline" | "refused";
export type SendItem = (item: OutboxItem) => Promise<SendOutcome>;

export type SyncReport = { readonly sent: number; readonly remaining: number; readonly refused: number };

export async function syncOutbox(store: LocalStore, send: SendItem): Promise<SyncReport> {
  let sent = 0;
  let refused = 0;
  let cursor = await store.transaction("outbox").store.openCursor();
  const queued: { key: number; item: OutboxItem }[] = [];
  while (cursor) {
    queued.push({ key: cursor.key, item: cursor.value });
    cursor = await cursor.continue();
  }
  for (const { key, item } of queued) {
    const outcome = await send(item);
    if (outcome === "offline") break;
    if (outcome === "refused") {
      refused += 1;
      continue;
    }
    await store.delete("outbox", key);
    sent += 1;
  }
  return { sent, remaining: await store.count("outbox"), refused };
}
