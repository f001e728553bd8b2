/**
 * Entries the server refused at sync, kept on the device for the person to review (decision 0582): which entry,
 * the server's reason, and what can be done: send it again (once the reason is fixed, such as a coach link
 * restored), correct it where a form exists (a strength check is opened in the strength page), or discard it.
 */
import type { ApiError } from "@hipcheck/contracts";
import { STORE_OF } from "./local-store.js";
import type { LocalStore, OutboxItem } from "./local-store.js";

export type RefusedEntry = {
  /** The item's place in the outbox, which keeps the order entries were made. */
  readonly key: number;
  readonly item: OutboxItem;
  readonly refusal: ApiError;
  /** The day the entry is about, as the person logged it. */
  readonly date: string;
};

/** The day an entry is about. */
export function entryDate(item: OutboxItem): string {
  switch (item.kind) {
    case "strength":
    case "clinic-reading":
      return item.payload.check.date;
    default:
      return item.payload.date;
  }
}

/** Every refused entry, oldest first. */
export async function refusedEntries(store: LocalStore): Promise<RefusedEntry[]> {
  const entries: RefusedEntry[] = [];
  let cursor = await store.transaction("outbox").store.openCursor();
  while (cursor) {
    const item = cursor.value;
    if (item.refusal !== undefined) {
      entries.push({ key: cursor.key, item, refusal: item.refusal, date: entryDate(item) });
    }
    cursor = await cursor.continue();
  }
  return entries;
}

/** One refused entry by its outbox key; undefined when it is gone (discarded, or sent, in another tab). */
export async function refusedEntry(store: LocalStore, key: number): Promise<RefusedEntry | undefined> {
  return (await refusedEntries(store)).find((entry) => entry.key === key);
}

/** The entry is sent again on the next sync, as it is; a new refusal brings it back to the list. */
export async function sendAgain(store: LocalStore, key: number): Promise<void> {
  const tx = store.transaction("outbox", "readwrite");
  const item = await tx.store.get(key);
  if (item?.refusal !== undefined) {
    const unrefused = Object.fromEntries(Object.entries(item).filter(([name]) => name !== "refusal"));
    await tx.store.put(unrefused as OutboxItem, key);
  }
  await tx.done;
}

/**
 * The entry leaves the outbox and the device's copy of the person's record: the server never had it, so nothing
 * else changes. A newer entry of the same day (a check-in, pain or PSFS, one per day) is left as it is.
 */
export async function discardRefused(store: LocalStore, key: number): Promise<void> {
  const item = await store.get("outbox", key);
  if (item?.refusal === undefined) return;
  if (item.kind === "clinic-reading") {
    await store.delete("outbox", key);
    return;
  }
  const target = STORE_OF[item.kind];
  const tx = store.transaction([target, "outbox"], "readwrite");
  const copies = tx.objectStore(target);
  const ownKey =
    item.kind === "session-log" || item.kind === "strength" ? item.payload.id : item.payload.date;
  const copy: unknown = await copies.get(ownKey);
  if (JSON.stringify(copy) === JSON.stringify(item.payload)) await copies.delete(ownKey);
  await Promise.all([tx.objectStore("outbox").delete(key), tx.done]);
}
