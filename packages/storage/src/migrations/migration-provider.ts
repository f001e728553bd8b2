import type { Migration } from "kysely";
import * as initial from "./2026-11-22T0000-initial.js";
import * as shareLinks from "./2026-11-22T0100-share-links.js";
import * as activities from "./2026-11-22T0200-activities.js";
import * as importedMovementFindings from "./2026-11-22T0300-imported-movement-findings.js";
import * as invitationExpiry from "./2026-12-04T1540-invitation-expiry.js";
import * as attemptCounters from "./2026-12-04T1600-attempt-counters.js";
import * as pushSubscriptions from "./2026-12-04T1630-push-subscriptions.js";
import * as accountDisplayName from "./2026-12-04T1800-account-display-name.js";
import * as passwordResets from "./2026-12-04T1810-password-resets.js";
import * as strengthChecks from "./2026-12-04T1900-strength-checks.js";
import * as listOrderIndexes from "./2026-12-04T2000-list-order-indexes.js";
import * as twoStep from "./2026-12-04T2020-two-step.js";
import * as sessionLogRuleColumns from "./2026-12-05T0100-session-log-rule-columns.js";
import * as activityListOrder from "./2026-12-05T0110-activity-list-order.js";
import * as programJsonTag from "./2026-12-05T0630-program-json-tag.js";
import * as answersOfRepeatedWrites from "./2026-12-05T0635-answers-of-repeated-writes.js";
import * as leanerSessionLogWrite from "./2026-12-05T0710-leaner-session-log-write.js";
import * as importedFindingSourceIds from "./2026-12-05T1410-imported-finding-source-ids.js";
import * as programLogTags from "./2026-12-05T1420-program-log-tags.js";
import * as accountRowCounts from "./2026-12-05T1430-account-row-counts.js";

/**
 * Every schema step, by timestamped name (applied in name order by `schema-migrations.ts`). Listed statically rather than read from the
 * folder, so that bundled and compiled builds carry them too.
 */
export const MIGRATIONS: Record<string, Migration> = {
  "2026-11-22T0000-initial": initial,
  "2026-11-22T0100-share-links": shareLinks,
  "2026-11-22T0200-activities": activities,
  "2026-11-22T0300-imported-movement-findings": importedMovementFindings,
  "2026-12-04T1540-invitation-expiry": invitationExpiry,
  "2026-12-04T1600-attempt-counters": attemptCounters,
  "2026-12-04T1630-push-subscriptions": pushSubscriptions,
  "2026-12-04T1800-account-display-name": accountDisplayName,
  "2026-12-04T1810-password-resets": passwordResets,
  "2026-12-04T1900-strength-checks": strengthChecks,
  "2026-12-04T2000-list-order-indexes": listOrderIndexes,
  "2026-12-04T2020-two-step": twoStep,
  "2026-12-05T0100-session-log-rule-columns": sessionLogRuleColumns,
  "2026-12-05T0110-activity-list-order": activityListOrder,
  "2026-12-05T0630-program-json-tag": programJsonTag,
  "2026-12-05T0635-answers-of-repeated-writes": answersOfRepeatedWrites,
  "2026-12-05T0710-leaner-session-log-write": leanerSessionLogWrite,
  "2026-12-05T1410-imported-finding-source-ids": importedFindingSourceIds,
  "2026-12-05T1420-program-log-tags": programLogTags,
  "2026-12-05T1430-account-row-counts": accountRowCounts,
};
