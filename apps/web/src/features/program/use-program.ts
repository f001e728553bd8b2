import { ok } from "@hipcheck/core";
import { useAppContext } from "../../app/app-context.js";
import { loadProgram, saveProgram } from "../../offline/local-store.js";
import type { LocalStore, ProgramSnapshot } from "../../offline/local-store.js";
import type { ApiCall } from "../../api/api-client.js";
import { useResource } from "../../api/use-resource.js";

/**
 * The server's current program with its history, kept on the device; undefined when the server cannot be reached,
 * null when the person has no program.
 */
export async function fetchProgramSnapshot(
  call: ApiCall,
  store: LocalStore,
): Promise<ProgramSnapshot | null | undefined> {
  const current = await call("getCurrentProgram", { query: {} });
  if (!current.ok) return undefined;
  if (current.value === null) return null;
  const detail = await call("getProgram", { params: { programId: current.value.programId } });
  const snapshot: ProgramSnapshot = {
    programId: current.value.programId,
    program: current.value.program,
    revisions: detail.ok ? detail.value.history.map((entry) => entry.revision) : [],
  };
  await saveProgram(store, snapshot);
  return snapshot;
}

export type ProgramState =
  | { readonly status: "loading" }
  | {
      readonly status: "ready";
      readonly snapshot: ProgramSnapshot | null;
      /** The snapshot is the server's answer to this load, not the device's copy shown meanwhile or offline. */
      readonly fromServer: boolean;
    };

/**
 * The current program: the device's copy at once (so it opens offline), then the server's, which may carry a
 * coach's change; the fresh copy replaces the device's. A new `version` reads the server's again.
 */
export function useProgram(version?: string): ProgramState {
  const { call, store } = useAppContext();
  const resource = useResource<{ readonly snapshot: ProgramSnapshot | null; readonly fromServer: boolean }>(
    "current",
    async ({ early }) => {
      const local = await loadProgram(store);
      if (local !== undefined) early({ snapshot: local, fromServer: false });
      const fresh = await fetchProgramSnapshot(call, store);
      // Offline, the device's copy is the program; with none, there is nothing to show.
      return ok({ snapshot: fresh === undefined ? (local ?? null) : fresh, fromServer: fresh !== undefined });
    },
    // A new version fetches the server's program again, keeping the one shown meanwhile.
    { version },
  );
  return resource.status === "ready"
    ? {
        status: "ready",
        snapshot: resource.value.snapshot,
        fromServer: resource.value.fromServer && !resource.refreshing,
      }
    : { status: "loading" };
}
