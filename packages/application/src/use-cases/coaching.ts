/**
 * Coach–client links by invitation code, revocable by either side at any time, and the coach's view of their
 * clients: who trained this week, who is stuck, who has more pain, who has red flags, whose hip got stronger.
 */
import {
  addDays,
  analyzeProgress,
  classifyPainChange,
  compareAllStrength,
  err,
  ok,
  programWeekSessions,
  ratesTheWeek,
  sessionStatuses,
  strengthChangeKind,
  type HipError,
  type IsoDate,
  type PainEntry,
  type Program,
  type ProgramWeekSessions,
  type PsfsEntry,
  type Result,
  type SessionLog,
  type StrengthChange,
  type StrengthCheck,
} from "@hipcheck/core";
import type { AccountActor, Actor } from "../actor.js";
import { canActAsCoach, canRevokeLink, isActiveLink } from "../authorization.js";
import type { CoachLinkRecord, IsoInstant, ListPage, Repositories, CoachNoteRecord } from "../ports.js";
import type { PageInput } from "./tracking.js";
import { forbidden, invalid, notFound, requireAccount } from "./access.js";
import { normalizeInvitationCode } from "./invitation-code.js";
import { clientIdTaken } from "../client-entry-id.js";
import { quotaProblemHeld, quotasOf } from "../account-quotas.js";
import type { HipCheckDeps, UseCase } from "../use-case.js";

export const COACH_NOTE_MAX_LENGTH = 5000;

/**
 * An unused invitation code stops working after two weeks unless the coach chooses otherwise (one day for a class
 * code shown on a screen, up to 90 for a client who starts next month): a code short enough to type must not
 * stay open to guessing for ever, and a coach hands out a fresh one in a click (decision 0271).
 */
export const INVITATION_LIFETIME_DAYS = 14;
export const INVITATION_LIFETIME_DAYS_MAX = 90;

function afterDays(instant: IsoInstant, days: number): IsoInstant {
  return addDays(instant.slice(0, 10), days) + instant.slice(10);
}

function invitationView(link: CoachLinkRecord): InvitationView {
  const expiresAt = link.expiresAt ?? afterDays(link.createdAt, INVITATION_LIFETIME_DAYS);
  return { linkId: link.id, code: link.code, createdAt: link.createdAt, expiresAt };
}

function isExpired(invitation: InvitationView, now: IsoInstant): boolean {
  return Date.parse(invitation.expiresAt) <= Date.parse(now);
}

/** One answer for a code that never existed, was withdrawn, used or expired: codes cannot be probed. */
export function invalidInvitation(field: string): HipError {
  return {
    ...notFound("invitation"),
    message: "This invitation code is not valid: ask your coach for a new one.",
    field,
  };
}

/** A code a new person may still accept: pending (not accepted, not withdrawn) and not expired. */
export async function pendingInvitation(
  repositories: Repositories,
  typed: string,
  now: IsoInstant,
  field: string,
): Promise<Result<CoachLinkRecord, HipError>> {
  const link = await repositories.coachLinks.findByCode(normalizeInvitationCode(typed));
  if (!link || link.revokedAt !== null || link.clientId !== null || isExpired(invitationView(link), now)) {
    return err(invalidInvitation(field));
  }
  return ok(link);
}

export function requireCoach(actor: Actor): Result<AccountActor, HipError> {
  const acting = requireAccount(actor);
  if (!acting.ok) return acting;
  return canActAsCoach(acting.value) ? acting : err(forbidden("Only a coach account can do this."));
}

/** The coach's active link with this client; anything else answers not-found, as if the client did not exist. */
export async function requireClient(
  repositories: Repositories,
  actor: Actor,
  clientId: string,
): Promise<Result<{ coach: AccountActor; link: CoachLinkRecord }, HipError>> {
  const coach = requireCoach(actor);
  if (!coach.ok) return coach;
  const link = await repositories.coachLinks.activeLink(coach.value.accountId, clientId);
  if (!link || !isActiveLink(link, coach.value.accountId, clientId)) return err(notFound("client"));
  return ok({ coach: coach.value, link });
}

async function linkView(repositories: Repositories, link: CoachLinkRecord): Promise<CoachLinkView> {
  const coach = await repositories.accounts.findById(link.coachId);
  return {
    linkId: link.id,
    coachId: link.coachId,
    coachEmail: coach?.email ?? "",
    coachDisplayName: coach?.displayName ?? null,
    clientId: link.clientId,
    acceptedAt: link.acceptedAt,
    revokedAt: link.revokedAt,
  };
}

async function summarize(
  deps: HipCheckDeps,
  link: CoachLinkRecord & { clientId: string },
): Promise<ClientSummary> {
  const { repositories, clock } = deps;
  const today = clock.today();
  const client = await repositories.accounts.findById(link.clientId);
  const logs = (await repositories.sessionLogs.listFor(link.clientId)).map((record) => record.log);
  // "Trained this week": a finished log in the last 7 days, today included, planned or not.
  const trainedThisWeek = logs.some(
    (log) => log.completed && log.date > addDays(today, -7) && log.date <= today,
  );
  const pain = (await repositories.outcomes.listPain(link.clientId))
    .map((record) => record.entry)
    .filter(ratesTheWeek);
  // One rating a day, the day's last: a rating corrected minutes later replaces that day's, as the progress verdicts
  // take it (decision 0901), and is not "more pain". The list is in date order, each day's ratings as given.
  const [previous, latest] = [...new Map(pain.map((entry) => [entry.date, entry])).values()].slice(-2);
  // "More pain": the usual pain rose by at least the minimal important change (outcomes module, Farrar 2001).
  const morePain =
    previous !== undefined &&
    latest !== undefined &&
    classifyPainChange(previous.painUsual, latest.painUsual).change === "worse";
  const screen = await repositories.checkIns.latestFor(link.clientId);
  const program = await repositories.programs.latestFor(link.clientId);
  const psfs = (await repositories.outcomes.listPsfs(link.clientId)).map((record) => record.entry);
  const strengthChecks = (await repositories.strengthChecks.listFor(link.clientId)).map(
    (record) => record.entry,
  );
  return {
    clientId: link.clientId,
    email: client?.email ?? "",
    displayName: client?.displayName ?? null,
    linkedAt: link.acceptedAt ?? link.createdAt,
    // Done of planned in the program week, partly done apart, by core's one rule (decisions 0810, 0840).
    programWeek: program
      ? programWeekSessions(program.program, sessionStatuses(program.program, logs), today)
      : null,
    trainedThisWeek,
    stuck: program ? isStuck(program.program, logs, { pain, psfs, strengthChecks }, today) : false,
    strength: strengthAtAGlance(strengthChecks, program?.program.startDate, today),
    morePain,
    redFlags: screen !== undefined && screen.screen.tier !== "none",
    lastSessionDate: logs.filter((log) => log.completed).at(-1)?.date ?? null,
  };
}

/** Stuck: the latest checkpoint already reached shows no real change (smaller than the minimal important change). */
function isStuck(
  program: Program,
  logs: readonly SessionLog[],
  measures: {
    readonly pain: readonly PainEntry[];
    readonly psfs: readonly PsfsEntry[];
    readonly strengthChecks: readonly StrengthCheck[];
  },
  today: IsoDate,
): boolean {
  const report = analyzeProgress(program, logs, measures.pain, measures.psfs, [], today, null, {
    strengthChecks: measures.strengthChecks,
  });
  const reached = report.checkpoints.filter((checkpoint) => checkpoint.date <= today);
  return reached.at(-1)?.verdict === "no-real-change";
}

/**
 * Strength since the baseline, all checks together (docs/clinical §10.5): "stronger" when a side of some test
 * gained more than its MDC and none lost as much, "weaker" the reverse, "no-sure-change" otherwise; null without a
 * baseline and a later check. The coach's list shows who is not improving.
 */
function strengthAtAGlance(
  checks: readonly StrengthCheck[],
  start: IsoDate | undefined,
  today: IsoDate,
): StrengthChange | null {
  const first = checks[0]?.date;
  if (first === undefined) return null;
  const kinds = compareAllStrength(checks, start ?? first, today).map(strengthChangeKind);
  if (kinds.length === 0) return null;
  if (kinds.includes("better") && !kinds.includes("worse")) return "stronger";
  if (kinds.includes("worse") && !kinds.includes("better")) return "weaker";
  return "no-sure-change";
}

/**
 * A coach's new invitation, or the one made the first time under the client's id (decision 0610): `made` says
 * whether this request wrote it, so that what follows a new invitation (its mail) happens once. An emailed one
 * carries its mail's digest, which must match too (decision 0635).
 */
export async function makeInvitation(
  deps: HipCheckDeps,
  actor: Actor,
  input: CreateInvitationInput & { readonly mailDigest?: string },
): Promise<Result<{ readonly invitation: InvitationView; readonly made: boolean }, HipError>> {
  const { repositories, clock, ids, secrets } = deps;
  const coach = requireCoach(actor);
  if (!coach.ok) return coach;
  const validDays = input.validDays ?? INVITATION_LIFETIME_DAYS;
  if (!Number.isInteger(validDays) || validDays < 1 || validDays > INVITATION_LIFETIME_DAYS_MAX) {
    return err(invalid(`A code works for 1 to ${INVITATION_LIFETIME_DAYS_MAX} days.`, "validDays"));
  }
  const createdAt = clock.now();
  const link: CoachLinkRecord = {
    id: input.id ?? ids.newId(),
    coachId: coach.value.accountId,
    clientId: null,
    code: secrets.invitationCode(),
    createdAt,
    expiresAt: afterDays(createdAt, validDays),
    acceptedAt: null,
    revokedAt: null,
    ...(input.mailDigest === undefined ? {} : { mailDigest: input.mailDigest }),
  };
  // A retry under the client's id answers the invitation made the first time, code included (decision 0610), even
  // at the quota.
  const answerRepeat = async () => {
    const stored = await repositories.coachLinks.findById(link.id);
    if (stored === undefined) return undefined;
    const same =
      stored.coachId === link.coachId &&
      stored.expiresAt === afterDays(stored.createdAt, validDays) &&
      stored.mailDigest === link.mailDigest;
    return same ? ok({ invitation: invitationView(stored), made: false }) : err(clientIdTaken("invitation"));
  };
  if (input.id !== undefined) {
    const repeat = await answerRepeat();
    if (repeat !== undefined) return repeat;
  }
  // A new code takes a row of the coach's quota and one of the codes a coach may have open (decision 0620).
  const outcome = await repositories.transaction(async (tx) => {
    const full = await quotaProblemHeld(tx.usage, quotasOf(deps), link.coachId, {
      rows: 1,
      capped: { kind: "invitation", now: createdAt },
    });
    return full === undefined ? { inserted: await tx.coachLinks.insert(link) } : { full };
  });
  if (outcome.full !== undefined) return err(outcome.full);
  if (outcome.inserted) return ok({ invitation: invitationView(link), made: true });
  // Stored meanwhile by the same request sent twice at once.
  return (await answerRepeat()) ?? err(clientIdTaken("invitation"));
}

export function coachingUseCases(deps: HipCheckDeps) {
  const { repositories, clock, ids } = deps;
  const quotas = quotasOf(deps);
  return {
    createInvitation: async (actor, input) => {
      const made = await makeInvitation(deps, actor, input);
      return made.ok ? ok(made.value.invitation) : made;
    },
    listInvitations: async (actor) => {
      const coach = requireCoach(actor);
      if (!coach.ok) return coach;
      const now = clock.now();
      const links = await repositories.coachLinks.listForCoach(coach.value.accountId);
      return ok(
        links
          .filter((link) => link.clientId === null && link.revokedAt === null)
          .map(invitationView)
          .filter((invitation) => !isExpired(invitation, now)),
      );
    },
    acceptInvitation: async (actor, input) => {
      const acting = requireAccount(actor);
      if (!acting.ok) return acting;
      const clientId = acting.value.accountId;
      const link = await repositories.coachLinks.findByCode(normalizeInvitationCode(input.code));
      const unusable =
        !link ||
        link.revokedAt !== null ||
        (link.clientId !== null && link.clientId !== clientId) ||
        (link.clientId === null && isExpired(invitationView(link), clock.now()));
      if (unusable) return err(invalidInvitation("code"));
      if (link.coachId === clientId) {
        return err(invalid("This is your own invitation: give it to a client.", "code"));
      }
      if (link.clientId === clientId) return ok(await linkView(repositories, link));
      if (await repositories.coachLinks.activeLink(link.coachId, clientId)) {
        return err({ kind: "conflict", message: "You are already linked with this coach.", field: "code" });
      }
      const acceptedAt = clock.now();
      if (!(await repositories.coachLinks.accept(link.id, clientId, acceptedAt))) {
        return err({
          ...notFound("invitation"),
          message: "This invitation code was just used: ask your coach for a new one.",
        });
      }
      return ok(await linkView(repositories, { ...link, clientId, acceptedAt }));
    },
    revokeLink: async (actor, input) => {
      const acting = requireAccount(actor);
      if (!acting.ok) return acting;
      const link = await repositories.coachLinks.findById(input.linkId);
      if (!link || !canRevokeLink(acting.value, link)) return err(notFound("coach link"));
      if (link.revokedAt !== null) return ok(await linkView(repositories, link));
      const revokedAt = clock.now();
      await repositories.coachLinks.revoke(link.id, revokedAt);
      return ok(await linkView(repositories, { ...link, revokedAt }));
    },
    pageInvitations: async (actor, input) => {
      const coach = requireCoach(actor);
      if (!coach.ok) return coach;
      const page = await repositories.coachLinks.pageOpenForCoach(
        coach.value.accountId,
        clock.now(),
        INVITATION_LIFETIME_DAYS,
        input.page,
      );
      return ok({ items: page.items.map(invitationView), next: page.next });
    },
    pageCoaches: async (actor, input) => {
      const acting = requireAccount(actor);
      if (!acting.ok) return acting;
      const page = await repositories.coachLinks.pageForClient(acting.value.accountId, input.page);
      return ok({
        items: await Promise.all(page.items.map((link) => linkView(repositories, link))),
        next: page.next,
      });
    },
    listCoaches: async (actor) => {
      const acting = requireAccount(actor);
      if (!acting.ok) return acting;
      const links = await repositories.coachLinks.listForClient(acting.value.accountId);
      return ok(await Promise.all(links.map((link) => linkView(repositories, link))));
    },
    listClients: async (actor) => {
      const coach = requireCoach(actor);
      if (!coach.ok) return coach;
      const links = await repositories.coachLinks.listForCoach(coach.value.accountId);
      const active = links.filter(
        (link): link is CoachLinkRecord & { clientId: string } =>
          link.clientId !== null && isActiveLink(link, coach.value.accountId, link.clientId),
      );
      const summaries: ClientSummary[] = [];
      for (const link of active) summaries.push(await summarize(deps, link));
      return ok(summaries);
    },
    pageClients: async (actor, input) => {
      const coach = requireCoach(actor);
      if (!coach.ok) return coach;
      // Only the page's clients are summarized: each summary reads the client's history (decision 0621).
      const page = await repositories.coachLinks.pageActiveForCoach(coach.value.accountId, input.page);
      const summaries: ClientSummary[] = [];
      for (const link of page.items) {
        if (link.clientId !== null) {
          summaries.push(await summarize(deps, { ...link, clientId: link.clientId }));
        }
      }
      return ok({ items: summaries, next: page.next });
    },
    addCoachNote: async (actor, input) => {
      const client = await requireClient(repositories, actor, input.clientId);
      if (!client.ok) return client;
      const body = input.body.trim();
      if (body.length === 0 || body.length > COACH_NOTE_MAX_LENGTH) {
        return err(invalid(`A note has 1 to ${COACH_NOTE_MAX_LENGTH} characters.`, "body"));
      }
      const note = {
        id: input.id ?? ids.newId(),
        coachId: client.value.coach.accountId,
        clientId: input.clientId,
        createdAt: clock.now(),
        body,
      };
      // A retry under the client's id answers the note stored the first time (decision 0610); a new note takes a
      // row of the coach's quota (decision 0620).
      const made = await repositories.transaction(async (tx) => {
        if (input.id !== undefined && (await tx.coachNotes.findById(note.id)) !== undefined) return {};
        const full = await quotaProblemHeld(tx.usage, quotas, note.coachId, { rows: 1 });
        return full === undefined ? { inserted: await tx.coachNotes.insert(note) } : { full };
      });
      if (made.full !== undefined) return err(made.full);
      if (made.inserted === true) return ok(note);
      const stored = await repositories.coachNotes.findById(note.id);
      const same =
        stored?.coachId === note.coachId && stored.clientId === note.clientId && stored.body === body;
      return same ? ok(stored) : err(clientIdTaken("note"));
    },
    listCoachNotes: async (actor, input) => {
      const client = await requireClient(repositories, actor, input.clientId);
      if (!client.ok) return client;
      return ok(await repositories.coachNotes.list(client.value.coach.accountId, input.clientId));
    },
    pageCoachNotes: async (actor, input) => {
      const client = await requireClient(repositories, actor, input.clientId);
      if (!client.ok) return client;
      return ok(await repositories.coachNotes.page(client.value.coach.accountId, input.clientId, input.page));
    },
  } satisfies CoachingUseCases;
}

export type InvitationView = {
  readonly linkId: string;
  readonly code: string;
  readonly createdAt: IsoInstant;
  /** An invitation not accepted by then stops working. */
  readonly expiresAt: IsoInstant;
};

export type CreateInvitationInput = {
  /** How many days the code works if nobody accepts it; two weeks when not said. */
  readonly validDays?: number;
  /** Chosen by the client and kept across retries: a repeat makes one invitation (decision 0610). */
  readonly id?: string;
};

export type AcceptInvitationInput = { readonly code: string };

export type CoachLinkView = {
  readonly linkId: string;
  readonly coachId: string;
  readonly coachEmail: string;
  /** Null when the coach has not chosen one: the email is shown instead. */
  readonly coachDisplayName: string | null;
  readonly clientId: string | null;
  readonly acceptedAt: IsoInstant | null;
  readonly revokedAt: IsoInstant | null;
};

export type RevokeLinkInput = { readonly linkId: string };

/** What a coach sees at a glance for each client (clinical meaning of each flag in coaching.ts). */
export type ClientSummary = {
  readonly clientId: string;
  readonly email: string;
  /** Null when the client has not chosen one: the email is shown instead. */
  readonly displayName: string | null;
  readonly linkedAt: IsoInstant;
  /** The hip sessions of the client's program week: planned, done, partly done apart; null without a program. */
  readonly programWeek: ProgramWeekSessions | null;
  /** A finished session, planned or not, in the last 7 days, today included. */
  readonly trainedThisWeek: boolean;
  readonly stuck: boolean;
  readonly morePain: boolean;
  readonly redFlags: boolean;
  readonly lastSessionDate: IsoDate | null;
  /** Hip strength since the baseline, all checks together; null without two checks. */
  readonly strength: StrengthChange | null;
};

export type ClientInput = { readonly clientId: string };

/** `id`, chosen by the client and kept across retries, makes a repeat store one note (decision 0610). */
export type AddCoachNoteInput = { readonly clientId: string; readonly body: string; readonly id?: string };

/** Coach invitations, coach–client links and coach notes. */
export type CoachingUseCases = {
  readonly createInvitation: UseCase<CreateInvitationInput, InvitationView>;
  /** The coach's own invitations still waiting for a client: not accepted, revoked or expired. */
  readonly listInvitations: UseCase<Record<string, never>, readonly InvitationView[]>;
  /** The same list a page at a time, cut in SQL (decision 0621). */
  readonly pageInvitations: UseCase<PageInput, ListPage<InvitationView>>;
  readonly acceptInvitation: UseCase<AcceptInvitationInput, CoachLinkView>;
  readonly revokeLink: UseCase<RevokeLinkInput, CoachLinkView>;
  readonly listCoaches: UseCase<Record<string, never>, readonly CoachLinkView[]>;
  /** The same list a page at a time, cut in SQL (decision 0621). */
  readonly pageCoaches: UseCase<PageInput, ListPage<CoachLinkView>>;
  readonly listClients: UseCase<Record<string, never>, readonly ClientSummary[]>;
  /** The same list a page at a time, cut in SQL (decision 0621). */
  readonly pageClients: UseCase<PageInput, ListPage<ClientSummary>>;
  readonly addCoachNote: UseCase<AddCoachNoteInput, CoachNoteRecord>;
  readonly listCoachNotes: UseCase<ClientInput, readonly CoachNoteRecord[]>;
  /** The same list a page at a time, cut in SQL (decision 0621). */
  readonly pageCoachNotes: UseCase<ClientInput & PageInput, ListPage<CoachNoteRecord>>;
};
