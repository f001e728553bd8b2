import type { HandlersOf } from "./route-handler.js";
import { withoutUndefined } from "./route-handler.js";

type AdminRoute = "createAdminAccount" | "listAccounts" | "deleteAccountAsAdmin";

/** A clinic admin's account management; who may use it is decided by the use-cases. */
export const adminHandlers: HandlersOf<AdminRoute> = {
  createAdminAccount: (hipcheck, { actor, body }) =>
    hipcheck.createAdminAccount(actor, withoutUndefined(body)),
  listAccounts: (hipcheck, { actor, query }) => hipcheck.listAccounts(actor, withoutUndefined(query)),
  deleteAccountAsAdmin: (hipcheck, { actor, params }) => hipcheck.deleteAccountAsAdmin(actor, params),
};
