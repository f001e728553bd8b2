import type { HandlersOf } from "./route-handler.js";
import { withoutUndefined } from "./route-handler.js";

export const movementHandlers: HandlersOf<
  "saveMovementScreen" | "listMovementScreens" | "getMovementScreen" | "deleteMovementScreen"
> = {
  saveMovementScreen: (hipcheck, { actor, body }) =>
    hipcheck.saveMovementScreen(actor, withoutUndefined(body)),
  listMovementScreens: (hipcheck, { actor, query }) =>
    hipcheck.listMovementScreens(actor, withoutUndefined(query)),
  getMovementScreen: (hipcheck, { actor, params }) => hipcheck.getMovementScreen(actor, params),
  deleteMovementScreen: (hipcheck, { actor, params }) => hipcheck.deleteMovementScreen(actor, params),
};
