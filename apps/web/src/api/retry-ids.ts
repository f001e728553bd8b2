/** Where a pending action's id is kept: the tab's session storage in the app, so that it outlives a reload. */
export type IdShelf = Pick<Storage, "getItem" | "setItem" | "removeItem">;

/**
 * One id per action a person takes (a note, an invitation), sent with every try of it (decision 0610). The server
 * stores a repeat under that id once, so a try whose answer was lost (a timeout, offline and back, a reload while
 * sending) and is sent again does not store it twice. The same content tried again, even after a reload, reuses
 * the id; other content is another action with a new id; once the server has taken it, the next one is new too.
 */
export class RetryIds {
  constructor(
    private readonly shelfKey: string,
    private readonly shelf: IdShelf,
    private readonly newId: () => string = () => crypto.randomUUID(),
  ) {}

  /** The id to send this content under. */
  idFor(content: unknown): string {
    const key = JSON.stringify(content);
    const pending = this.#pending();
    if (pending?.key === key) return pending.id;
    const id = this.newId();
    this.shelf.setItem(this.shelfKey, JSON.stringify({ key, id }));
    return id;
  }

  /** The server has taken the action: the next one gets a new id. */
  taken(): void {
    this.shelf.removeItem(this.shelfKey);
  }

  #pending(): { key: string; id: string } | null {
    const stored = this.shelf.getItem(this.shelfKey) ?? null;
    if (stored === null) return null;
    try {
      const parsed = JSON.parse(stored) as unknown;
      if (typeof parsed === "object" && parsed !== null && "key" in parsed && "id" in parsed) {
        const { key, id } = parsed;
        if (typeof key === "string" && typeof id === "string") return { key, id };
      }
    } catch {
      // A value that is not ours (or cut short) is forgotten: the action gets a new id.
    }
    return null;
  }
}

/** Kept in memory: across tries in one page, not across a reload. */
export class MemoryShelf implements IdShelf {
  readonly #items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.#items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.#items.set(key, value);
  }
  removeItem(key: string): void {
    this.#items.delete(key);
  }
}

/** The tab's session storage, or memory where it cannot be used (private modes that refuse it). */
export function sessionShelf(): IdShelf {
  try {
    return typeof sessionStorage === "undefined" ? new MemoryShelf() : sessionStorage;
  } catch {
    return new MemoryShelf();
  }
}
