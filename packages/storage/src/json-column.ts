/**
 * Documents are stored as JSON text (portable across SQLite and PostgreSQL) and parsed with their zod schema on
 * read: a row that no longer fits the schema is a bug or a corrupted database, so it throws.
 */
import type { z } from "zod";
import type { Flag } from "./database-schema.js";

export function toJson(value: unknown): string {
  return JSON.stringify(value);
}

export function fromJson<S extends z.ZodType>(schema: S, text: string): z.infer<S> {
  return schema.parse(JSON.parse(text));
}

/**
 * Characters of stored text whose parsed documents are kept, over all schemas: the programs of a few hundred
 * people writing at once (23 kB of JSON each for a typical one) and the check-ins and logs read beside them, for
 * some tens of megabytes of memory with the parsed documents.
 */
const PARSED_TEXT_BUDGET_CHARS = 8 * 1024 * 1024;
const parsedBySchema = new WeakMap<z.ZodType, Map<string, unknown>>();
let parsedChars = 0;
/** Every schema's cache, each in the order its texts were last used, for eviction. */
const parsedCaches = new Set<Map<string, unknown>>();

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

function evictUntilWithinBudget(): void {
  for (const cache of parsedCaches) {
    for (const text of cache.keys()) {
      if (parsedChars <= PARSED_TEXT_BUDGET_CHARS) return;
      cache.delete(text);
      parsedChars -= text.length;
    }
  }
}

/**
 * `fromJson` for the documents every write reads again (the program, the latest check-in, the logs the rules act
 * on: decision 0590). Parsing is a function of the text alone, so the document parsed from the same text is
 * handed out again, frozen so that no reader can change it under another; a changed row is new text, parsed
 * and checked afresh. A text that does not fit its schema throws every time and is never kept.
 */
export function fromJsonShared<S extends z.ZodType>(schema: S, text: string): z.infer<S> {
  let cache = parsedBySchema.get(schema);
  if (cache === undefined) {
    cache = new Map();
    parsedBySchema.set(schema, cache);
    parsedCaches.add(cache);
  }
  if (cache.has(text)) {
    const known = cache.get(text) as z.infer<S>;
    // Most recently used last, so that eviction takes the oldest first.
    cache.delete(text);
    cache.set(text, known);
    return known;
  }
  const parsed = deepFreeze(fromJson(schema, text));
  cache.set(text, parsed);
  parsedChars += text.length;
  if (parsedChars > PARSED_TEXT_BUDGET_CHARS) evictUntilWithinBudget();
  return parsed;
}

/** Values kept by each `TaggedValues`: a few hundred programs, as the text budget above holds. */
const TAGGED_VALUES_KEPT = 400;

/**
 * What was read from a row that carries a tag written with every new text (a random id, never written twice:
 * decisions 0630, 0665), kept under that tag. A tag stands for exactly one text, on every server sharing the
 * database and even after a rollback (a tag rolled back is never written again), so what was made of a tag's text
 * is what that tag stands for, for ever, and a reader that knows the tag need not read the text at all. The most
 * recently used are kept; what is kept is frozen, since every reader of the tag shares it.
 */
export class TaggedValues<T> {
  readonly #kept = new Map<string, T>();

  /** What was kept for `tag` before, if it still is. */
  known(tag: string | null): T | undefined {
    if (tag === null) return undefined;
    const known = this.#kept.get(tag);
    if (known !== undefined) {
      // Most recently used last, so that the oldest goes first.
      this.#kept.delete(tag);
      this.#kept.set(tag, known);
    }
    return known;
  }

  /** Keeps `value` (frozen) as what `tag` stands for, and returns it. */
  keep(tag: string, value: T): T {
    const frozen = deepFreeze(value);
    this.#kept.set(tag, frozen);
    if (this.#kept.size > TAGGED_VALUES_KEPT) {
      const oldest = this.#kept.keys().next();
      if (oldest.done !== true) this.#kept.delete(oldest.value);
    }
    return frozen;
  }
}

/**
 * Documents whose row carries a tag written with every new text (decision 0630), parsed once per tag. A row
 * without a tag (written before tags) is parsed from its text as `fromJsonShared` does.
 */
export class TaggedDocuments<S extends z.ZodType> {
  readonly #schema: S;
  readonly #kept = new TaggedValues<z.infer<S>>();

  constructor(schema: S) {
    this.#schema = schema;
  }

  /** The document parsed for `tag` before, if it is still kept. */
  known(tag: string | null): z.infer<S> | undefined {
    return this.#kept.known(tag);
  }

  /** The document of `text`, read with its `tag` in one row, parsed and checked, then kept under its tag. */
  parse(tag: string | null, text: string): z.infer<S> {
    if (tag === null) return fromJsonShared(this.#schema, text);
    return this.#kept.known(tag) ?? this.#kept.keep(tag, fromJson(this.#schema, text));
  }
}

export function toFlag(value: boolean): Flag {
  return value ? 1 : 0;
}

export function fromFlag(value: number): boolean {
  return value === 1;
}
