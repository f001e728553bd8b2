import type { Answers } from "@hipcheck/core";
import { useEffect, useState } from "react";
import type { ApiCall } from "../../api/api-client.js";
import { useAppContext } from "../../app/app-context.js";
import type { LocalStore } from "../../offline/local-store.js";
import { loadAnswers, saveAnswers } from "../../offline/local-store.js";

/**
 * The answers of the person's latest check-in: the server's (it keeps them, so a new device has them too, read as
 * the current version of the answers), else the copy this device kept when offline. undefined before any.
 */
export async function latestAnswers(call: ApiCall, store: LocalStore): Promise<Answers | undefined> {
  const fromServer = await call("getLatestAnswers", { query: {} });
  if (!fromServer.ok) return loadAnswers(store);
  if (fromServer.value === null) return undefined;
  await saveAnswers(store, fromServer.value.answers);
  return fromServer.value.answers;
}

export type LatestAnswersState =
  { readonly status: "loading" } | { readonly status: "ready"; readonly answers: Answers | undefined };

/** The latest check-in's answers for a page (see `latestAnswers`). */
export function useLatestAnswers(): LatestAnswersState {
  const { call, store } = useAppContext();
  const [state, setState] = useState<LatestAnswersState>({ status: "loading" });
  useEffect(() => {
    const mounted = { live: true };
    void latestAnswers(call, store).then((answers) => {
      if (mounted.live) setState({ status: "ready", answers });
    });
    return () => {
      mounted.live = false;
    };
  }, [call, store]);
  return state;
}
