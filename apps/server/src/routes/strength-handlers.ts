/** Hip strength checks: each handler calls one use-case, which decides whose checks they are. */
import type { HandlersOf } from "./route-handler.js";
import { withoutUndefined } from "./route-handler.js";

type StrengthRoute = "recordStrengthCheck" | "listStrengthChecks" | "exportStrengthCsv";

export const strengthHandlers: HandlersOf<StrengthRoute> = {
  recordStrengthCheck: (hipcheck, { actor, body }) =>
    hipcheck.recordStrengthCheck(actor, withoutUndefined(body)),
  exportStrengthCsv: () => {
    throw new Error("The strength spreadsheet is written as it is read (STREAMED_ANSWERS, decision 0625).");
  },
  listStrengthChecks: (hipcheck, { actor, query }) =>
    hipcheck.listStrengthChecks(actor, withoutUndefined(query)),
};
