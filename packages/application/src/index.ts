export * from "./actor.js";
export * from "./ports.js";
export * from "./authorization.js";
export * from "./create-hip-check.js";
export type * from "./use-case.js";
export type * from "./use-cases/accounts.js";
export type * from "./use-cases/activities.js";
export type * from "./use-cases/check-ins.js";
export type * from "./use-cases/coaching.js";
export type * from "./use-cases/groups.js";
export type * from "./use-cases/movement.js";
export type * from "./use-cases/portability.js";
export { checkedExportDocument, EXPORT_PAGE_ROWS, EXPORT_SECTIONS } from "./use-cases/portability.js";
export type * from "./use-cases/program-edit.js";
export type * from "./use-cases/programs.js";
export type * from "./use-cases/share-links.js";
export type * from "./use-cases/push-reminders.js";
export type * from "./use-cases/password-resets.js";
export type * from "./use-cases/account-mail.js";
export type * from "./account-mailer.js";
export type * from "./use-cases/two-step.js";
export type * from "./use-cases/two-step-policy.js";
export type * from "./use-cases/sharing.js";
export type * from "./use-cases/tracking.js";
export type * from "./use-cases/strength.js";
export * from "./export-document.js";
export { DEFAULT_ACCOUNT_QUOTAS, type AccountQuotas } from "./account-quotas.js";
export * from "./movement-schemas.js";
export * from "./imported-movement-finding.js";
export * from "./profile-schema.js";
export {
  hashToken,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  SESSION_LIFETIME_DAYS_DEFAULT,
} from "./use-cases/accounts.js";
export { COACH_NOTE_MAX_LENGTH } from "./use-cases/coaching.js";
export { SIGN_UP_POLICIES } from "./use-case.js";
export { RESET_LINK_LIFETIME_HOURS } from "./use-cases/password-resets.js";
export { ACCOUNT_INVITATION_LIFETIME_HOURS, RESET_MAIL_LIFETIME_HOURS } from "./use-cases/account-mail.js";
export { RECOVERY_CODE_COUNT, totpStepOf } from "./use-cases/two-step.js";
export { TWO_STEP_CHALLENGE_MINUTES, twoStepRequiredFor } from "./use-cases/two-step-policy.js";
export { GROUP_NAME_MAX_LENGTH } from "./use-cases/groups.js";
export { SHARE_LINK_DAYS_DEFAULT, SHARE_LINK_DAYS_MAX } from "./use-cases/share-links.js";
export { isKnownTimeZone } from "./use-cases/push-reminders.js";
export * from "./activity-schema.js";
export { ACTIVITIES_PER_FILE_MAX, fileHashOf } from "./use-cases/activities.js";
export { IMPORT_SKIP_REASONS, type ImportSkipReason, type ImportSkipped } from "./import-checks.js";
