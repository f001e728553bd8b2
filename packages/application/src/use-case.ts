import type { AccountQuotas } from "./account-quotas.js";
import type { AccountMailer } from "./account-mailer.js";
import type { Actor } from "./actor.js";
import type { Clock, IdGenerator, PasswordHasher, Repositories, SecretGenerator } from "./ports.js";
import type { HipError, Result } from "@hipcheck/core";
/** The shape every use-case shares, and what the application is built from. */

export type HipCheckDeps = {
  readonly repositories: Repositories;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly secrets: SecretGenerator;
  readonly passwords: PasswordHasher;
  /** How long a sign-in lasts; 30 days when not given. */
  readonly sessionLifetimeDays?: number;
  /**
   * Who may create an account by signing up: anyone (`open`, the default), or only a person holding a coach's
   * pending invitation code (`invite-only`, decision 0331). Accounts an admin makes are never affected.
   */
  readonly signUpPolicy?: SignUpPolicy;
  /** The server's VAPID public key (web push reminders); absent where push is not set up. */
  readonly pushPublicKey?: string;
  /** What one account may store; DEFAULT_ACCOUNT_QUOTAS where a field is not given. */
  readonly quotas?: Partial<AccountQuotas>;
  /** Sends account email (password resets, invitations) when SMTP is set up (decision 0420); absent otherwise. */
  readonly mailer?: AccountMailer;
  /**
   * The server's key for the token of a share link made under a client's id (decision 0635): the token is an HMAC
   * of the account and that id, so a repeat answers the same link while the database holds only its hash. Kept
   * outside the database; absent, such a link is still made once, but a repeat cannot show its token again.
   */
  readonly shareLinkKey?: Uint8Array;
  /**
   * Starts the pacing of one long loop (an import's entries): the function it gives is awaited at each step and
   * lets the event loop turn when the loop has held it long enough, so that a server keeps answering everyone else
   * (decision 0740). Without it, the steps run without a pause (the command line, tests).
   */
  readonly pacing?: () => () => Promise<void>;
};

const NO_PAUSE = (): Promise<void> => Promise.resolve();

/** The pacing of one long loop: the shell's (`HipCheckDeps.pacing`), or none. */
export function pacingOf(deps: HipCheckDeps): () => Promise<void> {
  return deps.pacing?.() ?? NO_PAUSE;
}

export const SIGN_UP_POLICIES = ["open", "invite-only"] as const;
export type SignUpPolicy = (typeof SIGN_UP_POLICIES)[number];

export type UseCase<I, O> = (actor: Actor, input: I) => Promise<Result<O, HipError>>;

/** Another person's data is asked for by `personId`; without it, the actor's own. */
export type PersonRef = { readonly personId?: string };
