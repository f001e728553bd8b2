import type { HandlersOf } from "./route-handler.js";

/** A person's own account settings besides the password; the use-cases decide what is allowed. */
export const accountSettingsHandlers: HandlersOf<"setDisplayName"> = {
  setDisplayName: (hipcheck, { actor, body }) => hipcheck.setDisplayName(actor, body),
};
