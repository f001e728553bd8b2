import type { AttemptCounters } from "@hipcheck/storage";

type Incremented = { current: number; ttl: number };
type Callback = (error: Error | null, result?: Incremented) => void;
type StoreOptions = {
  readonly timeWindow?: unknown;
  readonly routeInfo?: { readonly method?: string; readonly url?: string };
};

/** The library passes each route's window to `incr`; its types do not say so, hence this fallback. */
const FALLBACK_WINDOW_MS = 60_000;

/**
 * A `@fastify/rate-limit` store over the database's attempt counters (docs/decisions/0290-shared-limits.md): the
 * per-address limit on password routes is counted once for every server on the database, and survives a restart.
 * Each route counts apart, as with the library's own memory store.
 */
export function sharedRateLimitStore(counters: AttemptCounters, nowMs: () => number = Date.now) {
  return class SharedRateLimitStore {
    readonly prefix: string;
    readonly windowMs: number;

    constructor(given: object = {}) {
      const options = given as StoreOptions;
      const route = options.routeInfo;
      this.prefix = route?.url === undefined ? "rate:" : `rate:${route.method ?? ""} ${route.url}:`;
      this.windowMs = typeof options.timeWindow === "number" ? options.timeWindow : FALLBACK_WINDOW_MS;
    }

    incr(key: string, callback: Callback, timeWindowMs?: number): void {
      const now = nowMs();
      const window = { windowMs: timeWindowMs ?? this.windowMs, kind: "fixed" } as const;
      counters.add(`${this.prefix}${key}`, now, window).then(
        (count) => {
          callback(null, { current: count.count, ttl: Math.max(0, count.expiresAtMs - now) });
        },
        (error: unknown) => {
          callback(error instanceof Error ? error : new Error(String(error)));
        },
      );
    }

    child(routeOptions: object): SharedRateLimitStore {
      return new SharedRateLimitStore(routeOptions);
    }
  };
}
