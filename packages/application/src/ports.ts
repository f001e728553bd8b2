/**
 * What the application needs from the outside world. `@hipcheck/storage` implements the repositories (SQLite or
 * PostgreSQL); the server and the CLI provide the clock, the id and secret sources and the password hasher.
 * Repositories hold no rules: they store and return records; who may read or write what is decided by the
 * use-cases (authorization.ts).
 */
import type {
  Answers,
  Equipment,
  IsoDate,
  Lang,
  MorningCheckIn,
  PainEntry,
  Program,
  ProgramRevision,
  PsfsEntry,
  RedFlagScreen,
  RuleHistoryNeed,
  SelfCheckResult,
  SessionLog,
  StrengthCheck,
  Sport,
  Weekday,
} from "@hipcheck/core";
import type { KeypointFrame } from "@hipcheck/motion";
import type { Role } from "./actor.js";
import type { RecordedActivityDocument } from "./activity-schema.js";
import type { ImportedMovementFinding } from "./imported-movement-finding.js";
import type { MovementReportDocument } from "./movement-schemas.js";

/** An ISO-8601 instant with offset, e.g. `2026-11-22T08:30:00.000Z`. */
export type IsoInstant = string;

export interface Clock {
  now(): IsoInstant;
  today(): IsoDate;
}

export interface IdGenerator {
  /** A new unique id (UUIDv7 in production: sortable by creation time). */
  newId(): string;
}

/** Unguessable secrets: session tokens and coach invitation codes. */
export interface SecretGenerator {
  /** A session token with at least 256 bits of entropy, URL-safe. */
  sessionToken(): string;
  /**
   * A short invitation code a person can type, e.g. `HIP-7KQ2-MX4D`: upper case, since what a person types is
   * trimmed and upper-cased before it is looked up.
   */
  invitationCode(): string;
}

/** Implemented with argon2id by the server (OWASP Password Storage Cheat Sheet). */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(hash: string, password: string): Promise<boolean>;
}

export type AccountRecord = {
  readonly id: string;
  /** As typed at sign-up; uniqueness is case-insensitive (storage keeps a lower-cased copy). */
  readonly email: string;
  readonly passwordHash: string;
  readonly role: Role;
  readonly createdAt: IsoInstant;
  /** The name a coach and a client show each other; null shows the email instead (decision 0330). */
  readonly displayName: string | null;
};

/** What an admin sees of an account: who it is and whether coaching links it, never any health data. */
export type AccountSummaryRecord = {
  readonly id: string;
  readonly email: string;
  readonly displayName: string | null;
  readonly role: Role;
  readonly createdAt: IsoInstant;
  /** An accepted, unrevoked link to a coach. */
  readonly hasCoach: boolean;
  /** An accepted, unrevoked link to a client. */
  readonly hasClients: boolean;
};

export type AuthSessionRecord = {
  /** sha256 (hex) of the token: a leaked database does not give usable tokens. */
  readonly tokenHash: string;
  readonly accountId: string;
  readonly createdAt: IsoInstant;
  readonly expiresAt: IsoInstant;
};

/** A one-time password reset link (decision 0332). */
export type PasswordResetRecord = {
  /** sha256 (hex) of the token: a leaked database does not give usable links. */
  readonly tokenHash: string;
  readonly accountId: string;
  readonly createdAt: IsoInstant;
  readonly expiresAt: IsoInstant;
  /** Set once the link changed the password; a used link never works again. */
  readonly usedAt: IsoInstant | null;
};

export type Profile = {
  readonly language: Lang;
  readonly sports: readonly Sport[];
  readonly equipment: readonly Equipment[];
  readonly availableDays: readonly Weekday[];
};

export type ProfileRecord = Profile & { readonly accountId: string; readonly updatedAt: IsoInstant };

/** A self-check and red-flag screen: the answers and what the screen said, dated. */
export type CheckInRecord = {
  readonly id: string;
  readonly accountId: string;
  readonly date: IsoDate;
  readonly createdAt: IsoInstant;
  readonly answers: Answers;
  readonly screen: RedFlagScreen;
  readonly selfCheck: SelfCheckResult;
};

export type ProgramRecord = {
  readonly id: string;
  readonly accountId: string;
  readonly createdAt: IsoInstant;
  readonly updatedAt: IsoInstant;
  /** The current version; `program.revision` counts the revisions. */
  readonly program: Program;
  /** The group whose template this program was copied from, if any. */
  readonly groupId: string | null;
};

/** One step of a program's history: who changed what and why, and the program as it was after the change. */
export type ProgramRevisionRecord = {
  readonly programId: string;
  /** The account that made the change; null when the progression rules did. */
  readonly changedByAccountId: string | null;
  readonly revision: ProgramRevision;
  readonly programAfter: Program;
};

export type SessionLogRecord = {
  readonly accountId: string;
  readonly createdAt: IsoInstant;
  readonly log: SessionLog;
};

export type MorningCheckInRecord = {
  readonly accountId: string;
  readonly createdAt: IsoInstant;
  readonly checkIn: MorningCheckIn;
};

export type StrengthCheckRecord = {
  readonly id: string;
  readonly accountId: string;
  readonly createdAt: IsoInstant;
  readonly entry: StrengthCheck;
};

export type PainEntryRecord = {
  readonly id: string;
  readonly accountId: string;
  readonly createdAt: IsoInstant;
  readonly entry: PainEntry;
};

export type PsfsEntryRecord = {
  readonly id: string;
  readonly accountId: string;
  readonly createdAt: IsoInstant;
  readonly entry: PsfsEntry;
};

/** A camera movement screen: the findings and the keypoint series, never the video. */
export type MovementScreenRecord = {
  readonly id: string;
  readonly accountId: string;
  readonly recordedAt: IsoInstant;
  readonly report: MovementReportDocument;
  readonly keypoints: readonly KeypointFrame[];
};

/** A saved screen's report, without its keypoint series. */
export type MovementScreenReportRecord = Omit<MovementScreenRecord, "keypoints">;

/** A movement finding from an imported file, kept apart from measured screens (see imported-movement-finding.ts). */
export type ImportedMovementFindingRecord = {
  readonly id: string;
  readonly accountId: string;
  readonly importedAt: IsoInstant;
  readonly finding: ImportedMovementFinding;
  /**
   * The name the finding arrived under in a HipCheck FHIR record (its screen and place, decision 0710), written
   * out again under it; absent for findings from other systems and rows stored before names.
   */
  readonly sourceId?: string;
};

export type CoachLinkRecord = {
  readonly id: string;
  readonly coachId: string;
  /** Null until a person accepts the invitation. */
  readonly clientId: string | null;
  readonly code: string;
  readonly createdAt: IsoInstant;
  /** When an unaccepted code stops working; absent or null on codes made before the coach chose it (two weeks). */
  readonly expiresAt?: IsoInstant | null;
  readonly acceptedAt: IsoInstant | null;
  readonly revokedAt: IsoInstant | null;
  /**
   * Sent by email: a digest of the address and the language it went in, so that the same invitation sent again
   * is known without keeping the address (decision 0635); absent otherwise.
   */
  readonly mailDigest?: string;
};

export type CoachNoteRecord = {
  readonly id: string;
  readonly coachId: string;
  readonly clientId: string;
  readonly createdAt: IsoInstant;
  readonly body: string;
};

/** A group (a yoga class, a running club) with an optional program template its members get a copy of. */
export type GroupRecord = {
  readonly id: string;
  readonly coachId: string;
  readonly name: string;
  readonly createdAt: IsoInstant;
  readonly template: Program | null;
};

export type GroupMemberRecord = {
  readonly groupId: string;
  readonly accountId: string;
  readonly joinedAt: IsoInstant;
};

/** A read-only link to one program, for someone without an account (a physio, a training partner). */
export type ShareLinkRecord = {
  readonly id: string;
  readonly programId: string;
  /** sha256 (hex) of the token, as for sessions: a leaked database does not give usable links. */
  readonly tokenHash: string;
  /** Null once the account that made it is deleted (a coach's link outlives the coach's account). */
  readonly createdByAccountId: string | null;
  readonly createdAt: IsoInstant;
  readonly expiresAt: IsoInstant;
  readonly revokedAt: IsoInstant | null;
};

/** One browser's web push subscription, with when and how the person wants their session-day reminder. */
export type PushSubscriptionRecord = {
  readonly id: string;
  readonly accountId: string;
  /** The push service's URL for this browser: unique, a new subscription from the same browser replaces the old. */
  readonly endpoint: string;
  readonly keys: { readonly p256dh: string; readonly auth: string };
  /** Local time of day, `HH:MM`. */
  readonly reminderTime: string;
  /** IANA time zone of the browser, e.g. `Europe/Paris`. */
  readonly timeZone: string;
  readonly language: Lang;
  readonly createdAt: IsoInstant;
  /** Local date of the last reminder sent; null before the first. */
  readonly lastSentOn: IsoDate | null;
};

/** One activity of an imported file; a file may hold several (`position` orders them within it). */
export type ActivityRecord = {
  readonly id: string;
  readonly accountId: string;
  /** sha256 (hex) of the file's bytes. */
  readonly fileHash: string;
  readonly fileName: string;
  readonly position: number;
  readonly importedAt: IsoInstant;
  readonly activity: RecordedActivityDocument;
};

export interface AccountRepository {
  insert(account: AccountRecord): Promise<void>;
  findById(id: string): Promise<AccountRecord | undefined>;
  /** Case-insensitive. */
  findByEmail(email: string): Promise<AccountRecord | undefined>;
  updatePasswordHash(id: string, passwordHash: string): Promise<void>;
  /** Null clears it. */
  updateDisplayName(id: string, displayName: string | null): Promise<void>;
  countByRole(role: Role): Promise<number>;
  /** Every account (or those of one role), by email. */
  listSummaries(role?: Role): Promise<readonly AccountSummaryRecord[]>;
  /** The same list a page at a time, cut in SQL after the page's key (email, id) (decision 0621). */
  pageSummaries(role: Role | undefined, page: ListPageRequest): Promise<ListPage<AccountSummaryRecord>>;
  /** Deletes the account and, by cascade, everything it owns. */
  delete(id: string): Promise<void>;
}

export interface AuthSessionRepository {
  insert(session: AuthSessionRecord): Promise<void>;
  findByTokenHash(tokenHash: string): Promise<AuthSessionRecord | undefined>;
  /**
   * The session of `tokenHash` with its account's role (null when the account is gone), in one read: every
   * signed-in request asks (decision 0880).
   */
  findSignedIn(tokenHash: string): Promise<(AuthSessionRecord & { readonly role: Role | null }) | undefined>;
  deleteByTokenHash(tokenHash: string): Promise<void>;
  /** Returns how many sessions ended. */
  deleteAllForAccount(accountId: string, exceptTokenHash?: string): Promise<number>;
  /** Deletes every session expired at `now` (expiry at or before it); returns how many. */
  deleteExpired(now: IsoInstant): Promise<number>;
}

export interface PasswordResetRepository {
  insert(reset: PasswordResetRecord): Promise<void>;
  findByTokenHash(tokenHash: string): Promise<PasswordResetRecord | undefined>;
  /** Marks the link used; false when it already was (nothing is written). */
  markUsed(tokenHash: string, usedAt: IsoInstant): Promise<boolean>;
  /** A new link replaces the account's links not used yet. */
  deleteUnusedForAccount(accountId: string): Promise<void>;
}

/** An account's TOTP method (decision 0430); `enabledAt` is null until a first right code confirms enrolment. */
export type TwoStepMethodRecord = {
  readonly accountId: string;
  readonly secretBase32: string;
  readonly createdAt: IsoInstant;
  readonly enabledAt: IsoInstant | null;
  /** The last 30-second step whose code was accepted; that code and earlier ones are refused after it. */
  readonly lastUsedStep: number | null;
  /** Wrong codes in a row since the last right one, and when the last came: they slow the next try. */
  readonly failedAttempts: number;
  readonly lastFailedAt: IsoInstant | null;
};

/** A sign-in whose password was right and which waits for its second step; only the token's sha256 is kept. */
export type TwoStepChallengeRecord = {
  readonly tokenHash: string;
  readonly accountId: string;
  readonly createdAt: IsoInstant;
  readonly expiresAt: IsoInstant;
};

export interface TwoStepRepository {
  find(accountId: string): Promise<TwoStepMethodRecord | undefined>;
  /** Starts an enrolment: replaces a method not yet confirmed; never an enabled one (false then). */
  startEnrolment(method: TwoStepMethodRecord): Promise<boolean>;
  /** Confirms an enrolment with the step of its first right code; false when already enabled or gone. */
  enable(accountId: string, enabledAt: IsoInstant, step: number): Promise<boolean>;
  /** Removes the method, its recovery codes and pending second steps; false when there was none. */
  remove(accountId: string): Promise<boolean>;
  /**
   * Takes a code's step if it is later than the last one taken, and clears the wrong-code count; false when that
   * step (or a later one) was already taken: of two requests racing with one code, exactly one sees true.
   */
  takeStep(accountId: string, step: number): Promise<boolean>;
  recordFailure(accountId: string, at: IsoInstant): Promise<void>;
  clearFailures(accountId: string): Promise<void>;
  /** The account's recovery codes become exactly these (sha256 of each), all unused. */
  replaceRecoveryCodes(accountId: string, codeHashes: readonly string[]): Promise<void>;
  /** Marks an unused recovery code used; false when it is not one, or was used already. */
  useRecoveryCode(accountId: string, codeHash: string, usedAt: IsoInstant): Promise<boolean>;
  countUnusedRecoveryCodes(accountId: string): Promise<number>;
  insertChallenge(challenge: TwoStepChallengeRecord): Promise<void>;
  findChallenge(tokenHash: string): Promise<TwoStepChallengeRecord | undefined>;
  /** False when it was already taken (or swept). */
  deleteChallenge(tokenHash: string): Promise<boolean>;
  /** Deletes every second step expired at `now`; returns how many. */
  deleteExpiredChallenges(now: IsoInstant): Promise<number>;
}

export interface ProfileRepository {
  upsert(profile: ProfileRecord): Promise<void>;
  find(accountId: string): Promise<ProfileRecord | undefined>;
}

export interface CheckInRepository {
  /** False when a check-in with this id is already stored, whoever answered it (nothing is written). */
  insert(checkIn: CheckInRecord): Promise<boolean>;
  findById(id: string): Promise<CheckInRecord | undefined>;
  /** The most recent by date, then by creation instant. */
  latestFor(accountId: string): Promise<CheckInRecord | undefined>;
  /** Oldest first. */
  listFor(accountId: string): Promise<readonly CheckInRecord[]>;
  /** The same list a page at a time, cut in SQL after the page's start key (decision 0601). */
  pageFor(accountId: string, page: ListPageRequest): Promise<ListPage<CheckInRecord>>;
  /** Keeps the revision this check-in's clean screen resumed a paused program with (decision 0635). */
  markResumed(checkInId: string, resumed: CheckInResumed): Promise<void>;
  /** The revision this check-in resumed a program with; undefined when it resumed none. */
  resumedBy(checkInId: string): Promise<CheckInResumed | undefined>;
}

/** A paused program, and the number of the revision that resumed it. */
export type CheckInResumed = { readonly programId: string; readonly revision: number };

export interface ProgramRepository {
  insert(program: ProgramRecord): Promise<void>;
  /** False when a program with this id is already stored, whoever owns it (nothing is written). */
  insertIfAbsent(program: ProgramRecord): Promise<boolean>;
  findById(id: string): Promise<ProgramRecord | undefined>;
  latestFor(accountId: string): Promise<ProgramRecord | undefined>;
  /** Oldest first. */
  listFor(accountId: string): Promise<readonly ProgramRecord[]>;
  /** The same list a page at a time, by (created, id), cut in SQL (decision 0621). */
  pageFor(accountId: string, page: ListPageRequest): Promise<ListPage<ProgramRecord>>;
  /** Replaces the current version and appends the revision, in one transaction. */
  applyRevision(revision: ProgramRevisionRecord, updatedAt: IsoInstant): Promise<void>;
  /** Restores one history step as it was (import). */
  insertRevision(revision: ProgramRevisionRecord): Promise<void>;
  /** Oldest first. */
  revisionsOf(programId: string): Promise<readonly ProgramRevisionRecord[]>;
}

/**
 * A place in a long list's own order (date, instant, id): a page starts after it (decision 0412). The instant is
 * the one that orders a day's items: when an entry was recorded, or when an activity started (decision 0512).
 */
export type ListKey = { readonly date: IsoDate; readonly createdAt: string; readonly id: string };

/** One page of a list read in SQL: at most `limit` items after `after`, and the key to start the next from. */
export type ListPageRequest = { readonly after?: ListKey; readonly limit: number };
export type ListPage<T> = { readonly items: readonly T[]; readonly next: ListKey | undefined };

export interface SessionLogRepository {
  /** False when a log with this id already exists for this account (nothing is written). */
  insertIfAbsent(record: SessionLogRecord): Promise<boolean>;
  find(accountId: string, logId: string): Promise<SessionLogRecord | undefined>;
  /** By date, then creation instant. `from`/`to` are inclusive. */
  listFor(accountId: string, range?: { from?: IsoDate; to?: IsoDate }): Promise<readonly SessionLogRecord[]>;
  /** One page of `listFor`, in the same order, read with one index seek wherever it starts. */
  pageFor(
    accountId: string,
    range: { from?: IsoDate; to?: IsoDate },
    page: ListPageRequest,
  ): Promise<ListPage<SessionLogRecord>>;
  /**
   * The logs of `accountId`'s program `programId` that `need` asks for (core's `selectRuleHistory` says which), in
   * `listFor`'s order, each found through an index: what a revision after a write reads (decision 0500).
   */
  ruleHistoryFor(
    accountId: string,
    programId: string,
    need: RuleHistoryNeed,
  ): Promise<readonly SessionLogRecord[]>;
}

export interface MorningCheckInRepository {
  /** One per person and date: a second one the same day replaces the first. */
  upsert(record: MorningCheckInRecord): Promise<void>;
  listFor(accountId: string): Promise<readonly MorningCheckInRecord[]>;
  /** The person's morning of `date`, if there is one. */
  findOn(accountId: string, date: IsoDate): Promise<MorningCheckInRecord | undefined>;
  /**
   * The mornings a revision of `program` reads, in date order: `listFor`'s, cut to those dated from core's
   * `ruleMorningsFrom` on and the latest before (`selectRuleMornings`), so that a revision reads the program's span
   * and four weeks of mornings however long the person's history (decision 0820).
   */
  ruleMorningsFor(accountId: string, program: Program): Promise<readonly MorningCheckInRecord[]>;
  /** The same list a page at a time, by date (one a day), cut in SQL (decision 0621). */
  pageFor(accountId: string, page: ListPageRequest): Promise<ListPage<MorningCheckInRecord>>;
}

export interface OutcomeRepository {
  /** False when this person already has a pain entry with this id (nothing is written). */
  insertPain(record: PainEntryRecord): Promise<boolean>;
  findPain(accountId: string, id: string): Promise<PainEntryRecord | undefined>;
  listPain(accountId: string): Promise<readonly PainEntryRecord[]>;
  /** One page of `listPain`, in the same order, read with one index seek wherever it starts. */
  pagePain(accountId: string, page: ListPageRequest): Promise<ListPage<PainEntryRecord>>;
  /** False when this person already has a PSFS entry with this id (nothing is written). */
  insertPsfs(record: PsfsEntryRecord): Promise<boolean>;
  findPsfs(accountId: string, id: string): Promise<PsfsEntryRecord | undefined>;
  listPsfs(accountId: string): Promise<readonly PsfsEntryRecord[]>;
  /** One page of `listPsfs`, in the same order, read with one index seek wherever it starts. */
  pagePsfs(accountId: string, page: ListPageRequest): Promise<ListPage<PsfsEntryRecord>>;
}

export interface StrengthCheckRepository {
  /** False when this person already has a strength check with this id (nothing is written). */
  insert(record: StrengthCheckRecord): Promise<boolean>;
  find(accountId: string, id: string): Promise<StrengthCheckRecord | undefined>;
  /** By date, then creation instant. */
  listFor(accountId: string): Promise<readonly StrengthCheckRecord[]>;
  /** One page of `listFor`, in the same order (ties by id), cut in SQL after the page's start key (0625). */
  pageFor(accountId: string, page: ListPageRequest): Promise<ListPage<StrengthCheckRecord>>;
}

export interface MovementScreenRepository {
  /** False when a screen with this id is already stored, whoever owns it (nothing is written). */
  insert(record: MovementScreenRecord): Promise<boolean>;
  findById(id: string): Promise<MovementScreenRecord | undefined>;
  /** Oldest first. */
  listFor(accountId: string): Promise<readonly MovementScreenRecord[]>;
  /** The same list a page at a time, by (recorded, id), cut in SQL (decision 0621). */
  pageFor(accountId: string, page: ListPageRequest): Promise<ListPage<MovementScreenRecord>>;
  /**
   * The same pages without the keypoints, which are neither read nor parsed: what the movement findings of the
   * spreadsheet and the FHIR record are made from (decision 0671).
   */
  pageReportsFor(accountId: string, page: ListPageRequest): Promise<ListPage<MovementScreenReportRecord>>;
  delete(id: string): Promise<void>;
}

export interface ImportedMovementFindingRepository {
  /**
   * False when this person already has exactly this finding, or one under the same `sourceId` (nothing is
   * written): a re-import adds nothing.
   */
  insertIfAbsent(record: ImportedMovementFindingRecord): Promise<boolean>;
  /** By date, then import instant. */
  listFor(accountId: string): Promise<readonly ImportedMovementFindingRecord[]>;
}

export interface CoachLinkRepository {
  /** False when a link with this id is already stored (nothing is written); a code already in use throws. */
  insert(link: CoachLinkRecord): Promise<boolean>;
  findById(id: string): Promise<CoachLinkRecord | undefined>;
  findByCode(code: string): Promise<CoachLinkRecord | undefined>;
  /** Accepts a pending invitation; false when it was already used or revoked. */
  accept(id: string, clientId: string, acceptedAt: IsoInstant): Promise<boolean>;
  revoke(id: string, revokedAt: IsoInstant): Promise<void>;
  /** Accepted and not revoked. */
  activeLink(coachId: string, clientId: string): Promise<CoachLinkRecord | undefined>;
  listForCoach(coachId: string): Promise<readonly CoachLinkRecord[]>;
  /** A coach's active links (accepted, not revoked) a page at a time, by (created, id), cut in SQL (0621). */
  pageActiveForCoach(coachId: string, page: ListPageRequest): Promise<ListPage<CoachLinkRecord>>;
  /**
   * A coach's codes still open at `now` (not accepted, not revoked, not expired; a code without an expiry works
   * `undatedLifetimeDays` from its making) a page at a time, by (created, id), cut in SQL (decision 0621).
   */
  pageOpenForCoach(
    coachId: string,
    now: IsoInstant,
    undatedLifetimeDays: number,
    page: ListPageRequest,
  ): Promise<ListPage<CoachLinkRecord>>;
  /** A person's links, in any state, a page at a time, by (created, id), cut in SQL (decision 0621). */
  pageForClient(clientId: string, page: ListPageRequest): Promise<ListPage<CoachLinkRecord>>;
  listForClient(clientId: string): Promise<readonly CoachLinkRecord[]>;
}

export interface CoachNoteRepository {
  /** False when a note with this id is already stored, whoever wrote it (nothing is written). */
  insert(note: CoachNoteRecord): Promise<boolean>;
  findById(id: string): Promise<CoachNoteRecord | undefined>;
  /** Oldest first. */
  list(coachId: string, clientId: string): Promise<readonly CoachNoteRecord[]>;
  /** The same list a page at a time, by (created, id), cut in SQL (decision 0621). */
  page(coachId: string, clientId: string, page: ListPageRequest): Promise<ListPage<CoachNoteRecord>>;
}

export interface GroupRepository {
  /** False when a group with this id is already stored, whoever made it (nothing is written). */
  insert(group: GroupRecord): Promise<boolean>;
  findById(id: string): Promise<GroupRecord | undefined>;
  listForCoach(coachId: string): Promise<readonly GroupRecord[]>;
  /** The same list a page at a time, by (created, id), cut in SQL (decision 0621). */
  pageForCoach(coachId: string, page: ListPageRequest): Promise<ListPage<GroupRecord>>;
  setTemplate(groupId: string, template: Program): Promise<void>;
  addMember(member: GroupMemberRecord): Promise<void>;
  removeMember(groupId: string, accountId: string): Promise<void>;
  members(groupId: string): Promise<readonly GroupMemberRecord[]>;
}

export interface ShareLinkRepository {
  /** False when a link with this id (or token) is already stored, whoever made it (nothing is written). */
  insert(link: ShareLinkRecord): Promise<boolean>;
  findById(id: string): Promise<ShareLinkRecord | undefined>;
  findByTokenHash(tokenHash: string): Promise<ShareLinkRecord | undefined>;
  /** Oldest first. */
  listForProgram(programId: string): Promise<readonly ShareLinkRecord[]>;
  /** The same list a page at a time, by (created, id), cut in SQL (decision 0621). */
  pageForProgram(programId: string, page: ListPageRequest): Promise<ListPage<ShareLinkRecord>>;
  revoke(id: string, revokedAt: IsoInstant): Promise<void>;
}

export interface ActivityRepository {
  /** False when this person already has this file's activity at this position (nothing is written). */
  insertIfAbsent(record: ActivityRecord): Promise<boolean>;
  /** By date, then start time. */
  listFor(accountId: string): Promise<readonly ActivityRecord[]>;
  /** One page of `listFor`, in the same order (the key's instant is the start time), with one index seek. */
  pageFor(accountId: string, page: ListPageRequest): Promise<ListPage<ActivityRecord>>;
  findById(id: string): Promise<ActivityRecord | undefined>;
}

export interface PushSubscriptionRepository {
  /** Inserts, or replaces the row with the same endpoint (its owner, keys, time and language). */
  upsert(record: PushSubscriptionRecord): Promise<void>;
  findById(id: string): Promise<PushSubscriptionRecord | undefined>;
  /** Oldest first. */
  listFor(accountId: string): Promise<readonly PushSubscriptionRecord[]>;
  /** The same list a page at a time, by (created, id), cut in SQL (decision 0621). */
  pageFor(accountId: string, page: ListPageRequest): Promise<ListPage<PushSubscriptionRecord>>;
  /** Every subscription, for the reminder scheduler. */
  listAll(): Promise<readonly PushSubscriptionRecord[]>;
  updateReminder(
    id: string,
    change: { reminderTime: string; timeZone: string; language: Lang },
  ): Promise<void>;
  markSent(id: string, localDate: IsoDate): Promise<void>;
  delete(id: string): Promise<void>;
}

/** What one account keeps, for its quotas (`account-quotas.ts`). */
/**
 * The kinds of row capped on their own (decision 0620): a few are ever needed at once, and a shared row count
 * would let thousands in.
 */
export type CappedKind = "share-link" | "push-subscription" | "invitation";

export interface AccountUsageRepository {
  /** Rows the person keeps in the tables that grow with use (check-ins, programs, logs, entries, screens…). */
  rowsOf(accountId: string): Promise<number>;
  /** Bytes of those rows' stored JSON. Reads every row's size: called on the large writes only. */
  storedBytesOf(accountId: string): Promise<number>;
  /** Pain and PSFS entries and session logs dated `date`. */
  entriesOn(accountId: string, date: IsoDate): Promise<number>;
  /** Activities imported from files. */
  activitiesOf(accountId: string): Promise<number>;
  /**
   * The rows of a kind capped on its own that are live at `now` (decision 0620): share links still working on the
   * account's programs, its push subscriptions, a coach's invitation codes still open.
   */
  cappedOf(accountId: string, kind: CappedKind, now: IsoInstant): Promise<number>;
  /**
   * Inside a transaction: makes other transactions writing for this account wait until this one ends, so a quota
   * checked here still holds when this transaction's insert commits (decision 0411).
   */
  holdAccount(accountId: string): Promise<void>;
}

export type Repositories = {
  readonly accounts: AccountRepository;
  readonly authSessions: AuthSessionRepository;
  readonly profiles: ProfileRepository;
  readonly checkIns: CheckInRepository;
  readonly programs: ProgramRepository;
  readonly sessionLogs: SessionLogRepository;
  readonly morningCheckIns: MorningCheckInRepository;
  readonly outcomes: OutcomeRepository;
  readonly strengthChecks: StrengthCheckRepository;
  readonly movementScreens: MovementScreenRepository;
  readonly importedMovementFindings: ImportedMovementFindingRepository;
  readonly coachLinks: CoachLinkRepository;
  readonly coachNotes: CoachNoteRepository;
  readonly groups: GroupRepository;
  readonly shareLinks: ShareLinkRepository;
  readonly activities: ActivityRepository;
  readonly pushSubscriptions: PushSubscriptionRepository;
  readonly usage: AccountUsageRepository;
  readonly passwordResets: PasswordResetRepository;
  readonly twoStep: TwoStepRepository;
  /**
   * Runs `work` in one database transaction: if it throws, nothing it wrote stays. Nested calls join the outer
   * transaction.
   */
  transaction<T>(work: (repositories: Repositories) => Promise<T>): Promise<T>;
};
