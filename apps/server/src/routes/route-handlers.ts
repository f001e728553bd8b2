import { accountHandlers } from "./account-handlers.js";
import { accountMailHandlers } from "./account-mail-handlers.js";
import { accountSettingsHandlers } from "./account-settings-handlers.js";
import { activityHandlers } from "./activity-handlers.js";
import { adminHandlers } from "./admin-handlers.js";
import { checkInHandlers } from "./check-in-handlers.js";
import { coachingHandlers } from "./coaching-handlers.js";
import { groupHandlers } from "./group-handlers.js";
import { movementHandlers } from "./movement-handlers.js";
import { portabilityHandlers } from "./portability-handlers.js";
import { programHandlers } from "./program-handlers.js";
import { pushHandlers } from "./push-handlers.js";
import type { RouteHandlers } from "./route-handler.js";
import { sharingHandlers } from "./sharing-handlers.js";
import { strengthHandlers } from "./strength-handlers.js";
import { systemHandlers } from "./system-handlers.js";
import { trackingHandlers } from "./tracking-handlers.js";
import { twoStepHandlers } from "./two-step-handlers.js";

/** One handler per route of the contracts' table; a route without a handler does not compile. */
export const routeHandlers: RouteHandlers = {
  ...accountHandlers,
  ...adminHandlers,
  ...checkInHandlers,
  ...programHandlers,
  ...trackingHandlers,
  ...movementHandlers,
  ...coachingHandlers,
  ...groupHandlers,
  ...portabilityHandlers,
  ...sharingHandlers,
  ...activityHandlers,
  ...pushHandlers,
  ...strengthHandlers,
  ...systemHandlers,
  ...accountSettingsHandlers,
  ...accountMailHandlers,
  ...twoStepHandlers,
};
