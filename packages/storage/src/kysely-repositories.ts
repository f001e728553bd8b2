import type { Repositories } from "@hipcheck/application";
import type { Kysely } from "kysely";
import type { Database } from "./database-schema.js";
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
import { profileRepository } from "./repositories/profile-repository.js";
import { programRepository } from "./repositories/program-repository.js";
import { pushSubscriptionRepository } from "./repositories/push-subscription-repository.js";
import { shareLinkRepository } from "./repositories/share-link-repository.js";
import {
  morningCheckInRepository,
  outcomeRepository,
  sessionLogRepository,
} from "./repositories/tracking-repositories.js";

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
    movementScreens: movementScreenRepository(db),
    importedMovementFindings: importedMovementFindingRepository(db),
    coachLinks: coachLinkRepository(db),
    coachNotes: coachNoteRepository(db),
    groups: groupRepository(db),
    shareLinks: shareLinkRepository(db),
    activities: activityRepository(db),
    pushSubscriptions: pushSubscriptionRepository(db),
    transaction: (work) =>
      // Nested calls join the open transaction: the outermost one decides commit or rollback.
      db.isTransaction ? work(repositories) : db.transaction().execute((tx) => work(kyselyRepositories(tx))),
  };
  return repositories;
}
