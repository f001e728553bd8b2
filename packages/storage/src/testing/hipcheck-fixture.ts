/**
 * HipCheck on a real SQLite database in memory, with a clock the test moves by hand, sequential ids and secrets,
 * and a fast password hasher (the server's argon2id hasher is tested with the server).
 */
import { createHash } from "node:crypto";
import {
  ANONYMOUS,
  type AccountQuotas,
  createHipCheck,
  type Actor,
  type Clock,
  type HipCheck,
  type PasswordHasher,
  type Role,
  type SecretGenerator,
  type SignedIn,
  type SignInOutput,
} from "@hipcheck/application";
import { addDays, type HipError, type Result } from "@hipcheck/core";
import { Secret, TOTP } from "otpauth";
import { openStorage, type Storage } from "../open-storage.js";

export type MovableClock = Clock & {
  readonly set: (instant: string) => void;
  readonly advanceDays: (days: number) => void;
};

export function movableClock(start: string): MovableClock {
  let now = start;
  return {
    now: () => now,
    today: () => now.slice(0, 10),
    set: (instant) => {
      now = instant;
    },
    advanceDays: (days) => {
      now = addDays(now.slice(0, 10), days) + now.slice(10);
    },
  };
}

function sequence(prefix: string): () => string {
  let n = 0;
  return () => {
    n += 1;
    return `${prefix}-${String(n).padStart(4, "0")}`;
  };
}

export const saltedSha256Hasher: PasswordHasher = {
  hash: (password) =>
    Promise.resolve(`sha256$${createHash("sha256").update(`hipcheck-test:${password}`).digest("hex")}`),
  verify: async (hash, password) => hash === (await saltedSha256Hasher.hash(password)),
};

export type Fixture = {
  readonly hipcheck: HipCheck;
  readonly storage: Storage;
  readonly clock: MovableClock;
  /** Creates an account of the role and signs it in; returns the acting principal. */
  readonly account: (email: string, role?: Role) => Promise<Actor & { kind: "account" }>;
};

export const START = "2026-12-01T08:00:00.000Z";
export const PASSWORD = "correct horse battery";

export function unwrap<T>(result: Result<T, HipError>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.kind}: ${result.error.message}`);
  return result.value;
}

/** A sign-in that opened a session (no second step asked); anything else fails the test. */
export function signedInOf(result: Result<SignInOutput, HipError>): SignedIn {
  const value = unwrap(result);
  if ("twoStep" in value) throw new Error("expected a session, got a second step to complete");
  return value;
}

/** Two-step sign-in turned on as a person does it: the key scanned, a code computed from it at the clock's time. */
export async function enrolTwoStep(hipcheck: HipCheck, actor: Actor, clock: Clock): Promise<string> {
  const { secretBase32 } = unwrap(await hipcheck.startTwoStepEnrolment(actor, {}));
  const code = TOTP.generate({ secret: Secret.fromBase32(secretBase32), timestamp: Date.parse(clock.now()) });
  unwrap(await hipcheck.confirmTwoStepEnrolment(actor, { code }));
  return secretBase32;
}

export async function openFixture(
  storage?: Storage,
  options: {
    readonly quotas?: Partial<AccountQuotas>;
    readonly pacing?: () => () => Promise<void>;
  } = {},
): Promise<Fixture> {
  const opened = storage ?? (await openStorage({ filename: ":memory:" }));
  const clock = movableClock(START);
  const secrets: SecretGenerator = { sessionToken: sequence("token"), invitationCode: sequence("HIP") };
  const hipcheck = createHipCheck({
    repositories: opened.repositories,
    clock,
    ids: { newId: sequence("id") },
    secrets,
    passwords: saltedSha256Hasher,
    ...(options.quotas === undefined ? {} : { quotas: options.quotas }),
    ...(options.pacing === undefined ? {} : { pacing: options.pacing }),
  });
  let adminActor: Actor | undefined;
  async function account(email: string, role: Role = "person"): Promise<Actor & { kind: "account" }> {
    if (role === "person") unwrap(await hipcheck.signUp(ANONYMOUS, { email, password: PASSWORD }));
    if (role === "admin") unwrap(await hipcheck.bootstrapAdmin(ANONYMOUS, { email, password: PASSWORD }));
    if (role === "coach") {
      const admin = adminActor ?? (await account("clinic-admin@example.org", "admin"));
      unwrap(await hipcheck.createCoachAccount(admin, { email, password: PASSWORD }));
    }
    const signedIn = signedInOf(await hipcheck.signIn(ANONYMOUS, { email, password: PASSWORD }));
    const actor = unwrap(await hipcheck.authenticate(ANONYMOUS, { token: signedIn.token }));
    if (actor.kind !== "account") throw new Error("sign-in did not give an account");
    if (role === "admin") {
      // Admins act only with two-step sign-in on (decision 0432).
      await enrolTwoStep(hipcheck, actor, clock);
      adminActor = actor;
    }
    return actor;
  }
  return { hipcheck, storage: opened, clock, account };
}
