import { bodyReadInWorker } from "../heavy-work/body-read-in-worker.js";
import type { HandlersOf } from "./route-handler.js";

export const portabilityHandlers: HandlersOf<"exportData" | "importData"> = {
  exportData: (hipcheck, { actor }) => hipcheck.exportData(actor, {}),
  importData: async (hipcheck, { actor, body }) => {
    // Up to 64 MiB of JSON, parsed and checked in a worker thread with a time limit (decision 0600).
    const document = bodyReadInWorker("import-upload", body);
    if (!document.ok) return document;
    return hipcheck.importData(actor, { document: document.value });
  },
};
