/**
 * Activity files: read with `@hipcheck/interop` before anything is stored, so a bad file answers 4xx with the
 * reader's own message and leaves the database as it was; the use-case decides whose data it is.
 */
import { ok } from "@hipcheck/core";
import { weeklyLoad } from "@hipcheck/interop";
import type { HandlersOf } from "./route-handler.js";
import { withoutUndefined } from "./route-handler.js";
import { bodyReadInWorker } from "../heavy-work/body-read-in-worker.js";

export const activityHandlers: HandlersOf<"importActivities" | "listActivities" | "getTrainingLoad"> = {
  importActivities: async (hipcheck, { actor, body }) => {
    // The body was read, checked and its file parsed in a worker thread: 44 MB of JSON and base64 would hold the
    // event loop for seconds (decision 0511).
    const upload = bodyReadInWorker("activity-upload", body);
    if (!upload.ok) return upload;
    return hipcheck.importActivities(actor, upload.value);
  },
  listActivities: (hipcheck, { actor, query }) => hipcheck.listActivities(actor, withoutUndefined(query)),
  getTrainingLoad: async (hipcheck, { actor, query }) => {
    const source = await hipcheck.getTrainingLoadSource(actor, withoutUndefined(query));
    if (!source.ok) return source;
    return ok(weeklyLoad(source.value.activities, source.value.painEntries, source.value.today));
  },
};
