/** Accounts, sign-in sessions and passwords. */
import { createHash } from "node:crypto";
import { addDays, checkDisplayName, err, ok, type HipError, type Result } from "@hipcheck/core";
import { accountActor, type Actor, type Role } from "../actor.js";
import { canCreateCoachAccount, canManageAccounts } from "../authorization.js";
import type { AccountRecord, AccountSummaryRecord, IsoInstant, ListPage } from "../ports.js";
import type { PageInput } from "./tracking.js";
import { forbidden, invalid, notFound, requireAccount, unauthenticated } from "./access.js";
import { invalidInvitation, pendingInvitation } from "./coaching.js";
import { RefusedInTransaction } from "./refused-in-transaction.js";
import type { HipCheckDeps, SignUpPolicy, UseCase } from "../use-case.js";
import { sendSecurityNotice } from "./security-notice.js";
import { adminTwoStepRefusal, startTwoStepChallenge, type TwoStepPending } from "./two-step-policy.js";

/** NIST SP 800-63B §5.1.1.2: at least 8 characters; an upper bound keeps hashing cost bounded. */
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 256;
export const SESSION_LIFETIME_DAYS_DEFAULT = 30;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The same check as sign-up's, for addresses an invitation is sent to. */
export function isEmailAddress(email: string): boolean {
  return email.length <= 254 && EMAIL.test(email);
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function checkPassword(password: string, field: string): HipError | undefined {
  if (password.length < PASSWORD_MIN_LENGTH) {
    return invalid(`The password needs at least ${PASSWORD_MIN_LENGTH} characters.`, field);
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    return invalid(`The password can have at most ${PASSWORD_MAX_LENGTH} characters.`, field);
  }
  return undefined;
}

function emailTaken(): HipError {
  return {
    kind: "conflict",
    message: "An account with this email already exists: sign in instead.",
    field: "email",
  };
}

function view(account: AccountRecord): AccountView {
  return {
    accountId: account.id,
    email: account.email,
    displayName: account.displayName,
    role: account.role,
    createdAt: account.createdAt,
  };
}

function listing(summary: AccountSummaryRecord): AccountListing {
  return {
    accountId: summary.id,
    email: summary.email,
    displayName: summary.displayName,
    role: summary.role,
    createdAt: summary.createdAt,
    hasCoach: summary.hasCoach,
    hasClients: summary.hasClients,
  };
}

/** A new sign-in session for an account whose password (and second step, where on) was right. */
export async function openSession(deps: HipCheckDeps, account: AccountRecord): Promise<SignedIn> {
  const { repositories, clock, secrets } = deps;
  const lifetimeDays = deps.sessionLifetimeDays ?? SESSION_LIFETIME_DAYS_DEFAULT;
  const token = secrets.sessionToken();
  const createdAt = clock.now();
  // Expired sessions no longer sign anyone in, but their rows would stay for ever: each sign-in sweeps them,
  // so the table holds the live sessions and those that ended since the last sign-in.
  await repositories.authSessions.deleteExpired(createdAt);
  const expiresAt = addDays(createdAt.slice(0, 10), lifetimeDays) + createdAt.slice(10);
  await repositories.authSessions.insert({
    tokenHash: hashToken(token),
    accountId: account.id,
    createdAt,
    expiresAt,
  });
  return { ...view(account), token, expiresAt };
}

export function accountUseCases(deps: HipCheckDeps) {
  const { repositories, clock, ids, passwords } = deps;
  const signUpPolicy = deps.signUpPolicy ?? "open";

  /** Checks what a person typed and hashes the password: the account to insert, not yet stored. */
  async function newAccount(input: SignUpInput, role: Role): Promise<Result<AccountRecord, HipError>> {
    const email = input.email.trim();
    if (email.length > 254 || !EMAIL.test(email)) {
      return err(invalid("This is not an email address.", "email"));
    }
    const weak = checkPassword(input.password, "password");
    if (weak) return err(weak);
    const displayName = input.displayName === undefined ? ok(null) : checkDisplayName(input.displayName);
    if (!displayName.ok) return displayName;
    if (await repositories.accounts.findByEmail(email)) return err(emailTaken());
    return ok({
      id: ids.newId(),
      email,
      passwordHash: await passwords.hash(input.password),
      role,
      createdAt: clock.now(),
      displayName: displayName.value,
    });
  }

  async function createAccount(input: SignUpInput, role: Role): Promise<Result<AccountView, HipError>> {
    const account = await newAccount(input, role);
    if (!account.ok) return account;
    try {
      await repositories.accounts.insert(account.value);
    } catch (error) {
      // Two sign-ups with one email at the same moment: the unique index lets one through.
      if (await repositories.accounts.findByEmail(account.value.email)) return err(emailTaken());
      throw error;
    }
    return ok(view(account.value));
  }

  /**
   * Sign-up with a coach's code (decision 0331): the account is created and the invitation accepted in one
   * transaction, so a code lets exactly one person in, and a code used or withdrawn meanwhile creates nothing.
   */
  async function signUpWithInvitation(
    input: SignUpInput,
    code: string,
  ): Promise<Result<AccountView, HipError>> {
    const now = clock.now();
    // Checked before the password is hashed, and again inside the transaction where it counts.
    const early = await pendingInvitation(repositories, code, now, "invitationCode");
    if (!early.ok) return early;
    const account = await newAccount(input, "person");
    if (!account.ok) return account;
    try {
      return await repositories.transaction(async (tx) => {
        const link = await pendingInvitation(tx, code, now, "invitationCode");
        if (!link.ok) throw new RefusedInTransaction(link.error);
        await tx.accounts.insert(account.value);
        if (!(await tx.coachLinks.accept(link.value.id, account.value.id, now))) {
          throw new RefusedInTransaction(invalidInvitation("invitationCode"));
        }
        return ok(view(account.value));
      });
    } catch (error) {
      if (error instanceof RefusedInTransaction) return err(error.refusal);
      if (await repositories.accounts.findByEmail(account.value.email)) return err(emailTaken());
      throw error;
    }
  }

  async function verifiedAccount(actor: Actor, password: string): Promise<Result<AccountRecord, HipError>> {
    const acting = requireAccount(actor);
    if (!acting.ok) return acting;
    const account = await repositories.accounts.findById(acting.value.accountId);
    if (!account) return err(unauthenticated());
    if (!(await passwords.verify(account.passwordHash, password))) {
      return err({
        kind: "forbidden",
        message: "The current password is not right.",
        field: "currentPassword",
      });
    }
    return ok(account);
  }

  const useCases = {
    bootstrapAdmin: async (_actor, input) => {
      // A fresh self-hosted clinic has no admin yet: the first one is created from the command line; after
      // that, only existing admins manage accounts.
      if ((await repositories.accounts.countByRole("admin")) > 0) {
        return err(forbidden("This HipCheck already has an admin."));
      }
      return createAccount(input, "admin");
    },
    signUp: async (actor, input) => {
      if (actor.kind !== "anonymous") return err(forbidden("Sign out before creating another account."));
      const code = input.invitationCode?.trim() ?? "";
      if (code !== "") return signUpWithInvitation(input, code);
      if (signUpPolicy === "invite-only") {
        return err({
          kind: "forbidden",
          message:
            "This HipCheck is open by invitation only: sign up with the invitation code your coach gave you, or ask the clinic for an account.",
          field: "invitationCode",
        });
      }
      return createAccount(input, "person");
    },
    getSignUpPolicy: () => Promise.resolve(ok({ signUp: signUpPolicy })),
    createCoachAccount: async (actor, input) => {
      if (actor.kind === "anonymous") return err(unauthenticated());
      if (!canCreateCoachAccount(actor)) return err(forbidden("Only an admin creates coach accounts."));
      const refusal = await adminTwoStepRefusal(deps, actor);
      if (refusal) return err(refusal);
      return createAccount(input, "coach");
    },
    createCoachAccountLocally: async (_actor, input) => createAccount(input, "coach"),
    createAdminAccount: async (actor, input) => {
      if (actor.kind === "anonymous") return err(unauthenticated());
      if (!canManageAccounts(actor)) return err(forbidden("Only an admin creates admin accounts."));
      const refusal = await adminTwoStepRefusal(deps, actor);
      if (refusal) return err(refusal);
      return createAccount(input, "admin");
    },
    listAccounts: async (actor, input) => {
      if (actor.kind === "anonymous") return err(unauthenticated());
      if (!canManageAccounts(actor)) return err(forbidden("Only an admin lists accounts."));
      const refusal = await adminTwoStepRefusal(deps, actor);
      if (refusal) return err(refusal);
      return ok((await repositories.accounts.listSummaries(input.role)).map(listing));
    },
    pageAccounts: async (actor, input) => {
      if (actor.kind === "anonymous") return err(unauthenticated());
      if (!canManageAccounts(actor)) return err(forbidden("Only an admin lists accounts."));
      const refusal = await adminTwoStepRefusal(deps, actor);
      if (refusal) return err(refusal);
      const page = await repositories.accounts.pageSummaries(input.role, input.page);
      return ok({ items: page.items.map(listing), next: page.next });
    },
    deleteAccountAsAdmin: async (actor, input) => {
      if (actor.kind === "anonymous") return err(unauthenticated());
      if (!canManageAccounts(actor)) return err(forbidden("Only an admin deletes other accounts."));
      const refusal = await adminTwoStepRefusal(deps, actor);
      if (refusal) return err(refusal);
      if (input.accountId === actor.accountId) {
        // Deleting oneself asks for one's own password, on the account page.
        return err(forbidden("An admin deletes their own account from their settings, with their password."));
      }
      return repositories.transaction(async (tx): Promise<Result<null, HipError>> => {
        const target = await tx.accounts.findById(input.accountId);
        if (!target) return err(notFound("account"));
        // A clinic without an admin could no longer manage its accounts from inside HipCheck.
        if (target.role === "admin" && (await tx.accounts.countByRole("admin")) <= 1) {
          return err({ kind: "conflict", message: "This is the last admin account: it stays." });
        }
        // The same cascade as deleteAccount: the person's data, sessions and coach links go with the account.
        await tx.accounts.delete(target.id);
        return ok(null);
      });
    },
    signIn: async (_actor, input) => {
      const wrong: HipError = { kind: "unauthenticated", message: "Email or password is not right." };
      const account = await repositories.accounts.findByEmail(input.email.trim());
      if (!account) {
        // Hash anyway, so the answer time does not reveal which emails have accounts.
        await passwords.hash(input.password);
        return err(wrong);
      }
      if (!(await passwords.verify(account.passwordHash, input.password))) return err(wrong);
      const twoStep = await repositories.twoStep.find(account.id);
      if (twoStep?.enabledAt != null) return ok(await startTwoStepChallenge(deps, account.id));
      return ok(await openSession(deps, account));
    },
    authenticate: async (_actor, input) => {
      const session = await repositories.authSessions.findSignedIn(hashToken(input.token));
      if (!session) {
        return err({ kind: "unauthenticated", message: "This sign-in is not valid: sign in again." });
      }
      if (Date.parse(session.expiresAt) <= Date.parse(clock.now())) {
        await repositories.authSessions.deleteByTokenHash(session.tokenHash);
        return err({ kind: "unauthenticated", message: "This sign-in has expired: sign in again." });
      }
      if (session.role === null) return err(unauthenticated());
      return ok(accountActor(session.accountId, session.role));
    },
    signOut: async (actor, input) => {
      const acting = requireAccount(actor);
      if (!acting.ok) return acting;
      const session = await repositories.authSessions.findByTokenHash(hashToken(input.token));
      if (session?.accountId === acting.value.accountId) {
        await repositories.authSessions.deleteByTokenHash(session.tokenHash);
      }
      return ok(null);
    },
    signOutEverywhere: async (actor) => {
      const acting = requireAccount(actor);
      if (!acting.ok) return acting;
      return ok({
        sessionsEnded: await repositories.authSessions.deleteAllForAccount(acting.value.accountId),
      });
    },
    changePassword: async (actor, input) => {
      const account = await verifiedAccount(actor, input.currentPassword);
      if (!account.ok) return account;
      const weak = checkPassword(input.newPassword, "newPassword");
      if (weak) return err(weak);
      const passwordHash = await passwords.hash(input.newPassword);
      await repositories.transaction(async (tx) => {
        await tx.accounts.updatePasswordHash(account.value.id, passwordHash);
        // Whoever knew the old password is signed out everywhere else.
        const keep = input.keepToken === undefined ? undefined : hashToken(input.keepToken);
        await tx.authSessions.deleteAllForAccount(account.value.id, keep);
      });
      await sendSecurityNotice(deps, account.value.id, "password-changed");
      return ok(null);
    },
    getAccount: async (actor) => {
      const acting = requireAccount(actor);
      if (!acting.ok) return acting;
      const account = await repositories.accounts.findById(acting.value.accountId);
      return account ? ok(view(account)) : err(unauthenticated());
    },
    setDisplayName: async (actor, input) => {
      const acting = requireAccount(actor);
      if (!acting.ok) return acting;
      const displayName = input.displayName === null ? ok(null) : checkDisplayName(input.displayName);
      if (!displayName.ok) return displayName;
      return repositories.transaction(async (tx): Promise<Result<AccountView, HipError>> => {
        const account = await tx.accounts.findById(acting.value.accountId);
        if (!account) return err(unauthenticated());
        await tx.accounts.updateDisplayName(account.id, displayName.value);
        return ok(view({ ...account, displayName: displayName.value }));
      });
    },
    deleteAccount: async (actor, input) => {
      const account = await verifiedAccount(actor, input.password);
      if (!account.ok) return account;
      await repositories.accounts.delete(account.value.id);
      return ok(null);
    },
  } satisfies AccountUseCases;
  return useCases;
}

export type SignUpInput = {
  readonly email: string;
  readonly password: string;
  /** Shown to the person's coach or clients in place of the email; absent, the email is shown. */
  readonly displayName?: string;
  /** A coach's pending invitation: accepted with the sign-up; the only way in on an invite-only server. */
  readonly invitationCode?: string;
};

/** Null clears the name, so the email shows again. */
export type SetDisplayNameInput = { readonly displayName: string | null };

export type AccountView = {
  readonly accountId: string;
  readonly email: string;
  readonly displayName: string | null;
  readonly role: Role;
  readonly createdAt: IsoInstant;
};

export type SignInInput = { readonly email: string; readonly password: string };

/** A sign-in session: its token goes in the HttpOnly cookie. */
export type SignedIn = AccountView & { readonly token: string; readonly expiresAt: IsoInstant };

/** Signed in, or, for an account with two-step on, a second step to complete (decision 0430). */
export type SignInOutput = SignedIn | TwoStepPending;

export type TokenInput = { readonly token: string };

export type ChangePasswordInput = {
  readonly currentPassword: string;
  readonly newPassword: string;
  /** The session to keep; every other session of the account ends. */
  readonly keepToken?: string;
};

export type DeleteAccountInput = { readonly password: string };

export type ListAccountsInput = { readonly role?: Role };

export type AccountListing = AccountView & { readonly hasCoach: boolean; readonly hasClients: boolean };

export type AccountIdInput = { readonly accountId: string };

/** Accounts, sign-in sessions and the admin's account list. */
export type AccountUseCases = {
  readonly bootstrapAdmin: UseCase<SignUpInput, AccountView>;
  readonly signUp: UseCase<SignUpInput, AccountView>;
  /** Whether anyone may sign up here, or only a person with a coach's invitation code. */
  readonly getSignUpPolicy: UseCase<Record<string, never>, { readonly signUp: SignUpPolicy }>;
  readonly signIn: UseCase<SignInInput, SignInOutput>;
  readonly authenticate: UseCase<TokenInput, Actor>;
  readonly signOut: UseCase<TokenInput, null>;
  readonly signOutEverywhere: UseCase<Record<string, never>, { readonly sessionsEnded: number }>;
  readonly changePassword: UseCase<ChangePasswordInput, null>;
  readonly createCoachAccount: UseCase<SignUpInput, AccountView>;
  readonly getAccount: UseCase<Record<string, never>, AccountView>;
  /** The name the account shows its coach or clients (decision 0330). */
  readonly setDisplayName: UseCase<SetDisplayNameInput, AccountView>;
  readonly deleteAccount: UseCase<DeleteAccountInput, null>;
  /** The command line on the server's machine, whose user can open the database anyway. */
  readonly createCoachAccountLocally: UseCase<SignUpInput, AccountView>;
  readonly createAdminAccount: UseCase<SignUpInput, AccountView>;
  readonly listAccounts: UseCase<ListAccountsInput, readonly AccountListing[]>;
  /** The same list a page at a time, cut in SQL (decision 0621). */
  readonly pageAccounts: UseCase<ListAccountsInput & PageInput, ListPage<AccountListing>>;
  readonly deleteAccountAsAdmin: UseCase<AccountIdInput, null>;
};
