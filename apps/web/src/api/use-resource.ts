/**
 * The web app's one way to load what a page shows: loading, then ready or failed, with a retry.
 *
 * `ResourceLoader` holds the rules and knows nothing of React, so they are tested with a plain loader function;
 * `useResource` only ties one loader to a component. The rules:
 * - each start aborts the run before it (its `AbortSignal` fires) and its answer, when it comes, is dropped: an
 *   answer for an old key, or for a component that has gone, never reaches the screen;
 * - a reload, or a new `version` of the same key, keeps what is on screen (`refreshing`) until the new answer;
 *   a new key shows loading, since the old value is about something else;
 * - a loader may show a value `early` (the device's copy) before its final answer (the server's);
 * - an expected failure comes back as the `ApiError` it is, and the page words it through `describeApiError`;
 *   a loader that throws is a fault in the page, shown as the `internal` failure rather than lost.
 */
import type { ApiError } from "@hipcheck/contracts";
import type { Result } from "@hipcheck/core";
import { useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore } from "react";
import { useTranslation } from "react-i18next";
import { describeApiError } from "./describe-api-error.js";
import type { ApiErrorContext, ApiErrorDescription } from "./describe-api-error.js";

export type ResourceLoadContext<T> = {
  /** Fires when this run's answer is no longer wanted (new key, reload, unmount). */
  readonly signal: AbortSignal;
  /** Shows a provisional value (the device's copy) while the final answer is awaited. */
  readonly early: (value: T) => void;
};

export type ResourceLoad<T> = (context: ResourceLoadContext<T>) => Promise<Result<T, ApiError>>;

export type ResourceState<T> =
  | { readonly status: "idle" }
  | { readonly status: "loading"; readonly key: string }
  | { readonly status: "ready"; readonly key: string; readonly value: T; readonly refreshing: boolean }
  | { readonly status: "failed"; readonly key: string; readonly error: ApiError };

const IDLE = { status: "idle" } as const;

/** A loader that threw: a fault in the page itself, told the way a server fault is. */
function thrownAsApiError(thrown: unknown): ApiError {
  return {
    kind: "internal",
    message: thrown instanceof Error ? thrown.message : String(thrown),
    status: 500,
  };
}

/** One resource's runs: at most one is live; every other run's answer is dropped. */
export class ResourceLoader<T> {
  private state: ResourceState<T> = IDLE;
  private key: string | null = null;
  private version: unknown = undefined;
  private run: AbortController | undefined;
  /** Started and not stopped since: the same key and version need no new run. */
  private live = false;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly load: ResourceLoad<T>) {}

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): ResourceState<T> => this.state;

  /** Loads `key` (null: nothing to load yet); the same key with a new `version` refreshes what is shown. */
  readonly start = (key: string | null, version?: unknown): void => {
    if (key === this.key && version === this.version && this.live) return;
    const sameKey = key === this.key;
    this.key = key;
    this.version = version;
    if (key === null) {
      this.abort();
      this.set(IDLE);
      return;
    }
    this.begin(key, sameKey);
  };

  /** Asks again for the current key, keeping a shown value on screen meanwhile. */
  readonly reload = (): void => {
    if (this.key !== null) this.begin(this.key, true);
  };

  /** The component has gone (or its effect is being re-run): whatever is in flight is dropped. */
  readonly stop = (): void => {
    this.live = false;
    this.abort();
  };

  private begin(key: string, keepShown: boolean): void {
    this.abort();
    this.live = true;
    const run = new AbortController();
    this.run = run;
    const shown = this.state;
    this.set(
      keepShown && shown.status === "ready" && shown.key === key
        ? { ...shown, refreshing: true }
        : { status: "loading", key },
    );
    const early = (value: T) => {
      if (!run.signal.aborted) this.set({ status: "ready", key, value, refreshing: true });
    };
    this.load({ signal: run.signal, early }).then(
      (result) => {
        this.settle(
          run,
          result.ok
            ? { status: "ready", key, value: result.value, refreshing: false }
            : { status: "failed", key, error: result.error },
        );
      },
      (thrown: unknown) => {
        this.settle(run, { status: "failed", key, error: thrownAsApiError(thrown) });
      },
    );
  }

  private settle(run: AbortController, state: ResourceState<T>): void {
    if (run.signal.aborted) return;
    this.run = undefined;
    this.set(state);
  }

  private abort(): void {
    this.run?.abort();
    this.run = undefined;
  }

  private set(state: ResourceState<T>): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}

export type Resource<T> = (
  | { readonly status: "loading" }
  | { readonly status: "ready"; readonly value: T; readonly refreshing: boolean }
  | { readonly status: "failed"; readonly error: ApiError; readonly problem: ApiErrorDescription }
) & {
  /** Asks again, keeping what is shown meanwhile. */
  readonly reload: () => void;
};

export type ResourceOptions = {
  /** A change (a sync round, a saved entry) refreshes the same key without blanking what is shown. */
  readonly version?: unknown;
  /** Where the failure happened, for `describeApiError`'s page-specific sentences. */
  readonly context?: ApiErrorContext;
};

/**
 * What `load` answers for `key` (a string naming what is loaded, e.g. the person's id; null while there is
 * nothing to load). `load` may change on every render: the latest one is used when a run starts.
 */
export function useResource<T>(
  key: string | null,
  load: ResourceLoad<T>,
  options: ResourceOptions = {},
): Resource<T> {
  const latestLoad = useRef(load);
  useLayoutEffect(() => {
    latestLoad.current = load;
  });
  const [loader] = useState(() => new ResourceLoader<T>((context) => latestLoad.current(context)));
  const state = useSyncExternalStore(loader.subscribe, loader.getSnapshot, loader.getSnapshot);
  const { version, context } = options;
  useEffect(() => {
    loader.start(key, version);
    return loader.stop;
  }, [loader, key, version]);
  const { i18n } = useTranslation();
  const reload = loader.reload;
  // Until the effect has started the new key's run, the state still describes the old key: never show it.
  if (state.status === "idle" || state.key !== key) return { status: "loading", reload };
  switch (state.status) {
    case "loading":
      return { status: "loading", reload };
    case "ready":
      return { status: "ready", value: state.value, refreshing: state.refreshing, reload };
    case "failed":
      return {
        status: "failed",
        error: state.error,
        problem: describeApiError(state.error, i18n, context),
        reload,
      };
  }
}
