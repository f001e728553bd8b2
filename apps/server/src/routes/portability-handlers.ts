import { bodyReadInWorker } from "../heavy-work/body-read-in-worker.js";
import type { HandlersOf } from "./route-handler.js";

/** The export (`exportData`) is written as it is read: `STREAMED_ANSWERS`. */
export const portabilityHandlers: HandlersOf<"importData"> = {
  importData: async (hipcheck, { actor, body }) => {
    // Up to 64 MiB of JSON, parsed and checked as a document in a worker thread with a time limit (0600, 0625).
    const read = bodyReadInWorker("import-upload", body);
    if (!read.ok) return read;
    return hipcheck.importData(actor, { checked: read.value });
  },
};
