/**
 * Getting back in without the password (decision 0332): a one-time link, printed by `hipcheck admin reset-link` on
 * the server's machine. The link's token is kept only as its sha256, works once, expires, and using it ends every
 * sign-in of the account, so whoever knew the old password is out.
 */
import { err, ok, type HipError, type Result } from "@hipcheck/core";
import type { IsoInstant } from "../ports.js";
import { checkPassword, hashToken } from "./accounts.js";
import { notFound } from "./access.js";
import { sendSecurityNotice } from "./security-notice.js";
import type { HipCheckDeps, UseCase } from "../use-case.js";

/**
 * A day: long enough for a clinic's admin to hand the link over by phone or message and the person to use it that
 * evening; short enough that a link found later in a message history no longer works (OWASP Forgot Password Cheat
 * Sheet: reset tokens expire after a suitable period).
 */
export const RESET_LINK_LIFETIME_HOURS = 24;

function invalidLink(): HipError {
  return {
    kind: "not-found",
    message: "This reset link does not work any more (already used, replaced or expired): ask for a new one.",
    field: "token",
  };
}

/**
 * A new one-time link for the account, replacing every unused one; the token is returned once and kept only as its
 * hash. The command line, "Forgot password?" and an admin's invitation (decision 0420) all issue links here.
 */
export async function issueResetLink(
  deps: Pick<HipCheckDeps, "repositories" | "clock" | "secrets">,
  accountId: string,
  lifetimeHours: number,
): Promise<{ readonly token: string; readonly expiresAt: IsoInstant }> {
  const { repositories, clock, secrets } = deps;
  const token = secrets.sessionToken();
  const createdAt = clock.now();
  const expiresAt = new Date(Date.parse(createdAt) + lifetimeHours * 3_600_000).toISOString();
  await repositories.transaction(async (tx) => {
    await tx.passwordResets.deleteUnusedForAccount(accountId);
    await tx.passwordResets.insert({
      tokenHash: hashToken(token),
      accountId,
      createdAt,
      expiresAt,
      usedAt: null,
    });
  });
  return { token, expiresAt };
}

export function passwordResetUseCases(deps: HipCheckDeps) {
  const { repositories, clock, passwords } = deps;
  return {
    createResetLinkLocally: async (_actor, input) => {
      const account = await repositories.accounts.findByEmail(input.email.trim());
      if (!account) return err({ ...notFound("account"), message: "No account has this email." });
      const link = await issueResetLink(deps, account.id, RESET_LINK_LIFETIME_HOURS);
      return ok({ email: account.email, ...link });
    },
    resetPassword: async (_actor, input) => {
      const tokenHash = hashToken(input.token);
      const reset = await repositories.passwordResets.findByTokenHash(tokenHash);
      const now = clock.now();
      if (!reset || reset.usedAt !== null || Date.parse(reset.expiresAt) <= Date.parse(now)) {
        return err(invalidLink());
      }
      const weak = checkPassword(input.newPassword, "newPassword");
      if (weak) return err(weak);
      const passwordHash = await passwords.hash(input.newPassword);
      const done = await repositories.transaction(async (tx): Promise<Result<null, HipError>> => {
        if (!(await tx.passwordResets.markUsed(tokenHash, now))) return err(invalidLink());
        await tx.accounts.updatePasswordHash(reset.accountId, passwordHash);
        // Every sign-in ends: a reset usually means someone else may know or have guessed the old password.
        await tx.authSessions.deleteAllForAccount(reset.accountId);
        return ok(null);
      });
      if (done.ok) await sendSecurityNotice(deps, reset.accountId, "password-reset");
      return done;
    },
  } satisfies PasswordResetUseCases;
}

export type ResetLinkInput = { readonly email: string };

export type ResetLink = {
  readonly email: string;
  /** Goes in the link's fragment (`/reset-password#token=…`), which browsers never send to a server or proxy log. */
  readonly token: string;
  readonly expiresAt: IsoInstant;
};

export type ResetPasswordInput = { readonly token: string; readonly newPassword: string };

/** One-time password reset links. */
export type PasswordResetUseCases = {
  /** The command line on the server's machine, whose user can open the database anyway. */
  readonly createResetLinkLocally: UseCase<ResetLinkInput, ResetLink>;
  readonly resetPassword: UseCase<ResetPasswordInput, null>;
};
