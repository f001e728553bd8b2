import { withoutUndefined, type HandlersOf } from "./route-handler.js";

/** Account email (decision 0420): forgotten passwords and invitations; the use-cases decide, the mailer sends. */
export const accountMailHandlers: HandlersOf<
  "getMailStatus" | "requestPasswordReset" | "emailInvitation" | "inviteAccount"
> = {
  getMailStatus: (hipcheck, { actor }) => hipcheck.getMailStatus(actor, {}),
  requestPasswordReset: async (hipcheck, { actor, body }) => {
    const requested = await hipcheck.requestPasswordReset(actor, body);
    return requested.ok ? { ok: true, value: { accepted: true } } : requested;
  },
  emailInvitation: (hipcheck, { actor, body }) => hipcheck.emailInvitation(actor, withoutUndefined(body)),
  inviteAccount: (hipcheck, { actor, body }) => hipcheck.inviteAccount(actor, body),
};
