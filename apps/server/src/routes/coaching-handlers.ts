import type { HandlersOf } from "./route-handler.js";
import { withoutUndefined } from "./route-handler.js";

type CoachingRoute =
  | "createInvitation"
  | "listInvitations"
  | "acceptInvitation"
  | "listCoaches"
  | "revokeLink"
  | "listClients"
  | "addCoachNote"
  | "listCoachNotes";

export const coachingHandlers: HandlersOf<CoachingRoute> = {
  createInvitation: (hipcheck, { actor, body }) => hipcheck.createInvitation(actor, withoutUndefined(body)),
  listInvitations: (hipcheck, { actor }) => hipcheck.listInvitations(actor, {}),
  acceptInvitation: (hipcheck, { actor, body }) => hipcheck.acceptInvitation(actor, body),
  listCoaches: (hipcheck, { actor }) => hipcheck.listCoaches(actor, {}),
  revokeLink: (hipcheck, { actor, params }) => hipcheck.revokeLink(actor, params),
  listClients: (hipcheck, { actor }) => hipcheck.listClients(actor, {}),
  addCoachNote: (hipcheck, { actor, params, body }) =>
    hipcheck.addCoachNote(actor, withoutUndefined({ ...params, ...body })),
  listCoachNotes: (hipcheck, { actor, params }) => hipcheck.listCoachNotes(actor, params),
};
