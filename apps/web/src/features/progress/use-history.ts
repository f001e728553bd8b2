import { ok } from "@hipcheck/core";
import { useRef } from "react";
import { useResource } from "../../api/use-resource.js";
import { useAppContext } from "../../app/app-context.js";
import { todayIso } from "../../app/today.js";
import {
  cacheMornings,
  keepServerRecord,
  loadHistory,
  pendingClinicReadings,
} from "../../offline/local-store.js";
import type { LocalHistory } from "../../offline/local-store.js";
import { EMPTY_HISTORY, mergeHistory, serverRecordOf } from "./history-record.js";

/**
 * A person's logs: the server's record (all devices) merged with what this device holds and has not sent
 * yet; offline, the device's with what the server last answered. The person's mornings of the last four weeks are
 * kept on the device each time (decision 0681), and the rest of the record the server answers too, so a page opened
 * afresh offline draws it (decision 0812). A coach passes the client's id and sees the
 * server's record with the clinic readings this device has not sent yet, and a new `refresh` (a reading the coach
 * just saved) loads it again.
 */
export function useHistory(personId?: string, refresh = 0): LocalHistory | null {
  const { call, store, sync } = useAppContext();
  const key = personId ?? "self";
  const lastServer = useRef<{ readonly key: string; readonly record: LocalHistory } | null>(null);
  const history = useResource<LocalHistory>(
    key,
    async () => {
      // A client's record is the server's, with the clinic readings this device still has to send for them.
      const local: LocalHistory =
        personId === undefined
          ? await loadHistory(store)
          : { ...EMPTY_HISTORY, strengthChecks: await pendingClinicReadings(store, personId) };
      const query = personId === undefined ? {} : { personId };
      const [logs, checkIns, pain, psfs, strength] = await Promise.all([
        call("listSessionLogs", { query }),
        call("listMorningCheckIns", { query }),
        call("listPain", { query }),
        call("listPsfs", { query }),
        call("listStrengthChecks", { query }),
      ]);
      // The person's own mornings of the last four weeks stay on the device for the offline sharp-rise hold (0681).
      if (personId === undefined && checkIns.ok) await cacheMornings(store, checkIns.value, todayIso());
      const before = lastServer.current?.key === key ? lastServer.current.record : EMPTY_HISTORY;
      const record = serverRecordOf(
        {
          logs,
          checkIns,
          painEntries: pain.ok ? ok(pain.value.map((view) => view.entry)) : pain,
          psfsEntries: psfs.ok ? ok(psfs.value.map((view) => view.entry)) : psfs,
          strengthChecks: strength.ok
            ? ok(strength.value.checks.map(({ id, check }) => ({ id, check })))
            : strength,
        },
        before,
      );
      lastServer.current = { key, record };
      if (personId === undefined) await keepServerRecord(store, record);
      return ok(mergeHistory(record, local));
    },
    { version: `${sync.pending}/${sync.rounds}/${String(refresh)}` },
  );
  return history.status === "ready" ? history.value : null;
}
