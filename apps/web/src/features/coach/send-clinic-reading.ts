/**
 * Sends a coach's clinic reading for a client, or keeps it on the device when the server cannot be reached: the
 * clinic's network drops, the reading is not lost. It waits in the app's outbox under the id it was first sent with
 * and goes with the person's own queued entries when the connection is back (sync-outbox.ts), so a reading whose
 * answer was lost, sent again or pressed twice is stored once. A refusal from the server (a value out of range, a
 * link that ended) is answered at once, for the coach to correct, and nothing is queued.
 */
import type { ApiError } from "@hipcheck/contracts";
import type { StrengthCheck } from "@hipcheck/core";
import type { ApiCall } from "../../api/api-client.js";
import { queueClinicReading, type ClinicReading, type LocalStore } from "../../offline/local-store.js";

export type ClinicReadingOutcome =
  | { readonly kind: "saved"; readonly check: StrengthCheck }
  | { readonly kind: "queued"; readonly check: StrengthCheck }
  | { readonly kind: "refused"; readonly error: ApiError };

export async function sendClinicReading(
  call: ApiCall,
  store: LocalStore,
  reading: ClinicReading,
): Promise<ClinicReadingOutcome> {
  const result = await call("recordStrengthCheck", {
    body: { id: reading.id, personId: reading.personId, check: reading.check },
  });
  if (result.ok) return { kind: "saved", check: result.value.check };
  // No answer at all (status 0): offline, or the answer was lost on the way. The same id makes a resend harmless.
  if (result.error.status !== 0) return { kind: "refused", error: result.error };
  await queueClinicReading(store, reading);
  return { kind: "queued", check: reading.check };
}
