/**
 * Which sessions are being worked in other tabs of this browser (decision 0891). The tab showing a session holds a
 * shared Web Lock named after the session's draft key for as long as it shows it; the browser lets go of it when the
 * tab is closed, goes to another page or crashes, so the session of a tab that has gone is offered again. Where the
 * browser has no Web Locks (an old browser, or a page not served over HTTPS), no session is known to be open
 * elsewhere, and the player asks about each one left part way, as before (decision 0780).
 */

type Locks = Pick<LockManager, "request" | "query">;

/** This browser's Web Locks, where it has them. */
export function browserLocks(): Locks | undefined {
  return "locks" in navigator ? navigator.locks : undefined;
}

/** Holds the session (its draft key) open in this tab until the returned release is called, or the tab goes. */
export function holdSessionOpen(locks: Locks | undefined, draftKey: string): () => void {
  let release = (): void => undefined;
  if (locks === undefined) return release;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  void locks.request(draftKey, { mode: "shared" }, () => held);
  return release;
}

/** This tab's id among the browser's lock holders, read while it holds a lock no other tab can. */
async function learnThisTabId(locks: Locks): Promise<string | undefined> {
  const name = `hipcheck.tab:${crypto.randomUUID()}`;
  return locks.request(name, async () => {
    const { held = [] } = await locks.query();
    return held.find((info) => info.name === name)?.clientId;
  });
}

let thisTab: Promise<string | undefined> | undefined;

/**
 * This tab's id, learnt once: a session this tab has just left may still be listed as held for a moment, by this
 * tab, and is not open elsewhere.
 */
function thisTabId(locks: Locks): Promise<string | undefined> {
  return (thisTab ??= learnThisTabId(locks));
}

/** The names of the locks held by another tab than `ownClientId`. */
export function heldByOtherTabs(
  held: readonly LockInfo[],
  ownClientId: string | undefined,
): ReadonlySet<string> {
  return new Set(
    held.flatMap((info) => (info.name !== undefined && info.clientId !== ownClientId ? [info.name] : [])),
  );
}

/** The draft keys of the sessions other tabs of this browser hold open (`holdSessionOpen`). */
export async function sessionsOpenElsewhere(locks: Locks | undefined): Promise<ReadonlySet<string>> {
  if (locks === undefined) return new Set();
  const [own, { held = [] }] = await Promise.all([thisTabId(locks), locks.query()]);
  return heldByOtherTabs(held, own);
}
