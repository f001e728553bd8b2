import { ok } from "@hipcheck/core";
import type { HandlersOf } from "./route-handler.js";
import { withoutUndefined } from "./route-handler.js";

type TwoStepRoute =
  | "completeTwoStepSignIn"
  | "getTwoStep"
  | "startTwoStepEnrolment"
  | "confirmTwoStepEnrolment"
  | "regenerateRecoveryCodes"
  | "disableTwoStep";

/** Two-step sign-in (decision 0430): the use-cases decide; the second step sets the session cookie. */
export const twoStepHandlers: HandlersOf<TwoStepRoute> = {
  completeTwoStepSignIn: async (hipcheck, { actor, body, session }) => {
    const signedIn = await hipcheck.completeTwoStepSignIn(actor, body);
    if (!signedIn.ok) return signedIn;
    const { token, expiresAt, ...account } = signedIn.value;
    session.set(token, expiresAt);
    return ok({ account, expiresAt });
  },
  getTwoStep: (hipcheck, { actor }) => hipcheck.getTwoStep(actor, {}),
  startTwoStepEnrolment: (hipcheck, { actor }) => hipcheck.startTwoStepEnrolment(actor, {}),
  confirmTwoStepEnrolment: (hipcheck, { actor, body }) => hipcheck.confirmTwoStepEnrolment(actor, body),
  regenerateRecoveryCodes: (hipcheck, { actor, body }) =>
    hipcheck.regenerateRecoveryCodes(actor, withoutUndefined(body)),
  disableTwoStep: (hipcheck, { actor, body }) => hipcheck.disableTwoStep(actor, withoutUndefined(body)),
};
