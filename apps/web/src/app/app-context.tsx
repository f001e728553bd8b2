import { createContext, useContext } from "react";
import type { ApiCall, Me } from "../api/api-client.js";
import type { LocalStore } from "../offline/local-store.js";

export type SyncState = {
  readonly online: boolean;
  /** Entries in the outbox, refused ones included (they are not saved either). */
  readonly pending: number;
  /** Of those, the entries the server refused, shown in "Not saved" (decision 0582). */
  readonly refused: number;
  /** Counts finished sync runs: a view of the person's record reloads on each, so a new entry shows at once. */
  readonly rounds: number;
};

export type AppContextValue = {
  readonly call: ApiCall;
  readonly store: LocalStore;
  readonly me: Me | null;
  readonly setMe: (me: Me | null) => void;
  /** The device's copy is the signed-in account's (decision 0720): pages may read it, the outbox may be sent. */
  readonly deviceReady: boolean;
  readonly sync: SyncState;
  /** Sends what is queued now (also runs on reconnect and after each logged entry). */
  readonly syncNow: () => Promise<void>;
};

export const AppContext = createContext<AppContextValue | null>(null);

export function useAppContext(): AppContextValue {
  const value = useContext(AppContext);
  if (value === null) throw new Error("useAppContext must be used inside <AppContext.Provider>");
  return value;
}
