import type { Result } from "@hipcheck/core";

/**
 * Sends a thing to be saved at most once: a second tap while the first is on its way sends nothing, and a thing the
 * server has taken is never sent again. A refused save can be tried again. Kept outside React, where clicks arrive
 * faster than a re-render can disable the button. Each thing is sent under one id, the same when a failed save is
 * tried again, so that a save whose answer was lost is stored once by the server (decision 0610).
 */
export class OnceSaver<Item extends object, Answer extends Result<unknown, unknown>> {
  #sending = false;
  readonly #saved = new WeakSet<Item>();
  readonly #ids = new WeakMap<Item, string>();

  constructor(
    private readonly send: (item: Item, id: string) => Promise<Answer>,
    private readonly newId: () => string = () => crypto.randomUUID(),
  ) {}

  /** Whether a save is on its way. */
  get sending(): boolean {
    return this.#sending;
  }

  /** Whether the server has taken this thing. */
  hasSaved(item: Item): boolean {
    return this.#saved.has(item);
  }

  /** The server's answer, or null when nothing was sent (one already on its way, or this thing already saved). */
  async save(item: Item): Promise<Answer | null> {
    if (this.#sending || this.#saved.has(item)) return null;
    this.#sending = true;
    try {
      const id = this.#ids.get(item) ?? this.newId();
      this.#ids.set(item, id);
      const answer = await this.send(item, id);
      if (answer.ok) this.#saved.add(item);
      return answer;
    } finally {
      this.#sending = false;
    }
  }
}
