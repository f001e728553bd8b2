import type { HandlersOf } from "./route-handler.js";
import { withoutUndefined } from "./route-handler.js";

type ProgramRoute =
  "createProgram" | "listPrograms" | "getCurrentProgram" | "getProgram" | "reviseProgram" | "editProgram";

export const programHandlers: HandlersOf<ProgramRoute> = {
  createProgram: (hipcheck, { actor, body }) => hipcheck.createProgram(actor, withoutUndefined(body)),
  listPrograms: (hipcheck, { actor, query }) => hipcheck.listPrograms(actor, withoutUndefined(query)),
  getCurrentProgram: (hipcheck, { actor, query }) =>
    hipcheck.getCurrentProgram(actor, withoutUndefined(query)),
  getProgram: (hipcheck, { actor, params }) => hipcheck.getProgram(actor, params),
  reviseProgram: (hipcheck, { actor, params }) => hipcheck.reviseProgram(actor, params),
  editProgram: (hipcheck, { actor, params, body }) =>
    hipcheck.editProgram(actor, withoutUndefined({ ...params, ...body })),
};
