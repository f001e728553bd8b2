/**
 * Activity files: read with `@hipcheck/interop` before anything is stored, so a bad file answers 4xx with the
 * reader's own message and leaves the database as it was; the use-case decides whose data it is.
 */
import { ok } from "@hipcheck/core";
import { weeklyLoad } from "@hipcheck/interop";
import type { HandlersOf } from "./route-handler.js";
import { withoutUndefined } from "./route-handler.js";

export const activityHandlers: HandlersOf<"importActivities" | "listActivities" | "getTrainingLoad"> = {
  importActivities: async (hipcheck, { actor, body, heavy }) => {
    const bytes = new Uint8Array(Buffer.from(body.contentBase64, "base64"));
    // Read in a worker thread: a large file takes seconds of CPU that the other requests must not wait for.
    const activities = await heavy.run({
      kind: "activity-file",
      bytes,
      fileName: body.fileName,
      ...(body.timeZone === undefined ? {} : { timeZone: body.timeZone }),
    });
    if (!activities.ok) return activities;
    return hipcheck.importActivities(actor, { fileName: body.fileName, bytes, activities: activities.value });
  },
  listActivities: (hipcheck, { actor, query }) => hipcheck.listActivities(actor, withoutUndefined(query)),
  getTrainingLoad: async (hipcheck, { actor, query }) => {
    const source = await hipcheck.getTrainingLoadSource(actor, withoutUndefined(query));
    if (!source.ok) return source;
    return ok(weeklyLoad(source.value.activities, source.value.painEntries, source.value.today));
  },
};
