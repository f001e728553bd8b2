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
  recordPain: (hipcheck, { actor, body }) => hipcheck.recordPain(actor, { entry: body }),
  listPain: (hipcheck, { actor, query }) => hipcheck.listPain(actor, withoutUndefined(query)),
  recordPsfs: (hipcheck, { actor, body }) => hipcheck.recordPsfs(actor, { entry: body }),
  listPsfs: (hipcheck, { actor, query }) => hipcheck.listPsfs(actor, withoutUndefined(query)),
  getProgress: (hipcheck, { actor, query }) => hipcheck.getProgress(actor, withoutUndefined(query)),
};
