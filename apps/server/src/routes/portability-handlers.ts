import type { HandlersOf } from "./route-handler.js";

export const portabilityHandlers: HandlersOf<"exportData" | "importData"> = {
  exportData: (hipcheck, { actor }) => hipcheck.exportData(actor, {}),
  importData: (hipcheck, { actor, body }) => hipcheck.importData(actor, { document: body }),
};
