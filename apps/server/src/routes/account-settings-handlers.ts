import type { HandlersOf } from "./route-handler.js";

/** A person's own name, who may sign up here, and a reset link's new password; the use-cases decide. */
export const accountSettingsHandlers: HandlersOf<"setDisplayName" | "getSignUpPolicy" | "resetPassword"> = {
  setDisplayName: (hipcheck, { actor, body }) => hipcheck.setDisplayName(actor, body),
  getSignUpPolicy: (hipcheck, { actor }) => hipcheck.getSignUpPolicy(actor, {}),
  resetPassword: async (hipcheck, { actor, body, session }) => {
    const reset = await hipcheck.resetPassword(actor, body);
    // Every sign-in of the account ended, this browser's too if it had one: the person signs in anew.
    if (reset.ok) session.clear();
    return reset;
  },
};
