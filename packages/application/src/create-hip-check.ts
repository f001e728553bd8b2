/**
 * The HipCheck application: every use-case as `(actor, input) → Promise<Result<output, HipError>>`. The server's
 * route handlers and the CLI's commands parse their input, call one of these with the acting principal, and map
 * the result; they never decide who may do what. Each area's use-cases and their types live in `use-cases/`.
 */
import type { HipCheckDeps } from "./use-case.js";
import { accountMailUseCases, type AccountMailUseCases } from "./use-cases/account-mail.js";
import { accountUseCases, type AccountUseCases } from "./use-cases/accounts.js";
import { activityUseCases, type ActivityUseCases } from "./use-cases/activities.js";
import { checkInUseCases, type CheckInUseCases } from "./use-cases/check-ins.js";
import { coachingUseCases, type CoachingUseCases } from "./use-cases/coaching.js";
import { groupUseCases, type GroupUseCases } from "./use-cases/groups.js";
import { movementUseCases, type MovementUseCases } from "./use-cases/movement.js";
import { passwordResetUseCases, type PasswordResetUseCases } from "./use-cases/password-resets.js";
import { portabilityUseCases, type PortabilityUseCases } from "./use-cases/portability.js";
import { programUseCases, type ProgramUseCases } from "./use-cases/programs.js";
import { pushReminderUseCases, type PushReminderUseCases } from "./use-cases/push-reminders.js";
import { shareLinkUseCases, type ShareLinkUseCases } from "./use-cases/share-links.js";
import { sharingUseCases, type SharingUseCases } from "./use-cases/sharing.js";
import { strengthUseCases, type StrengthUseCases } from "./use-cases/strength.js";
import { trackingUseCases, type TrackingUseCases } from "./use-cases/tracking.js";
import { twoStepUseCases, type TwoStepUseCases } from "./use-cases/two-step.js";

export type HipCheck = AccountUseCases &
  CheckInUseCases &
  ProgramUseCases &
  TrackingUseCases &
  MovementUseCases &
  CoachingUseCases &
  GroupUseCases &
  SharingUseCases &
  ShareLinkUseCases &
  ActivityUseCases &
  PortabilityUseCases &
  PushReminderUseCases &
  PasswordResetUseCases &
  AccountMailUseCases &
  StrengthUseCases &
  TwoStepUseCases;

export function createHipCheck(deps: HipCheckDeps): HipCheck {
  return {
    ...accountUseCases(deps),
    ...checkInUseCases(deps),
    ...programUseCases(deps),
    ...trackingUseCases(deps),
    ...movementUseCases(deps),
    ...coachingUseCases(deps),
    ...groupUseCases(deps),
    ...portabilityUseCases(deps),
    ...sharingUseCases(deps),
    ...shareLinkUseCases(deps),
    ...activityUseCases(deps),
    ...pushReminderUseCases(deps),
    ...passwordResetUseCases(deps),
    ...accountMailUseCases(deps),
    ...strengthUseCases(deps),
    ...twoStepUseCases(deps),
  };
}
