/** Web push reminders: each handler calls one use-case, which decides whose subscription it is. */
import type { HandlersOf } from "./route-handler.js";
import { withoutUndefined } from "./route-handler.js";

type PushRoute =
  "getPushPublicKey" | "subscribePush" | "listPushSubscriptions" | "updatePushReminder" | "unsubscribePush";

export const pushHandlers: HandlersOf<PushRoute> = {
  getPushPublicKey: (hipcheck, { actor }) => hipcheck.getPushPublicKey(actor, {}),
  subscribePush: (hipcheck, { actor, body }) => hipcheck.subscribePush(actor, body),
  listPushSubscriptions: (hipcheck, { actor }) => hipcheck.listPushSubscriptions(actor, {}),
  updatePushReminder: (hipcheck, { actor, params, body }) =>
    hipcheck.updatePushReminder(actor, { ...params, ...withoutUndefined(body) }),
  unsubscribePush: (hipcheck, { actor, params }) => hipcheck.unsubscribePush(actor, params),
};
