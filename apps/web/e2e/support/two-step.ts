/**
 * Two-step sign-in in the browser journeys: codes computed from the key the server handed out, as an
 * authenticator app computes them, on the real clock. A code's step is remembered per account, so no journey
 * plays a code twice (the server refuses a replay); one step ahead is within the server's window.
 */
import { Secret, TOTP } from "otpauth";

const STEP_MS = 30_000;
const secrets = new Map<string, string>();
const lastSteps = new Map<string, number>();

export function rememberTwoStepKey(email: string, secretBase32: string): void {
  secrets.set(email, secretBase32);
}

/** The next code for this account: this step's, or the next step's when this one was already used. */
export function nextTwoStepCode(email: string, secretBase32 = secrets.get(email)): string {
  if (secretBase32 === undefined) throw new Error(`No two-step key is known for ${email}`);
  const nowStep = Math.floor(Date.now() / STEP_MS);
  const step = Math.max(nowStep, (lastSteps.get(email) ?? -1) + 1);
  if (step > nowStep + 1) throw new Error(`Two codes of ${email} were already used this half-minute`);
  lastSteps.set(email, step);
  return TOTP.generate({ secret: Secret.fromBase32(secretBase32), timestamp: step * STEP_MS });
}
