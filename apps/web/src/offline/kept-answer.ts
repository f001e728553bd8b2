import type { ApiError } from "@hipcheck/contracts";
import { ok } from "@hipcheck/core";
import type { Result } from "@hipcheck/core";

/** Where one of the person's lists is kept on the device, and read back from. */
export type KeptOnDevice<T> = {
  readonly keep: (value: T) => Promise<void>;
  readonly load: () => Promise<T | undefined>;
};

/**
 * The server's answer for one of the person's own lists, kept on the device as it comes; when the server cannot be
 * reached (no connection: status 0), the copy kept at its last answer, so a page opened afresh offline still draws
 * it (decisions 0812, 0890). A refusal, or no copy yet, is shown as the server's failure. A client's list, read by
 * their coach (`personId`), is neither kept nor read from the device: it holds only its own person's data.
 */
export async function keptAnswer<T>(
  personId: string | undefined,
  answer: Result<T, ApiError>,
  device: KeptOnDevice<T>,
): Promise<Result<T, ApiError>> {
  if (personId !== undefined) return answer;
  if (answer.ok) {
    await device.keep(answer.value);
    return answer;
  }
  if (answer.error.status !== 0) return answer;
  const kept = await device.load();
  return kept === undefined ? answer : ok(kept);
}
