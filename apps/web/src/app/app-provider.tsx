import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { ReactNode } from "react";
import type { ApiCall, Me } from "../api/api-client.js";
import { sendOutboxItem } from "../api/send-outbox-item.js";
import { pendingCount } from "../offline/local-store.js";
import type { LocalStore } from "../offline/local-store.js";
import { refusedEntries } from "../offline/refused-entries.js";
import { syncOutbox } from "../offline/sync-outbox.js";
import { AppContext } from "./app-context.js";
import { claimDeviceFor } from "./device-account.js";
import { REMEMBERED_ME_KEY, rememberedMe } from "./remembered-me.js";
import type { SyncState } from "./app-context.js";

type Props = { readonly call: ApiCall; readonly store: LocalStore; readonly children: ReactNode };

export function AppProvider({ call, store, children }: Props) {
  const [me, setMe] = useState<Me | null>(rememberedMe);
  // The person last signed in on this device when the app started: a copy kept before owners were named is theirs.
  const [legacyOwner] = useState(() => rememberedMe()?.accountId);
  // The account the device's copy has been made to belong to (decision 0720); nothing is read or sent before.
  const [claimedFor, setClaimedFor] = useState<string | null>(null);
  const accountId = me?.accountId ?? null;
  const deviceReady = accountId !== null && claimedFor === accountId;
  const [sync, setSync] = useState<SyncState>({
    online: navigator.onLine,
    pending: 0,
    refused: 0,
    rounds: 0,
  });

  useEffect(() => {
    if (accountId === null) return;
    let current = true;
    void claimDeviceFor(store, localStorage, accountId, legacyOwner).then(() => {
      if (current) setClaimedFor(accountId);
    });
    return () => {
      current = false;
    };
  }, [store, accountId, legacyOwner]);

  // Another tab signed out, or signed in another account: this one starts again from the start page, so nothing
  // of the earlier account stays on screen or in memory, and nothing it does is written under the other account.
  useEffect(() => {
    function onStorage(event: StorageEvent) {
      if (event.key !== REMEMBERED_ME_KEY || rememberedMe()?.accountId === accountId) return;
      if (accountId !== null) sessionStorage.clear();
      window.location.replace("/");
    }
    window.addEventListener("storage", onStorage);
    return () => {
      window.removeEventListener("storage", onStorage);
    };
  }, [accountId]);

  // One send run at a time: a run asked for while another goes starts once it has ended, so an entry recorded
  // meanwhile is sent by it and no entry is sent by two runs at once.
  const lastRun = useRef<Promise<void>>(Promise.resolve());
  const syncNow = useCallback(() => {
    const runOnce = async () => {
      // Only the signed-in account's own entries are ever sent, under its own sign-in.
      if (navigator.onLine && deviceReady) await syncOutbox(store, (item) => sendOutboxItem(call, item));
      const [pending, refused] = await Promise.all([pendingCount(store), refusedEntries(store)]);
      setSync((previous) => ({
        online: navigator.onLine,
        pending,
        refused: refused.length,
        rounds: previous.rounds + 1,
      }));
    };
    const run = lastRun.current.then(runOnce, runOnce);
    lastRun.current = run.catch(() => undefined);
    return run;
  }, [call, store, deviceReady]);

  // Entries kept on the device are sent when the app starts, when the connection comes back, and when the page
  // comes back into view: a page restored by Back (the browser's back-forward cache keeps it as it was, without
  // starting it again), or a phone woken or switched back to HipCheck, sends what an interrupted send left behind
  // (decision 0922).
  useEffect(() => {
    const onChange = () => void syncNow();
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) void syncNow();
    };
    const onVisible = () => {
      if (document.visibilityState === "visible") void syncNow();
    };
    window.addEventListener("online", onChange);
    window.addEventListener("offline", onChange);
    window.addEventListener("pageshow", onPageShow);
    document.addEventListener("visibilitychange", onVisible);
    void syncNow();
    return () => {
      window.removeEventListener("online", onChange);
      window.removeEventListener("offline", onChange);
      window.removeEventListener("pageshow", onPageShow);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [syncNow]);

  const value = useMemo(
    () => ({ call, store, me, setMe, deviceReady, sync, syncNow }),
    [call, store, me, deviceReady, sync, syncNow],
  );
  return <AppContext.Provider value={value}>{children}</AppContext.Provider>;
}
