import type { HandlersOf } from "./route-handler.js";
import { withoutUndefined } from "./route-handler.js";

type GroupRoute =
  | "createGroup"
  | "listGroups"
  | "addGroupMember"
  | "removeGroupMember"
  | "setGroupTemplate"
  | "previewGroupAssignment"
  | "assignGroupTemplate";

export const groupHandlers: HandlersOf<GroupRoute> = {
  createGroup: (hipcheck, { actor, body }) => hipcheck.createGroup(actor, withoutUndefined(body)),
  listGroups: (hipcheck, { actor }) => hipcheck.listGroups(actor, {}),
  addGroupMember: (hipcheck, { actor, params }) => hipcheck.addGroupMember(actor, params),
  removeGroupMember: (hipcheck, { actor, params }) => hipcheck.removeGroupMember(actor, params),
  setGroupTemplate: (hipcheck, { actor, params, body }) =>
    hipcheck.setGroupTemplate(actor, { ...params, ...withoutUndefined(body) }),
  previewGroupAssignment: (hipcheck, { actor, params }) => hipcheck.previewGroupAssignment(actor, params),
  assignGroupTemplate: (hipcheck, { actor, params, body }) =>
    hipcheck.assignGroupTemplate(actor, { ...params, replace: body.replace }),
};
