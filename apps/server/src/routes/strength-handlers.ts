/** Hip strength checks: each handler calls one use-case, which decides whose checks they are. */
import { ok } from "@hipcheck/core";
import { toCsvStrengthChecks } from "@hipcheck/interop";
import type { HandlersOf } from "./route-handler.js";
import { withoutUndefined } from "./route-handler.js";

type StrengthRoute = "recordStrengthCheck" | "listStrengthChecks" | "exportStrengthCsv";

export const strengthHandlers: HandlersOf<StrengthRoute> = {
  recordStrengthCheck: (hipcheck, { actor, body }) =>
    hipcheck.recordStrengthCheck(actor, withoutUndefined(body)),
  exportStrengthCsv: async (hipcheck, { actor, query }) => {
    const { lang, ...person } = query;
    const listed = await hipcheck.listStrengthChecks(actor, withoutUndefined(person));
    if (!listed.ok) return listed;
    const content = toCsvStrengthChecks(
      listed.value.checks.map((view) => view.check),
      lang ?? "en",
    );
    return ok({ fileName: "hipcheck-strength.csv", content });
  },
  listStrengthChecks: (hipcheck, { actor, query }) =>
    hipcheck.listStrengthChecks(actor, withoutUndefined(query)),
};
