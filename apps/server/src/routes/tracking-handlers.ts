import type { HandlersOf } from "./route-handler.js";
import { withoutUndefined } from "./route-handler.js";

type TrackingRoute =
  | "logSession"
  | "listSessionLogs"
  | "recordMorningCheckIn"
  | "listMorningCheckIns"
  | "recordPain"
  | "listPain"
  | "recordPsfs"
  | "listPsfs"
  | "getProgress";

export const trackingHandlers: HandlersOf<TrackingRoute> = {
  logSession: (hipcheck, { actor, body }) => hipcheck.logSession(actor, { log: body }),
  listSessionLogs: (hipcheck, { actor, query }) => hipcheck.listSessionLogs(actor, withoutUndefined(query)),
  recordMorningCheckIn: (hipcheck, { actor, body }) =>
    hipcheck.recordMorningCheckIn(actor, { checkIn: body }),
  listMorningCheckIns: (hipcheck, { actor, query }) =>
    hipcheck.listMorningCheckIns(actor, withoutUndefined(query)),
  recordPain: (hipcheck, { actor, body: { id, ...entry } }) =>
    hipcheck.recordPain(actor, withoutUndefined({ entry, id })),
  listPain: (hipcheck, { actor, query }) => hipcheck.listPain(actor, withoutUndefined(query)),
  recordPsfs: (hipcheck, { actor, body: { id, ...entry } }) =>
    hipcheck.recordPsfs(actor, withoutUndefined({ entry, id })),
  listPsfs: (hipcheck, { actor, query }) => hipcheck.listPsfs(actor, withoutUndefined(query)),
  getProgress: (hipcheck, { actor, query }) => hipcheck.getProgress(actor, withoutUndefined(query)),
};
