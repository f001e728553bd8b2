/**
 * Who needs two-step sign-in, and the pending second step a right password opens (decisions 0430, 0432). Kept
 * apart from the two-step use-cases so that accounts can use it without the two importing each other.
 */
import { createHash } from "node:crypto";
import type { HipError } from "@hipcheck/core";
import type { AccountActor, Role } from "../actor.js";
import type { IsoInstant } from "../ports.js";
import type { HipCheckDeps } from "../use-case.js";

/** Long enough to find the phone and open the app; a pending second step is not a sign-in. */
export const TWO_STEP_CHALLENGE_MINUTES = 5;

/** Required for admins; offered to coaches (who see many people's health data); allowed for anyone. */
export function twoStepRequiredFor(role: Role): boolean {
  return role === "admin";
}

/** Undefined when the actor may act; for an admin without two-step, the refusal that sends them to enrol. */
export async function adminTwoStepRefusal(
  deps: Pick<HipCheckDeps, "repositories">,
  actor: AccountActor,
): Promise<HipError | undefined> {
  if (!twoStepRequiredFor(actor.role)) return undefined;
  const method = await deps.repositories.twoStep.find(actor.accountId);
  if (method?.enabledAt != null) return undefined;
  return {
    kind: "two-step-required",
    message:
      "Admins need two-step sign-in: turn it on in Settings (an authenticator app and a code) before managing accounts.",
  };
}

export type TwoStepPending = {
  readonly twoStep: "required";
  /** Sent back with the code; lives TWO_STEP_CHALLENGE_MINUTES, and only its sha256 is stored. */
  readonly challenge: string;
  readonly expiresAt: IsoInstant;
};

/** After a right password, for an account with two-step on: a pending second step, not a session. */
export async function startTwoStepChallenge(deps: HipCheckDeps, accountId: string): Promise<TwoStepPending> {
  const { repositories, clock, secrets } = deps;
  const challenge = secrets.sessionToken();
  const createdAt = clock.now();
  // As with sign-ins: each new second step sweeps those that ended.
  await repositories.twoStep.deleteExpiredChallenges(createdAt);
  const expiresAt = new Date(Date.parse(createdAt) + TWO_STEP_CHALLENGE_MINUTES * 60_000).toISOString();
  await repositories.twoStep.insertChallenge({
    tokenHash: createHash("sha256").update(challenge, "utf8").digest("hex"),
    accountId,
    createdAt,
    expiresAt,
  });
  return { twoStep: "required", challenge, expiresAt };
}
