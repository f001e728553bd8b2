/**
 * Email about an account (decision 0420): what the application asks to be sent, never how. The server renders each
 * mail in the person's language and sends it over SMTP after answering, so no answer waits on a mail server.
 */
import type { Lang } from "@hipcheck/core";
import type { IsoInstant } from "./ports.js";

/** The one-time link of a "Forgot password?" request (the same links as `hipcheck admin reset-link`). */
export type PasswordResetMail = {
  readonly kind: "password-reset";
  readonly to: string;
  readonly language: Lang;
  /** Goes in the link's fragment (`/reset-password#token=…`). */
  readonly token: string;
  readonly expiresAt: IsoInstant;
};

/** A coach's invitation code, sent to the person the coach wants to coach. */
export type CoachInvitationMail = {
  readonly kind: "coach-invitation";
  readonly to: string;
  readonly language: Lang;
  /** The coach's display name, or their email when they chose none. */
  readonly coachName: string;
  readonly code: string;
  readonly expiresAt: IsoInstant;
};

/** An admin's invitation to a person with no coach: the link sets the new account's first password. */
export type AccountInvitationMail = {
  readonly kind: "account-invitation";
  readonly to: string;
  readonly language: Lang;
  readonly token: string;
  readonly expiresAt: IsoInstant;
};

/**
 * A change to how the account is signed in to (decision 0680): the person learns of it even when someone else made
 * it. It names the change and its moment, never a password, code or link that would let anyone in.
 */
export type SecurityChange =
  | "password-changed"
  | "password-reset"
  | "two-step-off"
  | "two-step-reset"
  | "recovery-code-used"
  | "recovery-codes-replaced";

export type SecurityNoticeMail = {
  readonly kind: "security-notice";
  readonly to: string;
  readonly language: Lang;
  readonly change: SecurityChange;
  readonly at: IsoInstant;
};

export type AccountMail =
  PasswordResetMail | CoachInvitationMail | AccountInvitationMail | SecurityNoticeMail;

/**
 * Queues a mail and returns at once; a mail that cannot be sent is logged by the sender, never answered to the
 * request that asked for it (a "Forgot password?" answer must not depend on whether an account exists).
 */
export interface AccountMailer {
  send(mail: AccountMail): void;
}
