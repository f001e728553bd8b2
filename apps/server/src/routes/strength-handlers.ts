/** Hip strength checks: each handler calls one use-case, which decides whose checks they are. */
import type { HandlersOf } from "./route-handler.js";
import { withoutUndefined } from "./route-handler.js";

/** The spreadsheet (`exportStrengthCsv`) is written as it is read: `STREAMED_ANSWERS`. */
type StrengthRoute = "recordStrengthCheck" | "listStrengthChecks";

export const strengthHandlers: HandlersOf<StrengthRoute> = {
  recordStrengthCheck: (hipcheck, { actor, body }) =>
    hipcheck.recordStrengthCheck(actor, withoutUndefined(body)),
  listStrengthChecks: (hipcheck, { actor, query }) =>
    hipcheck.listStrengthChecks(actor, withoutUndefined(query)),
};
