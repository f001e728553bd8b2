/**
 * What the app keeps on the device belongs to one account (decision 0720): the IndexedDB copy (entries, the outbox,
 * the program, the check-in draft, the kept mornings and the offline hold, decision 0681), the session draft in
 * local storage and the retry ids in the tab's session storage (they hold what was being sent). The service
 * worker's caches hold only the app's files and the pose models, the same for everyone.
 */
import { claimLocalStore, clearLocalStore } from "../offline/local-store.js";
import type { LocalStore } from "../offline/local-store.js";
import { forgetSessionDrafts } from "../features/session/session-draft.js";

/** The browser's two storages, passed in so that the rules run without a browser. */
export type DeviceStorages = {
  readonly local: Pick<Storage, "key" | "length" | "removeItem">;
  readonly session: Pick<Storage, "clear">;
};

/**
 * Makes the device's copy this account's before any page reads it or the outbox is sent: another account's data
 * is removed, its session draft too. A copy kept before the device named its owner belongs to `legacyOwner`, the
 * person last signed in on the device when the app started.
 */
export async function claimDeviceFor(
  store: LocalStore,
  local: DeviceStorages["local"],
  accountId: string,
  legacyOwner: string | undefined,
): Promise<void> {
  await claimLocalStore(store, accountId, legacyOwner);
  forgetSessionDrafts(local, accountId);
}

/** Removes at sign-out everything the device keeps for the account; the outbox must have been sent or given up. */
export async function forgetAccountOnDevice(store: LocalStore, storages: DeviceStorages): Promise<void> {
  await clearLocalStore(store);
  forgetSessionDrafts(storages.local);
  storages.session.clear();
}
