/** Two-step sign-in in tests: codes computed from the secret the server gave, as an authenticator app does. */
import { Secret, TOTP } from "otpauth";
import { fixedClock } from "./test-app.js";
import type { TestClient } from "./test-app.js";

/** The instant of the tests' fixed clock, in milliseconds. */
export const FIXED_NOW_MS = Date.parse(fixedClock.now());

/** The 6-digit code an authenticator app shows at `atMs` for this secret (RFC 6238 defaults). */
export function totpCode(secretBase32: string, atMs: number): string {
  return TOTP.generate({ secret: Secret.fromBase32(secretBase32), timestamp: atMs });
}

/** Scans the secret and confirms it with a code of the step before `atMs` (one step back is accepted). */
export async function enrolTwoStep(
  client: TestClient,
  atMs: number = FIXED_NOW_MS,
): Promise<{ secretBase32: string; recoveryCodes: readonly string[] }> {
  const { secretBase32 } = await client.expectOk("startTwoStepEnrolment", {});
  const { recoveryCodes } = await client.expectOk("confirmTwoStepEnrolment", {
    body: { code: totpCode(secretBase32, atMs - 30_000) },
  });
  return { secretBase32, recoveryCodes };
}
