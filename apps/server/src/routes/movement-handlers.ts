import type { SaveMovementScreenInput } from "@hipcheck/application";
import type { HandlersOf } from "./route-handler.js";
import { withoutUndefined } from "./route-handler.js";

export const movementHandlers: HandlersOf<"saveMovementScreen" | "listMovementScreens" | "getMovementScreen"> = {
  saveMovementScreen: (hipcheck, { actor, body }) => {
    // The wire schema checks the outline; the application checks joint names and the report against the
    // motion module before anything is stored.
    const { report, keypoints, ...rest } = withoutUndefined(body);
    return hipcheck.saveMovementScreen(actor, {
      ...rest,
      report: report as SaveMovementScreenInput["report"],
      keypoints: keypoints as SaveMovementScreenInput["keypoints"],
    });
  },
  listMovementScreens: (hipcheck, { actor, query }) => hipcheck.listMovementScreens(actor, withoutUndefined(query)),
  getMovementScreen: (hipcheck, { actor, params }) => hipcheck.getMovementScreen(actor, params),
};
