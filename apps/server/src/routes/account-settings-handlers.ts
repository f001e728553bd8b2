import type { HandlersOf } from "./route-handler.js";

/** A person's own name, and who may sign up here; the use-cases decide what is allowed. */
export const accountSettingsHandlers: HandlersOf<"setDisplayName" | "getSignUpPolicy"> = {
  setDisplayName: (hipcheck, { actor, body }) => hipcheck.setDisplayName(actor, body),
  getSignUpPolicy: (hipcheck, { actor }) => hipcheck.getSignUpPolicy(actor, {}),
};
