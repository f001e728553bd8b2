import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ANONYMOUS, accountActor, type Actor, type Role } from "./actor.js";
import {
  canActAsCoach,
  canCoachEditClientProgram,
  canCoachViewClient,
  canCreateCoachAccount,
  canEditProgram,
  canManageAccounts,
  canRecordPersonData,
  canRevokeLink,
  canViewPersonData,
  isActiveLink,
  isSelf,
} from "./authorization.js";
import type { CoachLinkRecord } from "./ports.js";

// Personas: Dana runs with patellofemoral pain; Maya is her coach; Omar is another coach; Leo another person;
// Ada administers the clinic's HipCheck.
const DANA = "dana";
const actors = {
  anonymous: ANONYMOUS,
  dana: accountActor(DANA, "person"),
  coachMaya: accountActor("maya", "coach"),
  coachOmar: accountActor("omar", "coach"),
  leo: accountActor("leo", "person"),
  adminAda: accountActor("ada", "admin"),
} satisfies Record<string, Actor>;
type ActorName = keyof typeof actors;

const created = "2026-12-01T08:00:00.000Z";
const links = {
  none: undefined,
  pending: {
    id: "l1",
    coachId: "maya",
    clientId: null,
    code: "HIP-1",
    createdAt: created,
    acceptedAt: null,
    revokedAt: null,
  },
  accepted: {
    id: "l1",
    coachId: "maya",
    clientId: DANA,
    code: "HIP-1",
    createdAt: created,
    acceptedAt: created,
    revokedAt: null,
  },
  revoked: {
    id: "l1",
    coachId: "maya",
    clientId: DANA,
    code: "HIP-1",
    createdAt: created,
    acceptedAt: created,
    revokedAt: created,
  },
} satisfies Record<string, CoachLinkRecord | undefined>;
type LinkState = keyof typeof links;

/** Who may see Dana's data, for every actor and every state of the Maya–Dana link. */
const VIEW: Record<ActorName, Record<LinkState, boolean>> = {
  anonymous: { none: false, pending: false, accepted: false, revoked: false },
  dana: { none: true, pending: true, accepted: true, revoked: true },
  coachMaya: { none: false, pending: false, accepted: true, revoked: false },
  coachOmar: { none: false, pending: false, accepted: false, revoked: false },
  leo: { none: false, pending: false, accepted: false, revoked: false },
  adminAda: { none: false, pending: false, accepted: false, revoked: false },
};

const names = Object.keys(actors) as ActorName[];
const states = Object.keys(links) as LinkState[];
const cases = names.flatMap((name) => states.map((state) => [name, state] as const));

describe("who may see and edit Dana's data", () => {
  it.each(cases)("%s with the link %s", (name, state) => {
    const actor = actors[name];
    const link = links[state];
    expect(canViewPersonData(actor, DANA, link)).toBe(VIEW[name][state]);
    // Editing the program follows exactly the same rule as seeing it.
    expect(canEditProgram(actor, DANA, link)).toBe(VIEW[name][state]);
    // Only Dana records her own measures, whatever the link.
    expect(canRecordPersonData(actor, DANA)).toBe(name === "dana");
    const coachAccess = name === "coachMaya" && state === "accepted";
    expect(canCoachViewClient(actor, DANA, link)).toBe(coachAccess);
    expect(canCoachEditClientProgram(actor, DANA, link)).toBe(coachAccess);
  });

  it("a link accepted by Dana gives Maya nothing about Leo", () => {
    expect(canViewPersonData(actors.coachMaya, "leo", links.accepted)).toBe(false);
  });

  it("a coach's link with herself is not a way into her own data as a coach (she has it as herself)", () => {
    const selfLink = { ...links.accepted, clientId: "maya" };
    expect(canCoachViewClient(actors.coachMaya, "maya", selfLink)).toBe(false);
    expect(canViewPersonData(actors.coachMaya, "maya", undefined)).toBe(true);
  });

  it("an accepted link only counts for the coach and client it joins", () => {
    expect(isActiveLink(links.accepted, "maya", DANA)).toBe(true);
    expect(isActiveLink(links.accepted, "omar", DANA)).toBe(false);
    expect(isActiveLink(links.accepted, "maya", "leo")).toBe(false);
  });
});

describe("roles", () => {
  const ROLE_TABLE: Record<ActorName, { createCoach: boolean; actAsCoach: boolean }> = {
    anonymous: { createCoach: false, actAsCoach: false },
    dana: { createCoach: false, actAsCoach: false },
    coachMaya: { createCoach: false, actAsCoach: true },
    coachOmar: { createCoach: false, actAsCoach: true },
    leo: { createCoach: false, actAsCoach: false },
    adminAda: { createCoach: true, actAsCoach: false },
  };
  it.each(names)("%s", (name) => {
    expect(canCreateCoachAccount(actors[name])).toBe(ROLE_TABLE[name].createCoach);
    // Managing accounts (create, list, delete) goes with creating coaches: admins only.
    expect(canManageAccounts(actors[name])).toBe(ROLE_TABLE[name].createCoach);
    expect(canActAsCoach(actors[name])).toBe(ROLE_TABLE[name].actAsCoach);
  });
});

describe("ending a coach link", () => {
  const REVOKE: Record<ActorName, boolean> = {
    anonymous: false,
    dana: true,
    coachMaya: true,
    coachOmar: false,
    leo: false,
    adminAda: false,
  };
  it.each(names)("%s", (name) => {
    expect(canRevokeLink(actors[name], links.accepted)).toBe(REVOKE[name]);
  });
});

describe("properties of access to a person's data", () => {
  const roleArb = fc.constantFrom<Role>("person", "coach", "admin");
  const idArb = fc.constantFrom("dana", "maya", "omar", "leo", "ada");
  const instantArb = fc.constantFrom(created, "2026-12-02T08:00:00.000Z");
  const linkArb: fc.Arbitrary<CoachLinkRecord | undefined> = fc.option(
    fc.record({
      id: fc.constant("l1"),
      coachId: idArb,
      clientId: fc.option(idArb, { nil: null }),
      code: fc.constant("HIP-1"),
      createdAt: fc.constant(created),
      acceptedAt: fc.option(instantArb, { nil: null }),
      revokedAt: fc.option(instantArb, { nil: null }),
    }),
    { nil: undefined },
  );
  const actorArb: fc.Arbitrary<Actor> = fc.oneof(
    fc.constant(ANONYMOUS),
    fc.tuple(idArb, roleArb).map(([id, role]) => accountActor(id, role)),
  );

  it("access to someone else's data comes only from an accepted, unrevoked link of a coach with them", () => {
    fc.assert(
      fc.property(actorArb, idArb, linkArb, (actor, personId, link) => {
        if (!canViewPersonData(actor, personId, link) || isSelf(actor, personId)) return;
        expect(actor).toMatchObject({ kind: "account", role: "coach" });
        expect(link).toMatchObject({ clientId: personId, revokedAt: null });
        expect(link?.acceptedAt).not.toBeNull();
        expect(link?.coachId).toBe(actor.kind === "account" ? actor.accountId : undefined);
      }),
    );
  });

  it("a revoked link never gives access, and nobody records data for someone else", () => {
    fc.assert(
      fc.property(actorArb, idArb, linkArb, (actor, personId, link) => {
        if (link?.revokedAt != null && !isSelf(actor, personId)) {
          expect(canViewPersonData(actor, personId, link)).toBe(false);
        }
        expect(canRecordPersonData(actor, personId)).toBe(isSelf(actor, personId));
      }),
    );
  });
});
