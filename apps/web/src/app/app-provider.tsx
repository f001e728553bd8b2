import { useCallback, useEffect, useMemo, useState } from "react";
import type { ReactNode } from "react";
import type { ApiCall, Me } from "../api/api-client.js";
import { sendOutboxItem } from "../api/send-outbox-item.js";
import { pendingCount } from "../offline/local-store.js";
import type { LocalStore } from "../offline/local-store.js";
import { refusedEntries } from "../offline/refused-entries.js";
import { syncOutbox } from "../offline/sync-outbox.js";
import { AppContext } from "./app-context.js";
import { rememberedMe } from "./remembered-me.js";
import type { SyncState } from "./app-context.js";

type Props = { readonly call: ApiCall; readonly store: LocalStore; readonly children: ReactNode };

export function AppProvider({ call, store, children }: Props) {
  const [me, setMe] = useState<Me | null>(rememberedMe);
  const [sync, setSync] = useState<SyncState>({
    online: navigator.onLine,
    pending: 0,
    refused: 0,
    rounds: 0,
  });

  const syncNow = useCallback(async () => {
    if (navigator.onLine) await syncOutbox(store, (item) => sendOutboxItem(call, item));
    const [pending, refused] = await Promise.all([pendingCount(store), refusedEntries(store)]);
    setSync((previous) => ({
      online: navigator.onLine,
      pending,
      refused: refused.length,
      rounds: previous.rounds + 1,
    }));
  }, [call, store]);

  useEffect(() => {
    const onChange = () => void syncNow();
    window.addEventListener("online", onChange);
    window.addEventListener("offline", onChange);
    void syncNow();
    return () => {
      window.removeEventListener("online", onChange);
      window.removeEventListener("offline", onChange);
    };
  }, [syncNow]);

  const value = useMemo(() => ({ call, store, me, setMe, sync, syncNow }), [call, store, me, sync, syncNow]);
  return <AppContext.Provider value={value}>{children}</AppContext.Provider>;
}
