import type { Repositories } from "@hipcheck/application";
import type { Kysely } from "kysely";
import type { Database } from "./database-schema.js";
import { accountUsageRepository } from "./repositories/account-usage-repository.js";
import { activityRepository } from "./repositories/activity-repository.js";
import { accountRepository, authSessionRepository } from "./repositories/account-repository.js";
import { checkInRepository } from "./repositories/check-in-repository.js";
import {
  coachLinkRepository,
  coachNoteRepository,
  groupRepository,
} from "./repositories/coaching-repositories.js";
import { importedMovementFindingRepository } from "./repositories/imported-movement-finding-repository.js";
import { movementScreenRepository } from "./repositories/movement-screen-repository.js";
import { passwordResetRepository } from "./repositories/password-reset-repository.js";
import { profileRepository } from "./repositories/profile-repository.js";
import { programRepository } from "./repositories/program-repository.js";
import { pushSubscriptionRepository } from "./repositories/push-subscription-repository.js";
import { shareLinkRepository } from "./repositories/share-link-repository.js";
import { strengthCheckRepository } from "./repositories/strength-check-repository.js";
import { twoStepRepository } from "./repositories/two-step-repository.js";
import {
  morningCheckInRepository,
  outcomeRepository,
  sessionLogRepository,
} from "./repositories/tracking-repositories.js";

/**
 * Two transactions revising one program at once (two servers, or two connections of one, taking session logs
 * for it): PostgreSQL lets the first commit and fails the other on the revision history's key. Run again, the
 * other reads the program as it now is and revises from there (docs/decisions/0290-shared-limits.md). SQLite runs
 * one transaction at a time, so it never gets here.
 */
function isRevisionConflict(error: unknown): boolean {
  const details = error as { code?: unknown; constraint?: unknown } | null;
  return details?.code === "23505" && details.constraint === "program_revisions_pk";
}

/**
 * A whole transaction is run again at most this many times after a revision conflict. Each of n writers racing for
 * one program can lose up to n - 1 times in a row, so the bound is set for a burst of several devices and servers,
 * and a short random pause between tries spreads the losers apart.
 */
const REVISION_CONFLICT_RETRIES = 8;
const RETRY_PAUSE_MS = 5;

const pause = (durationMs: number): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, durationMs);
  });

async function runTransaction<T>(db: Kysely<Database>, work: (tx: Repositories) => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await db.transaction().execute((tx) => work(kyselyRepositories(tx)));
    } catch (error) {
      if (attempt >= REVISION_CONFLICT_RETRIES || !isRevisionConflict(error)) throw error;
      await pause(Math.random() * RETRY_PAUSE_MS * 2 ** Math.min(attempt, 4));
    }
  }
}

/**
 * The application's repositories over one Kysely handle (a database or an open transaction). Each is made the first
 * time it is asked for: a session log's transaction uses five of the twenty, and making all of them at every
 * transaction was a measurable part of a write (decision 0630).
 */
class KyselyRepositories implements Repositories {
  readonly #db: Kysely<Database>;
  #accounts?: Repositories["accounts"];
  #authSessions?: Repositories["authSessions"];
  #profiles?: Repositories["profiles"];
  #checkIns?: Repositories["checkIns"];
  #programs?: Repositories["programs"];
  #sessionLogs?: Repositories["sessionLogs"];
  #morningCheckIns?: Repositories["morningCheckIns"];
  #outcomes?: Repositories["outcomes"];
  #strengthChecks?: Repositories["strengthChecks"];
  #movementScreens?: Repositories["movementScreens"];
  #importedMovementFindings?: Repositories["importedMovementFindings"];
  #coachLinks?: Repositories["coachLinks"];
  #coachNotes?: Repositories["coachNotes"];
  #groups?: Repositories["groups"];
  #shareLinks?: Repositories["shareLinks"];
  #activities?: Repositories["activities"];
  #pushSubscriptions?: Repositories["pushSubscriptions"];
  #usage?: Repositories["usage"];
  #passwordResets?: Repositories["passwordResets"];
  #twoStep?: Repositories["twoStep"];

  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  get accounts() {
    return (this.#accounts ??= accountRepository(this.#db));
  }
  get authSessions() {
    return (this.#authSessions ??= authSessionRepository(this.#db));
  }
  get profiles() {
    return (this.#profiles ??= profileRepository(this.#db));
  }
  get checkIns() {
    return (this.#checkIns ??= checkInRepository(this.#db));
  }
  get programs() {
    return (this.#programs ??= programRepository(this.#db));
  }
  get sessionLogs() {
    return (this.#sessionLogs ??= sessionLogRepository(this.#db));
  }
  get morningCheckIns() {
    return (this.#morningCheckIns ??= morningCheckInRepository(this.#db));
  }
  get outcomes() {
    return (this.#outcomes ??= outcomeRepository(this.#db));
  }
  get strengthChecks() {
    return (this.#strengthChecks ??= strengthCheckRepository(this.#db));
  }
  get movementScreens() {
    return (this.#movementScreens ??= movementScreenRepository(this.#db));
  }
  get importedMovementFindings() {
    return (this.#importedMovementFindings ??= importedMovementFindingRepository(this.#db));
  }
  get coachLinks() {
    return (this.#coachLinks ??= coachLinkRepository(this.#db));
  }
  get coachNotes() {
    return (this.#coachNotes ??= coachNoteRepository(this.#db));
  }
  get groups() {
    return (this.#groups ??= groupRepository(this.#db));
  }
  get shareLinks() {
    return (this.#shareLinks ??= shareLinkRepository(this.#db));
  }
  get activities() {
    return (this.#activities ??= activityRepository(this.#db));
  }
  get pushSubscriptions() {
    return (this.#pushSubscriptions ??= pushSubscriptionRepository(this.#db));
  }
  get usage() {
    return (this.#usage ??= accountUsageRepository(this.#db));
  }
  get passwordResets() {
    return (this.#passwordResets ??= passwordResetRepository(this.#db));
  }
  get twoStep() {
    return (this.#twoStep ??= twoStepRepository(this.#db));
  }

  transaction<T>(work: (tx: Repositories) => Promise<T>): Promise<T> {
    // Nested calls join the open transaction: the outermost one decides commit or rollback.
    return this.#db.isTransaction ? work(this) : runTransaction(this.#db, work);
  }
}

export function kyselyRepositories(db: Kysely<Database>): Repositories {
  return new KyselyRepositories(db);
}
