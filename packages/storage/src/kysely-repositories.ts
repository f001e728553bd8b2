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

/** The application's repositories over one Kysely handle (a database or an open transaction). */
export function kyselyRepositories(db: Kysely<Database>): Repositories {
  const repositories: Repositories = {
    accounts: accountRepository(db),
    authSessions: authSessionRepository(db),
    profiles: profileRepository(db),
    checkIns: checkInRepository(db),
    programs: programRepository(db),
    sessionLogs: sessionLogRepository(db),
    morningCheckIns: morningCheckInRepository(db),
    outcomes: outcomeRepository(db),
    strengthChecks: strengthCheckRepository(db),
    movementScreens: movementScreenRepository(db),
    importedMovementFindings: importedMovementFindingRepository(db),
    coachLinks: coachLinkRepository(db),
    coachNotes: coachNoteRepository(db),
    groups: groupRepository(db),
    shareLinks: shareLinkRepository(db),
    activities: activityRepository(db),
    pushSubscriptions: pushSubscriptionRepository(db),
    usage: accountUsageRepository(db),
    passwordResets: passwordResetRepository(db),
    twoStep: twoStepRepository(db),
    transaction: (work) =>
      // Nested calls join the open transaction: the outermost one decides commit or rollback.
      db.isTransaction ? work(repositories) : runTransaction(db, work),
  };
  return repositories;
}
