/**
 * What one account may store (decision 0341). A server shared by a club or a clinic must not be filled, or
 * slowed for everyone, by one account: a script posting entries in a loop, an import of a whole other system.
 * The limits sit far above what a person or a coach's client produces (a few entries a day, a handful of
 * screens a month), so only misuse meets them; a server's operator can set others (`HipCheckDeps.quotas`).
 */
import { hipError } from "@hipcheck/core";
import type { HipError, IsoDate } from "@hipcheck/core";
import type { AccountUsageRepository, CappedKind, IsoInstant } from "./ports.js";
import type { HipCheckDeps } from "./use-case.js";

export type AccountQuotas = {
  /** Pain and PSFS entries and session logs dated one day: a person records a few. */
  readonly entriesPerDay: number;
  /** Rows kept in the tables that grow with use: years of daily entries fit many times over. */
  readonly storedRows: number;
  /** Bytes of stored JSON (movement screens' keypoints make most of it). */
  readonly storedBytes: number;
  /** Activities imported from watch and bike-computer files. */
  readonly activities: number;
  /** Share links still working on one person's programs: a link for each physiotherapist or partner, a few more. */
  readonly liveShareLinks: number;
  /** Browsers and phones an account has set up for reminders. */
  readonly pushSubscriptions: number;
  /** A coach's invitation codes not yet accepted, revoked or expired: a team's worth at once. */
  readonly openInvitations: number;
};

export const DEFAULT_ACCOUNT_QUOTAS: AccountQuotas = {
  entriesPerDay: 50,
  storedRows: 50_000,
  storedBytes: 512 * 1024 * 1024,
  activities: 10_000,
  liveShareLinks: 50,
  pushSubscriptions: 20,
  openInvitations: 200,
};

/** The server's quotas: its own where it sets them, the defaults elsewhere. */
export function quotasOf(deps: HipCheckDeps): AccountQuotas {
  return { ...DEFAULT_ACCOUNT_QUOTAS, ...deps.quotas };
}

/** What a write adds: rows always; the day of a dated entry; bytes and activities where they are large. */
export type StoredAddition = {
  readonly rows: number;
  readonly date?: IsoDate;
  readonly bytes?: number;
  readonly activities?: number;
  /** A row of a kind capped on its own, counted as it stands at `now` (a link or a code that expired is not live). */
  readonly capped?: { readonly kind: CappedKind; readonly now: IsoInstant };
};

function cappedQuota(quotas: AccountQuotas, kind: CappedKind): number {
  if (kind === "share-link") return quotas.liveShareLinks;
  if (kind === "push-subscription") return quotas.pushSubscriptions;
  return quotas.openInvitations;
}

/** What the person can do about it, for each capped kind: free a place, then try again. */
const CAPPED_MESSAGES: Record<CappedKind, (live: number, cap: number) => string> = {
  "share-link": (live, cap) =>
    `This person's programs have ${live} share links still working; at most ${cap} work at once. Revoke the ` +
    "links no longer needed, then make a new one.",
  "push-subscription": (live, cap) =>
    `This account has reminders set up on ${live} devices; at most ${cap}. Turn reminders off on a device no ` +
    "longer used, then try again.",
  invitation: (live, cap) =>
    `You have ${live} invitation codes not yet used; at most ${cap} are open at once. Revoke the codes nobody ` +
    "will use, or wait for them to expire, then make a new one.",
};

function exceeded(message: string): HipError {
  return hipError("quota-exceeded", message);
}

/** Why this write would take the account over one of its quotas, or undefined when it fits. */
export async function quotaProblem(
  usage: AccountUsageRepository,
  quotas: AccountQuotas,
  accountId: string,
  adding: StoredAddition,
): Promise<HipError | undefined> {
  if (adding.date !== undefined) {
    const sameDay = await usage.entriesOn(accountId, adding.date);
    if (sameDay + 1 > quotas.entriesPerDay) {
      return exceeded(
        `${adding.date} already has ${sameDay} entries (pain, PSFS and session logs); an account keeps at most ` +
          `${quotas.entriesPerDay} a day.`,
      );
    }
  }
  const rows = await usage.rowsOf(accountId);
  if (rows + adding.rows > quotas.storedRows) {
    return exceeded(
      `This account keeps ${rows} entries and this adds ${adding.rows}; an account keeps at most ` +
        `${quotas.storedRows}. Export your data, then delete the account's oldest records or ask whoever runs ` +
        "this server for more room.",
    );
  }
  if (adding.activities !== undefined) {
    const activities = await usage.activitiesOf(accountId);
    if (activities + adding.activities > quotas.activities) {
      return exceeded(
        `This account keeps ${activities} activities and this file adds ${adding.activities}; an account keeps ` +
          `at most ${quotas.activities}.`,
      );
    }
  }
  if (adding.capped !== undefined) {
    const { kind, now } = adding.capped;
    const live = await usage.cappedOf(accountId, kind, now);
    const cap = cappedQuota(quotas, kind);
    if (live + 1 > cap) return exceeded(CAPPED_MESSAGES[kind](live, cap));
  }
  if (adding.bytes !== undefined) {
    const bytes = await usage.storedBytesOf(accountId);
    if (bytes + adding.bytes > quotas.storedBytes) {
      const megabytes = (value: number) => `${Math.ceil(value / (1024 * 1024))} MB`;
      return exceeded(
        `This account stores ${megabytes(bytes)} and this adds ${megabytes(adding.bytes)}; an account stores at ` +
          `most ${megabytes(quotas.storedBytes)}. Delete old movement screens, or ask whoever runs this server ` +
          "for more room.",
      );
    }
  }
  return undefined;
}

/**
 * The same question inside the transaction that then inserts (decision 0411): the account's other writers wait
 * for it, so two entries racing for the last place of a quota cannot both take it.
 */
export async function quotaProblemHeld(
  usage: AccountUsageRepository,
  quotas: AccountQuotas,
  accountId: string,
  adding: StoredAddition,
): Promise<HipError | undefined> {
  await usage.holdAccount(accountId);
  return quotaProblem(usage, quotas, accountId, adding);
}

/**
 * A file that could not fit even into an empty account, seen before anything is written: more rows than the
 * whole quota, or more entries on one day than a day allows. Reading it costs nothing against the database.
 */
export function importedFileProblem(
  quotas: AccountQuotas,
  file: { readonly rows: number; readonly entryDates: readonly IsoDate[] },
): HipError | undefined {
  const perDay = new Map<IsoDate, number>();
  for (const date of file.entryDates) perDay.set(date, (perDay.get(date) ?? 0) + 1);
  for (const [date, count] of perDay) {
    if (count > quotas.entriesPerDay) {
      return exceeded(
        `The file has ${count} entries dated ${date}; an account keeps at most ${quotas.entriesPerDay} a day.`,
      );
    }
  }
  if (file.rows > quotas.storedRows) {
    return exceeded(
      `The file holds ${file.rows} entries; an account keeps at most ${quotas.storedRows}. Import it in parts, ` +
        "or ask whoever runs this server for more room.",
    );
  }
  return undefined;
}

/** Thrown inside an import's transaction to undo it when what it stored takes the account over a quota. */
export class QuotaExceededError extends Error {
  constructor(readonly problem: HipError) {
    super(problem.message);
  }
}

/**
 * After an import has written, inside its transaction: the account's totals against the quotas. Checking what
 * was really added (not what the file holds) keeps a re-import of one's own export harmless at the limit.
 */
export async function assertWithinQuotas(
  usage: AccountUsageRepository,
  quotas: AccountQuotas,
  accountId: string,
): Promise<void> {
  const problem = await quotaProblem(usage, quotas, accountId, { rows: 0, bytes: 0, activities: 0 });
  if (problem !== undefined) throw new QuotaExceededError(problem);
}
