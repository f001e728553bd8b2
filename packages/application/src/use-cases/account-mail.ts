/**
 * Account email (decision 0420): "Forgot password?", a coach's invitation sent to an address, and an admin's
 * invitation for a person with no coach. Each reuses the one-time links of decision 0332 or the coach's invitation
 * codes; the mail itself goes through the `AccountMailer` port, which queues it and never makes an answer wait.
 */
import { createHash } from "node:crypto";
import { err, ok, type HipError, type Lang, type Result } from "@hipcheck/core";
import type { AccountMailer } from "../account-mailer.js";
import { canManageAccounts } from "../authorization.js";
import type { IsoInstant } from "../ports.js";
import { forbidden, invalid, unauthenticated } from "./access.js";
import { isEmailAddress } from "./accounts.js";
import { makeInvitation, requireCoach, type InvitationView } from "./coaching.js";
import { issueResetLink } from "./password-resets.js";
import { adminTwoStepRefusal } from "./two-step-policy.js";
import type { HipCheckDeps, UseCase } from "../use-case.js";

/**
 * An emailed reset link works for one hour: a mailbox keeps messages for years and may be read by others later,
 * and a person who asked for the link is waiting for it (OWASP Forgot Password Cheat Sheet: tokens expire after a
 * suitable period). The printed link of `hipcheck admin reset-link` keeps its day (decision 0332).
 */
export const RESET_MAIL_LIFETIME_HOURS = 1;

/**
 * An admin's invitation link works for a week, like a letter one opens at the weekend; after that the admin sends
 * another (the account waits, with no usable password).
 */
export const ACCOUNT_INVITATION_LIFETIME_HOURS = 7 * 24;

function mailOff(): HipError {
  return {
    kind: "unavailable",
    message: "This HipCheck sends no email: ask the clinic's admin for a reset link or an invitation.",
  };
}

function invalidAddress(): HipError {
  return invalid("This is not an email address.", "email");
}

export function accountMailUseCases(deps: HipCheckDeps) {
  const { repositories, secrets, passwords, ids, clock } = deps;
  const mailer: AccountMailer | undefined = deps.mailer;

  /** The language the person chose in their profile; English before they have one. */
  async function languageOf(accountId: string): Promise<Lang> {
    return (await repositories.profiles.find(accountId))?.language ?? "en";
  }

  /** A person's account with a password nobody knows: the invitation link sets the first one. */
  async function invitePerson(input: AccountInvitationInput): Promise<Result<AccountInvitation, HipError>> {
    const email = input.email.trim();
    if (!isEmailAddress(email)) return err(invalidAddress());
    if (await repositories.accounts.findByEmail(email)) {
      return err({ kind: "conflict", message: "An account with this email already exists.", field: "email" });
    }
    const id = ids.newId();
    const unknowable = await passwords.hash(secrets.sessionToken());
    try {
      await repositories.accounts.insert({
        id,
        email,
        passwordHash: unknowable,
        role: "person",
        createdAt: clock.now(),
        displayName: null,
      });
    } catch (error) {
      // Two invitations for one address at the same moment: the unique index lets one through.
      if (await repositories.accounts.findByEmail(email)) {
        return err({
          kind: "conflict",
          message: "An account with this email already exists.",
          field: "email",
        });
      }
      throw error;
    }
    const link = await issueResetLink(deps, id, ACCOUNT_INVITATION_LIFETIME_HOURS);
    mailer?.send({ kind: "account-invitation", to: email, language: input.language, ...link });
    return ok({ email, ...link, mailed: mailer !== undefined });
  }

  return {
    getMailStatus: () => Promise.resolve(ok({ mail: mailer === undefined ? "off" : "on" } as const)),
    requestPasswordReset: async (_actor, input) => {
      if (mailer === undefined) return err(mailOff());
      // One answer whatever the address: an unknown one gets no mail, and nothing says so (no account probing).
      const account = await repositories.accounts.findByEmail(input.email.trim());
      if (account !== undefined) {
        const link = await issueResetLink(deps, account.id, RESET_MAIL_LIFETIME_HOURS);
        mailer.send({
          kind: "password-reset",
          to: account.email,
          language: await languageOf(account.id),
          ...link,
        });
      }
      return ok(null);
    },
    emailInvitation: async (actor, input) => {
      const coach = requireCoach(actor);
      if (!coach.ok) return coach;
      if (mailer === undefined) return err(mailOff());
      const to = input.email.trim();
      if (!isEmailAddress(to)) return err(invalidAddress());
      // The same invitation sent again under its id (a lost answer, a reload) answers the code made the first
      // time and mails nobody again; another address or language under that id is refused (decision 0635).
      const made = await makeInvitation(deps, actor, {
        ...withValidDays(input.validDays),
        ...(input.id === undefined ? {} : { id: input.id }),
        mailDigest: mailDigestOf(to, input.language),
      });
      if (!made.ok) return made;
      const invitation = made.value.invitation;
      if (!made.value.made) return ok(invitation);
      const account = await repositories.accounts.findById(coach.value.accountId);
      mailer.send({
        kind: "coach-invitation",
        to,
        language: input.language,
        coachName: account?.displayName ?? account?.email ?? "",
        code: invitation.code,
        expiresAt: invitation.expiresAt,
      });
      return ok(invitation);
    },
    inviteAccount: async (actor, input) => {
      if (actor.kind === "anonymous") return err(unauthenticated());
      if (!canManageAccounts(actor)) return err(forbidden("Only an admin invites a person without a coach."));
      const refusal = await adminTwoStepRefusal(deps, actor);
      if (refusal) return err(refusal);
      if (mailer === undefined) return err(mailOff());
      const invited = await invitePerson(input);
      if (!invited.ok) return invited;
      return ok({ email: invited.value.email, expiresAt: invited.value.expiresAt });
    },
    inviteAccountLocally: (_actor, input) => invitePerson(input),
  } satisfies AccountMailUseCases;
}

/**
 * Where an emailed invitation went, as a digest: enough to know the same invitation sent again, without keeping
 * the address of someone who may never sign up. Addresses are compared as typed, apart from case.
 */
function mailDigestOf(to: string, language: Lang): string {
  return createHash("sha256")
    .update(JSON.stringify([to.toLowerCase(), language]), "utf8")
    .digest("hex");
}

function withValidDays(validDays: number | undefined): { readonly validDays?: number } {
  return validDays === undefined ? {} : { validDays };
}

export type MailStatus = { readonly mail: "on" | "off" };

export type PasswordResetRequestInput = { readonly email: string };

export type EmailInvitationInput = {
  readonly email: string;
  /** The language the coach writes the mail in. */
  readonly language: Lang;
  readonly validDays?: number;
  /** Chosen by the client and kept across retries: a repeat makes one invitation and one mail (decision 0635). */
  readonly id?: string;
};

export type AccountInvitationInput = { readonly email: string; readonly language: Lang };

export type AccountInvitation = {
  readonly email: string;
  /** Goes in the link's fragment (`/reset-password#token=…&welcome=1`). */
  readonly token: string;
  readonly expiresAt: IsoInstant;
  /** Whether the link also went by email (SMTP set up). */
  readonly mailed: boolean;
};

export type SentAccountInvitation = { readonly email: string; readonly expiresAt: IsoInstant };

/** Account email: forgotten passwords and invitations (decision 0420). */
export type AccountMailUseCases = {
  /** Whether this server sends email, so the web app offers only what works. */
  readonly getMailStatus: UseCase<Record<string, never>, MailStatus>;
  /** Always the same answer; a known address gets a one-hour reset link in its language. */
  readonly requestPasswordReset: UseCase<PasswordResetRequestInput, null>;
  /** A coach's new invitation code, sent to an address in the language the coach chose. */
  readonly emailInvitation: UseCase<EmailInvitationInput, InvitationView>;
  /** An admin's invitation by email for a person with no coach (their account, and a link to set a password). */
  readonly inviteAccount: UseCase<AccountInvitationInput, SentAccountInvitation>;
  /** `hipcheck admin invite`: the same, printing the link too (sent as well when SMTP is set up). */
  readonly inviteAccountLocally: UseCase<AccountInvitationInput, AccountInvitation>;
};
