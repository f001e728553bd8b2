/**
 * The acting principal. Every use-case takes it first, so that who may do what is decided in one place (the
 * application layer), never in route handlers or command functions.
 */
export const ROLES = ["person", "coach", "admin"] as const;
export type Role = (typeof ROLES)[number];

export type AnonymousActor = { readonly kind: "anonymous" };
export type AccountActor = { readonly kind: "account"; readonly accountId: string; readonly role: Role };
export type Actor = AnonymousActor | AccountActor;

export const ANONYMOUS: AnonymousActor = { kind: "anonymous" };

export function accountActor(accountId: string, role: Role): AccountActor {
  return { kind: "account", accountId, role };
}
