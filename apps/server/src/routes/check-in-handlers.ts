import type { HandlersOf } from "./route-handler.js";
import { withoutUndefined } from "./route-handler.js";

export const checkInHandlers: HandlersOf<
  "getProfile" | "updateProfile" | "submitCheckIn" | "listCheckIns" | "getLatestAnswers"
> = {
  getProfile: (hipcheck, { actor, query }) => hipcheck.getProfile(actor, withoutUndefined(query)),
  updateProfile: (hipcheck, { actor, body }) => hipcheck.updateProfile(actor, body),
  submitCheckIn: (hipcheck, { actor, body }) => hipcheck.submitCheckIn(actor, withoutUndefined(body)),
  listCheckIns: (hipcheck, { actor, query }) => hipcheck.listCheckIns(actor, withoutUndefined(query)),
  getLatestAnswers: (hipcheck, { actor, query }) => hipcheck.getLatestAnswers(actor, withoutUndefined(query)),
};
