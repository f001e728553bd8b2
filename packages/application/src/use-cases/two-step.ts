/**
 * Two-step sign-in (decisions 0430–0433): a TOTP code (RFC 6238: HMAC-SHA1, 6 digits, 30-second steps, the
 * settings every authenticator app reads from a QR code) or a single-use recovery code, asked after a right
 * password. Required for admins, offered to coaches, allowed for anyone.
 */
import { createHash, randomInt } from "node:crypto";
import { err, ok, type HipError, type Result } from "@hipcheck/core";
import { Secret, TOTP } from "otpauth";
import type { AccountActor } from "../actor.js";
import type { AccountRecord, IsoInstant, Repositories, TwoStepMethodRecord } from "../ports.js";
import type { HipCheckDeps, UseCase } from "../use-case.js";
import { forbidden, invalid, requireAccount, unauthenticated } from "./access.js";
import { hashToken, openSession, type SignedIn } from "./accounts.js";
import { sendSecurityNotice } from "./security-notice.js";
import { twoStepRequiredFor } from "./two-step-policy.js";

const ISSUER = "HipCheck";
const PERIOD_SECONDS = 30;
/** RFC 6238 §5.2: one step either side covers a phone clock a little off and the time taken to type. */
const WINDOW_STEPS = 1;
/** RFC 4226 §4 asks for a shared secret of at least 128 bits and recommends 160. */
const SECRET_BYTES = 20;
export const RECOVERY_CODE_COUNT = 10;
/** No 0/O, 1/I/L or U: nothing a person misreads from paper. 30 symbols × 10 characters ≈ 49 bits per code. */
const RECOVERY_ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789";
const RECOVERY_CODE_LENGTH = 10;
/**
 * Wrong codes are slowed as wrong passwords are (OWASP Authentication Cheat Sheet: throttle, do not lock):
 * five free, then a wait doubling from 1 s up to 15 min after the last failure. A right code clears the count.
 */
const FREE_FAILURES = 5;
const FIRST_WAIT_MS = 1_000;
const MAX_WAIT_MS = 15 * 60_000;

/** The 30-second step whose code `code` is, within one step of `atMs`; undefined when it matches none. */
export function totpStepOf(secretBase32: string, code: string, atMs: number): number | undefined {
  const token = code.replace(/\s/g, "");
  if (!/^\d{6}$/.test(token)) return undefined;
  const delta = TOTP.validate({
    token,
    secret: Secret.fromBase32(secretBase32),
    period: PERIOD_SECONDS,
    timestamp: atMs,
    window: WINDOW_STEPS,
  });
  return delta === null ? undefined : TOTP.counter({ period: PERIOD_SECONDS, timestamp: atMs }) + delta;
}

/** What is compared: upper case, without spaces or dashes, so `abcde-fghjk` is the code printed `ABCDE-FGHJK`. */
function normalRecoveryCode(code: string): string {
  return code.replace(/[\s-]/g, "").toUpperCase();
}

function recoveryCodeHash(code: string): string {
  return createHash("sha256").update(normalRecoveryCode(code), "utf8").digest("hex");
}

function newRecoveryCode(): string {
  const characters = Array.from({ length: RECOVERY_CODE_LENGTH }, () =>
    RECOVERY_ALPHABET.charAt(randomInt(RECOVERY_ALPHABET.length)),
  ).join("");
  return `${characters.slice(0, 5)}-${characters.slice(5)}`;
}

/** Milliseconds before the next code may be tried for this account; 0 when it may be tried now. */
export function twoStepWaitMs(method: TwoStepMethodRecord, nowMs: number): number {
  const beyond = method.failedAttempts - FREE_FAILURES;
  if (beyond < 0 || method.lastFailedAt === null) return 0;
  const waitMs = Math.min(MAX_WAIT_MS, FIRST_WAIT_MS * 2 ** Math.min(beyond, 30));
  return Math.max(0, waitMs - (nowMs - Date.parse(method.lastFailedAt)));
}

function wrongCode(field: string): HipError {
  return {
    kind: "unauthenticated",
    message:
      "This code is not right, or was already used: enter the code your app shows now, or a recovery code.",
    field,
  };
}

function challengeGone(): HipError {
  return {
    kind: "unauthenticated",
    message: "This sign-in waited too long for its code: enter your email and password again.",
    field: "challenge",
  };
}

export function twoStepUseCases(deps: HipCheckDeps) {
  const { repositories, clock, passwords } = deps;

  async function freshRecoveryCodes(repos: Repositories, accountId: string): Promise<readonly string[]> {
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
    await repos.twoStep.replaceRecoveryCodes(accountId, codes.map(recoveryCodeHash));
    return codes;
  }

  /**
   * A code proves the person holds the phone (or a recovery code): the TOTP step is taken so it cannot be played
   * again, a recovery code is spent. Wrong codes count towards the wait.
   */
  async function checkCode(
    method: TwoStepMethodRecord,
    code: string,
    field: string,
  ): Promise<Result<null, HipError>> {
    const now = clock.now();
    const nowMs = Date.parse(now);
    const waitMs = twoStepWaitMs(method, nowMs);
    if (waitMs > 0) {
      return err({
        kind: "rate-limited",
        message: `Too many wrong codes for this account: wait ${Math.ceil(waitMs / 1_000)} s and try again.`,
        field,
      });
    }
    const step = totpStepOf(method.secretBase32, code, nowMs);
    const accepted =
      step === undefined
        ? await repositories.twoStep.useRecoveryCode(method.accountId, recoveryCodeHash(code), now)
        : await repositories.twoStep.takeStep(method.accountId, step);
    if (!accepted) {
      await repositories.twoStep.recordFailure(method.accountId, now);
      return err(wrongCode(field));
    }
    if (step === undefined) {
      await repositories.twoStep.clearFailures(method.accountId);
      // A spent recovery code means the phone was not at hand: if it was not the person, they must know now.
      await sendSecurityNotice(deps, method.accountId, "recovery-code-used");
    }
    return ok(null);
  }

  /** The password, or a current code, before two-step is turned off or its recovery codes replaced. */
  async function proven(
    actor: AccountActor,
    input: ProofInput,
  ): Promise<Result<{ account: AccountRecord; method: TwoStepMethodRecord }, HipError>> {
    const account = await repositories.accounts.findById(actor.accountId);
    if (!account) return err(unauthenticated());
    const method = await repositories.twoStep.find(actor.accountId);
    if (method?.enabledAt == null) {
      return err({ kind: "conflict", message: "Two-step sign-in is not on for this account." });
    }
    if (input.password !== undefined && input.password !== "") {
      if (await passwords.verify(account.passwordHash, input.password)) return ok({ account, method });
      return err({ kind: "forbidden", message: "The current password is not right.", field: "password" });
    }
    if (input.code !== undefined && input.code !== "") {
      const checked = await checkCode(method, input.code, "code");
      return checked.ok ? ok({ account, method }) : checked;
    }
    return err(invalid("Enter your password or a code from your authenticator app.", "password"));
  }

  const useCases = {
    getTwoStep: async (actor) => {
      const acting = requireAccount(actor);
      if (!acting.ok) return acting;
      const method = await repositories.twoStep.find(acting.value.accountId);
      const enabled = method?.enabledAt != null;
      return ok({
        enabled,
        required: twoStepRequiredFor(acting.value.role),
        enabledAt: enabled ? method.enabledAt : null,
        recoveryCodesLeft: enabled
          ? await repositories.twoStep.countUnusedRecoveryCodes(acting.value.accountId)
          : 0,
      });
    },
    startTwoStepEnrolment: async (actor) => {
      const acting = requireAccount(actor);
      if (!acting.ok) return acting;
      const account = await repositories.accounts.findById(acting.value.accountId);
      if (!account) return err(unauthenticated());
      const secret = new Secret({ size: SECRET_BYTES });
      const started = await repositories.twoStep.startEnrolment({
        accountId: account.id,
        secretBase32: secret.base32,
        createdAt: clock.now(),
        enabledAt: null,
        lastUsedStep: null,
        failedAttempts: 0,
        lastFailedAt: null,
      });
      if (!started) {
        return err({
          kind: "conflict",
          message: "Two-step sign-in is already on: turn it off first to set up another phone.",
        });
      }
      const totp = new TOTP({ issuer: ISSUER, label: account.email, secret, period: PERIOD_SECONDS });
      return ok({ secretBase32: secret.base32, otpauthUri: totp.toString() });
    },
    confirmTwoStepEnrolment: async (actor, input) => {
      const acting = requireAccount(actor);
      if (!acting.ok) return acting;
      const method = await repositories.twoStep.find(acting.value.accountId);
      if (!method || method.enabledAt !== null) {
        return err({ kind: "conflict", message: "There is no two-step setup waiting: start again." });
      }
      const now = clock.now();
      const step = totpStepOf(method.secretBase32, input.code, Date.parse(now));
      if (step === undefined) {
        await repositories.twoStep.recordFailure(method.accountId, now);
        return err({
          kind: "invalid-input",
          message: "This code is not right: enter the 6 digits your app shows now for HipCheck.",
          field: "code",
        });
      }
      return repositories.transaction(async (tx): Promise<Result<RecoveryCodes, HipError>> => {
        if (!(await tx.twoStep.enable(method.accountId, now, step))) {
          return err({ kind: "conflict", message: "Two-step sign-in is already on." });
        }
        return ok({ recoveryCodes: await freshRecoveryCodes(tx, method.accountId) });
      });
    },
    disableTwoStep: async (actor, input) => {
      const acting = requireAccount(actor);
      if (!acting.ok) return acting;
      if (twoStepRequiredFor(acting.value.role)) {
        return err(
          forbidden(
            "Admins keep two-step sign-in on. A lost phone is reset with `hipcheck admin two-step-reset`.",
          ),
        );
      }
      const checked = await proven(acting.value, input);
      if (!checked.ok) return checked;
      await repositories.transaction((tx) => tx.twoStep.remove(acting.value.accountId));
      await sendSecurityNotice(deps, acting.value.accountId, "two-step-off");
      return ok(null);
    },
    regenerateRecoveryCodes: async (actor, input) => {
      const acting = requireAccount(actor);
      if (!acting.ok) return acting;
      const checked = await proven(acting.value, input);
      if (!checked.ok) return checked;
      const recoveryCodes = await freshRecoveryCodes(repositories, acting.value.accountId);
      await sendSecurityNotice(deps, acting.value.accountId, "recovery-codes-replaced");
      return ok({ recoveryCodes });
    },
    completeTwoStepSignIn: async (_actor, input) => {
      const tokenHash = hashToken(input.challenge);
      const challenge = await repositories.twoStep.findChallenge(tokenHash);
      const now = clock.now();
      if (!challenge || Date.parse(challenge.expiresAt) <= Date.parse(now)) return err(challengeGone());
      const [account, method] = await Promise.all([
        repositories.accounts.findById(challenge.accountId),
        repositories.twoStep.find(challenge.accountId),
      ]);
      if (!account || method?.enabledAt == null) return err(challengeGone());
      const checked = await checkCode(method, input.code, "code");
      if (!checked.ok) return checked;
      // Of two requests racing with one second step, one signs in.
      if (!(await repositories.twoStep.deleteChallenge(tokenHash))) return err(challengeGone());
      return ok(await openSession(deps, account));
    },
    resetTwoStepLocally: async (_actor, input) => {
      const account = await repositories.accounts.findByEmail(input.email.trim());
      if (!account) return err({ kind: "not-found", message: "No account has this email." });
      const removed = await repositories.transaction(async (tx) => {
        const gone = await tx.twoStep.remove(account.id);
        // Whoever holds the lost phone may also hold a sign-in: every one of them ends.
        await tx.authSessions.deleteAllForAccount(account.id);
        return gone;
      });
      if (removed) await sendSecurityNotice(deps, account.id, "two-step-reset");
      return ok({ email: account.email, role: account.role, removed });
    },
  } satisfies TwoStepUseCases;

  return useCases;
}

export type ProofInput = { readonly password?: string; readonly code?: string };

export type TwoStepStatus = {
  readonly enabled: boolean;
  /** True for admins: nothing else works until it is on. */
  readonly required: boolean;
  readonly enabledAt: IsoInstant | null;
  readonly recoveryCodesLeft: number;
};

export type TwoStepEnrolment = {
  /** Shown as text for typing into the app; never shown again once enrolment is confirmed. */
  readonly secretBase32: string;
  /** `otpauth://totp/HipCheck:email?…`, shown as a QR code. */
  readonly otpauthUri: string;
};

export type RecoveryCodes = { readonly recoveryCodes: readonly string[] };

export type CompleteTwoStepInput = { readonly challenge: string; readonly code: string };

export type TwoStepResetInput = { readonly email: string };

export type TwoStepReset = {
  readonly email: string;
  readonly role: AccountRecord["role"];
  /** False when the account had no two-step to reset. */
  readonly removed: boolean;
};

/** Two-step sign-in: enrolment, recovery codes, the second step of a sign-in, and the admin's reset. */
export type TwoStepUseCases = {
  readonly getTwoStep: UseCase<Record<string, never>, TwoStepStatus>;
  readonly startTwoStepEnrolment: UseCase<Record<string, never>, TwoStepEnrolment>;
  readonly confirmTwoStepEnrolment: UseCase<{ readonly code: string }, RecoveryCodes>;
  readonly disableTwoStep: UseCase<ProofInput, null>;
  readonly regenerateRecoveryCodes: UseCase<ProofInput, RecoveryCodes>;
  readonly completeTwoStepSignIn: UseCase<CompleteTwoStepInput, SignedIn>;
  /** The command line on the server's machine (a lost phone); every sign-in of the account ends. */
  readonly resetTwoStepLocally: UseCase<TwoStepResetInput, TwoStepReset>;
};
