/**
 * Whether a clean check-in resumed the program a sharp rise in pain had paused, so that the check-in goes on with
 * that program and makes no new one (decisions 0250, 0635). The server says so with the revision it made, in the
 * answer to the check-in and to any repeat of it. A repeat of a check-in stored before the server kept that
 * revision answers none: then the program itself tells, paused on this device and no longer paused on the server.
 */
import type { ProgramRevision } from "@hipcheck/core";
import type { ApiCall } from "../../../api/api-client.js";
import { loadProgram } from "../../../offline/local-store.js";
import type { LocalStore } from "../../../offline/local-store.js";
import { isPaused } from "../../program/program-pause.js";
import { fetchProgramSnapshot } from "../../program/use-program.js";

/** True when the program was resumed; the device then holds the server's program, resumed. */
export async function resumedProgram(
  call: ApiCall,
  store: LocalStore,
  revision: ProgramRevision | null,
): Promise<boolean> {
  if (revision !== null) {
    await fetchProgramSnapshot(call, store);
    return true;
  }
  const onDevice = await loadProgram(store);
  if (onDevice === undefined || !isPaused(onDevice.program)) return false;
  const fresh = await fetchProgramSnapshot(call, store);
  return fresh?.programId === onDevice.programId && !isPaused(fresh.program);
}
