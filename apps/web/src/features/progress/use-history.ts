import { ok } from "@hipcheck/core";
import { useResource } from "../../api/use-resource.js";
import { useAppContext } from "../../app/app-context.js";
import { loadHistory } from "../../offline/local-store.js";
import type { LocalHistory } from "../../offline/local-store.js";

function mergeById<T>(server: readonly T[], local: readonly T[], keyOf: (item: T) => string): T[] {
  const byKey = new Map(server.map((item) => [keyOf(item), item]));
  for (const item of local) if (!byKey.has(keyOf(item))) byKey.set(keyOf(item), item);
  return [...byKey.values()];
}

/**
 * A person's logs: the server's record (all devices) merged with what this device holds and has not sent
 * yet; offline, the device's alone. A coach passes the client's id and sees the server's record only, and a new
 * `refresh` (a reading the coach just saved) loads it again.
 */
export function useHistory(personId?: string, refresh = 0): LocalHistory | null {
  const { call, store, sync } = useAppContext();
  const history = useResource<LocalHistory>(
    personId ?? "self",
    async () => {
      const local: LocalHistory =
        personId === undefined
          ? await loadHistory(store)
          : { logs: [], checkIns: [], painEntries: [], psfsEntries: [], strengthChecks: [] };
      const query = personId === undefined ? {} : { personId };
      const [logs, checkIns, pain, psfs, strength] = await Promise.all([
        call("listSessionLogs", { query }),
        call("listMorningCheckIns", { query }),
        call("listPain", { query }),
        call("listPsfs", { query }),
        call("listStrengthChecks", { query }),
      ]);
      const merged: LocalHistory = {
        logs: mergeById(logs.ok ? logs.value : [], local.logs, (log) => log.id),
        checkIns: mergeById(checkIns.ok ? checkIns.value : [], local.checkIns, (entry) => entry.date),
        painEntries: mergeById(
          pain.ok ? pain.value.map((view) => view.entry) : [],
          local.painEntries,
          (entry) => entry.date,
        ),
        psfsEntries: mergeById(
          psfs.ok ? psfs.value.map((view) => view.entry) : [],
          local.psfsEntries,
          (entry) => entry.date,
        ),
        strengthChecks: mergeById(
          strength.ok ? strength.value.checks.map(({ id, check }) => ({ id, check })) : [],
          local.strengthChecks,
          (entry) => entry.id,
        ),
      };
      return ok(merged);
    },
    { version: `${sync.pending}/${sync.rounds}/${String(refresh)}` },
  );
  return history.status === "ready" ? history.value : null;
}
