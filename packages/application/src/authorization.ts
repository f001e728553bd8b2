/**
 * Who may do what, as pure predicates. Every use-case decides access with these and nothing else.
 *
 * - A person manages their own data (any role has "own data": a coach can also train).
 * - A coach sees a client's data and edits their programs only while a link exists that the client accepted and
 *   nobody revoked. The client (or the coach) can revoke it at any time; from then on the coach sees nothing.
 * - Only the person writes their own measures (session logs, pain, PSFS, check-ins, movement screens): a coach
 *   adjusts the program, the person reports what they did and felt.
 * - An admin creates, lists and deletes accounts; being an admin gives no access to anyone's health data.
 */
import type { Actor } from "./actor.js";
import type { CoachLinkRecord } from "./ports.js";

export function isSelf(actor: Actor, personId: string): boolean {
  return actor.kind === "account" && actor.accountId === personId;
}

/** The link is accepted, not revoked, and joins exactly this coach and this client. */
export function isActiveLink(link: CoachLinkRecord | undefined, coachId: string, clientId: string): boolean {
  return (
    link !== undefined &&
    link.coachId === coachId &&
    link.clientId === clientId &&
    link.acceptedAt !== null &&
    link.revokedAt === null
  );
}

export function canCoachViewClient(
  actor: Actor,
  clientId: string,
  link: CoachLinkRecord | undefined,
): boolean {
  return (
    actor.kind === "account" &&
    actor.role === "coach" &&
    actor.accountId !== clientId &&
    isActiveLink(link, actor.accountId, clientId)
  );
}

/** A coach edits what a client's program contains on the same terms as seeing it. */
export function canCoachEditClientProgram(
  actor: Actor,
  clientId: string,
  link: CoachLinkRecord | undefined,
): boolean {
  return canCoachViewClient(actor, clientId, link);
}

export function canViewPersonData(
  actor: Actor,
  personId: string,
  link: CoachLinkRecord | undefined,
): boolean {
  return isSelf(actor, personId) || canCoachViewClient(actor, personId, link);
}

export function canEditProgram(actor: Actor, ownerId: string, link: CoachLinkRecord | undefined): boolean {
  return isSelf(actor, ownerId) || canCoachEditClientProgram(actor, ownerId, link);
}

export function canRecordPersonData(actor: Actor, personId: string): boolean {
  return isSelf(actor, personId);
}

export function canCreateCoachAccount(actor: Actor): boolean {
  return canManageAccounts(actor);
}

/** Create, list and delete other accounts (never their health data). */
export function canManageAccounts(actor: Actor): boolean {
  return actor.kind === "account" && actor.role === "admin";
}

/** Invitations, client lists, notes and group templates. */
export function canActAsCoach(actor: Actor): boolean {
  return actor.kind === "account" && actor.role === "coach";
}

/** Either side of a link may end it. */
export function canRevokeLink(actor: Actor, link: CoachLinkRecord): boolean {
  return actor.kind === "account" && (actor.accountId === link.clientId || actor.accountId === link.coachId);
}
