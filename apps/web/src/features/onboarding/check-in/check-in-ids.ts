import { RetryIds, sessionShelf } from "../../../api/retry-ids.js";
import type { IdShelf } from "../../../api/retry-ids.js";

export type CheckInIds = { readonly checkIn: RetryIds; readonly program: RetryIds };

/**
 * The ids a check-in and the program it makes are sent under (decision 0610), kept in the tab across reloads and
 * after sending: the same answers sent again, from a step gone Back to, are the same check-in and the same program,
 * and changed answers a new one (decisions 0800, 0850).
 */
export function checkInIds(shelf: IdShelf = sessionShelf()): CheckInIds {
  return { checkIn: new RetryIds("check-in", shelf), program: new RetryIds("program", shelf) };
}

/**
 * A check-in opened afresh (from Today, a pause's re-screen) is a new one, even with the same answers on the same
 * day: it must reach the server as such, so that a clean re-screen resumes a paused program.
 */
export function forgetCheckInIds(shelf: IdShelf = sessionShelf()): void {
  const { checkIn, program } = checkInIds(shelf);
  checkIn.taken();
  program.taken();
}
