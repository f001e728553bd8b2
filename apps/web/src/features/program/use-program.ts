import { useEffect, useState } from "react";
import { useAppContext } from "../../app/app-context.js";
import { loadProgram, saveProgram } from "../../offline/local-store.js";
import type { ProgramSnapshot } from "../../offline/local-store.js";

export type ProgramState =
  { readonly status: "loading" } | { readonly status: "ready"; readonly snapshot: ProgramSnapshot | null };

/**
 * The current program: the device's copy at once (so it opens offline), then the server's, which may carry a
 * coach's change; the fresh copy replaces the device's.
 */
export function useProgram(): ProgramState {
  const { call, store } = useAppContext();
  const [state, setState] = useState<ProgramState>({ status: "loading" });
  useEffect(() => {
    const mounted = { live: true };
    const show = (snapshot: ProgramSnapshot | null) => {
      if (mounted.live) setState({ status: "ready", snapshot });
    };
    void (async () => {
      const local = await loadProgram(store);
      if (local !== undefined) show(local);
      const current = await call("getCurrentProgram", { query: {} });
      if (!current.ok) {
        if (local === undefined) show(null);
        return;
      }
      if (current.value === null) {
        show(null);
        return;
      }
      const detail = await call("getProgram", { params: { programId: current.value.programId } });
      const snapshot: ProgramSnapshot = {
        programId: current.value.programId,
        program: current.value.program,
        revisions: detail.ok ? detail.value.history.map((entry) => entry.revision) : [],
      };
      await saveProgram(store, snapshot);
      show(snapshot);
    })();
    return () => {
      mounted.live = false;
    };
  }, [call, store]);
  return state;
}
