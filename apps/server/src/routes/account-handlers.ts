import { ok } from "@hipcheck/core";
import type { HandlersOf } from "./route-handler.js";
import { withoutUndefined } from "./route-handler.js";

type AccountRoute =
  | "health"
  | "signUp"
  | "signIn"
  | "signOut"
  | "signOutEverywhere"
  | "changePassword"
  | "getAccount"
  | "deleteAccount"
  | "createCoachAccount";

export const accountHandlers: HandlersOf<AccountRoute> = {
  health: () => Promise.resolve(ok({ status: "ok" as const })),
  signUp: (hipcheck, { actor, body }) => hipcheck.signUp(actor, withoutUndefined(body)),
  signIn: async (hipcheck, { actor, body, session }) => {
    const signedIn = await hipcheck.signIn(actor, body);
    if (!signedIn.ok) return signedIn;
    // Two-step on: no cookie yet, the second step's token goes back to be sent with the code.
    if ("twoStep" in signedIn.value) return ok(signedIn.value);
    const { token, expiresAt, ...account } = signedIn.value;
    session.set(token, expiresAt);
    return ok({ account, expiresAt });
  },
  signOut: async (hipcheck, { actor, session }) => {
    const ended =
      session.token === undefined ? ok(null) : await hipcheck.signOut(actor, { token: session.token });
    if (ended.ok) session.clear();
    return ended;
  },
  signOutEverywhere: async (hipcheck, { actor, session }) => {
    const ended = await hipcheck.signOutEverywhere(actor, {});
    if (ended.ok) session.clear();
    return ended;
  },
  changePassword: (hipcheck, { actor, body, session }) =>
    hipcheck.changePassword(
      actor,
      session.token === undefined ? body : { ...body, keepToken: session.token },
    ),
  getAccount: (hipcheck, { actor }) => hipcheck.getAccount(actor, {}),
  deleteAccount: async (hipcheck, { actor, body, session }) => {
    const deleted = await hipcheck.deleteAccount(actor, body);
    if (deleted.ok) session.clear();
    return deleted;
  },
  createCoachAccount: (hipcheck, { actor, body }) =>
    hipcheck.createCoachAccount(actor, withoutUndefined(body)),
};
