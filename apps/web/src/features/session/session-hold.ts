/**
 * Whether a session may start, offline or just back online, while the rules' answer to a morning is on its way
 * (decisions 0636, 0681). One state, read by every page that offers a session (Today, the program page) and by
 * the player, so none of them lets a session start that another holds.
 *
 * A sharp rise on a morning still waiting in the outbox (or one the device cannot rule out) holds the session, as
 * the server's pause will (docs/clinical §7.2). The hold is kept on the device with the program's revision it was
 * seen on, and outlasts the outbox: once the morning is sent, the session stays held until the server's program
 * is in, changed by it (a new revision, or the pause itself), or answered unchanged after the morning reached it.
 */
import type { ProgramSnapshot, StoredSessionHold } from "../../offline/local-store.js";
import { isPaused } from "../program/program-pause.js";
import { holdsSession } from "./waiting-check-in.js";
import type { WaitingCheckIn } from "./waiting-check-in.js";

export type SessionHoldInput = {
  /** The newest morning waiting in the outbox, as `waitingCheckIn` reads it. */
  readonly waiting: WaitingCheckIn | undefined;
  /** The hold kept on the device. */
  readonly stored: StoredSessionHold | undefined;
  /** The program shown. */
  readonly snapshot: ProgramSnapshot | null;
  /** The program shown is the server's, asked for after the last sync run (not the device's copy). */
  readonly fromServer: boolean;
};

export type SessionHold = {
  /** No session may start. */
  readonly held: boolean;
  /** The morning is sent and the server's program is awaited. */
  readonly awaitingServer: boolean;
  /** What to keep on the device: a new hold, null to forget the kept one, undefined to leave it. */
  readonly keep?: StoredSessionHold | null;
};

export function sessionHold({ waiting, stored, snapshot, fromServer }: SessionHoldInput): SessionHold {
  if (waiting !== undefined && holdsSession(waiting)) {
    const keep =
      snapshot !== null && stored?.date !== waiting.date
        ? { date: waiting.date, revision: snapshot.program.revision }
        : undefined;
    return { held: true, awaitingServer: false, ...(keep === undefined ? {} : { keep }) };
  }
  if (stored === undefined) return { held: false, awaitingServer: false };
  if (snapshot === null) return { held: false, awaitingServer: false, keep: null };
  // The server's program is in: its pause (or its answer that nothing changes) is what holds now.
  const answered =
    isPaused(snapshot.program) ||
    snapshot.program.revision !== stored.revision ||
    (fromServer && waiting?.date !== stored.date);
  if (answered) return { held: false, awaitingServer: false, keep: null };
  return { held: true, awaitingServer: true };
}
