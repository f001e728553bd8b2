/**
 * Turns the authorization predicates into use-case results. A person's data that the actor may not see answers
 * `not-found`, exactly as if it did not exist, so that ids cannot be probed; a missing sign-in answers
 * `unauthenticated`; a role that may never do something answers `forbidden`.
 */
import { err, ok, type HipError, type Result } from "@hipcheck/core";
import type { AccountActor, Actor } from "../actor.js";
import { canEditProgram, canRecordPersonData, canViewPersonData } from "../authorization.js";
import type { Repositories } from "../ports.js";

export type Purpose = "view" | "edit-program" | "record";

export function requireAccount(actor: Actor): Result<AccountActor, HipError> {
  return actor.kind === "account" ? ok(actor) : err(unauthenticated());
}

export function unauthenticated(): HipError {
  return { kind: "unauthenticated", message: "Sign in first." };
}

export function notFound(what: string): HipError {
  return { kind: "not-found", message: `No ${what} with this id.` };
}

export function forbidden(message: string): HipError {
  return { kind: "forbidden", message };
}

export function invalid(message: string, field?: string): HipError {
  return field === undefined ? { kind: "invalid-input", message } : { kind: "invalid-input", message, field };
}

/** Resolves whose data a request is about and checks the actor may use it for `purpose`. */
export async function accessPerson(
  repositories: Repositories,
  actor: Actor,
  personId: string | undefined,
  purpose: Purpose,
): Promise<Result<{ readonly actor: AccountActor; readonly personId: string }, HipError>> {
  const account = requireAccount(actor);
  if (!account.ok) return account;
  const target = personId ?? account.value.accountId;
  if (target === account.value.accountId) return ok({ actor: account.value, personId: target });
  const link =
    account.value.role === "coach"
      ? await repositories.coachLinks.activeLink(account.value.accountId, target)
      : undefined;
  const allowed =
    purpose === "view"
      ? canViewPersonData(actor, target, link)
      : purpose === "edit-program"
        ? canEditProgram(actor, target, link)
        : canRecordPersonData(actor, target);
  return allowed ? ok({ actor: account.value, personId: target }) : err(notFound("person"));
}
