import type { Answers, Result } from "@hipcheck/core";
import { ok } from "@hipcheck/core";
import type { ApiError } from "@hipcheck/contracts";
import type { ApiCall } from "../../api/api-client.js";
import { useResource } from "../../api/use-resource.js";
import type { Resource } from "../../api/use-resource.js";
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

/** The latest check-in's answers for a page (see `latestAnswers`); offline, the device's copy. */
export function useLatestAnswers(): Resource<Answers | undefined> {
  const { call, store, me } = useAppContext();
  return useResource(
    me === null ? null : `latest-answers-${me.accountId}`,
    async (): Promise<Result<Answers | undefined, ApiError>> => ok(await latestAnswers(call, store)),
  );
}
