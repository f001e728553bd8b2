import { useCallback, useEffect, useState } from "react";
import { useAppContext } from "../../app/app-context.js";
import { loadMorningsCachedOn, loadSessionHold, saveSessionHold } from "../../offline/local-store.js";
import type { LocalHistory, OutboxItem, StoredSessionHold } from "../../offline/local-store.js";
import type { IsoDate } from "@hipcheck/core";
import { useProgram } from "../program/use-program.js";
import type { ProgramState } from "../program/use-program.js";
import { sessionHold } from "./session-hold.js";
import type { SessionHold } from "./session-hold.js";
import { waitingCheckIn } from "./waiting-check-in.js";
import type { WaitingCheckIn } from "./waiting-check-in.js";

/** What the device holds for the hold: the outbox, the day the server's mornings were kept, the kept hold. */
type DeviceHold = {
  readonly outbox: readonly OutboxItem[];
  readonly morningsCachedOn: IsoDate | undefined;
  readonly stored: StoredSessionHold | undefined;
};

export type HoldState =
  | { readonly status: "loading" }
  | ({ readonly status: "ready"; readonly waiting: WaitingCheckIn | undefined } & SessionHold);

/** Read after each sync run, as the outbox stands then. */
function useDeviceHold(): readonly [DeviceHold | null, (stored: StoredSessionHold | undefined) => void] {
  const { store, sync } = useAppContext();
  const [device, setDevice] = useState<DeviceHold | null>(null);
  useEffect(() => {
    let current = true;
    void Promise.all([store.getAll("outbox"), loadMorningsCachedOn(store), loadSessionHold(store)]).then(
      ([outbox, morningsCachedOn, stored]) => {
        if (current) setDevice({ outbox, morningsCachedOn, stored });
      },
    );
    return () => {
      current = false;
    };
  }, [store, sync.rounds, sync.pending]);
  const keep = useCallback(
    (stored: StoredSessionHold | undefined) => {
      setDevice((shown) => (shown === null ? shown : { ...shown, stored }));
      void saveSessionHold(store, stored);
    },
    [store],
  );
  return [device, keep];
}

/**
 * The current program, and whether a session of it may start (decisions 0636, 0681): the one state Today, the
 * program page and the session player read. `history` is the person's record as the page has it. While a hold is
 * kept, the program is asked of the server again after each sync run, so it is released as soon as the server's
 * answer is in.
 */
export function useHeldProgram(history: LocalHistory | null): {
  readonly state: ProgramState;
  readonly hold: HoldState;
} {
  const { sync } = useAppContext();
  const [device, keep] = useDeviceHold();
  const state = useProgram(device?.stored === undefined ? undefined : `held:${String(sync.rounds)}`);
  const ready = device !== null && history !== null && state.status === "ready";
  const waiting = ready
    ? waitingCheckIn(device.outbox, history.checkIns, history.logs, device.morningsCachedOn)
    : undefined;
  const hold = ready
    ? sessionHold({ waiting, stored: device.stored, snapshot: state.snapshot, fromServer: state.fromServer })
    : undefined;
  // Kept by value: each render makes a new object for the same hold.
  const forget = hold?.keep === null;
  const keepDate = hold?.keep?.date;
  const keepRevision = hold?.keep?.revision;
  useEffect(() => {
    if (forget) {
      keep(undefined);
    } else if (keepDate !== undefined && keepRevision !== undefined) {
      keep({ date: keepDate, revision: keepRevision });
    }
  }, [forget, keepDate, keepRevision, keep]);
  return { state, hold: hold === undefined ? { status: "loading" } : { status: "ready", waiting, ...hold } };
}
