import { AccountViewSchema, SetDisplayNameBodySchema } from "./accounts.js";
import type { RouteDefinition } from "./route-definition.js";

/** What a person changes about their own account besides the password (decision 0330). */
export const accountSettingsRoutes = {
  setDisplayName: {
    method: "PUT",
    path: "/api/account/display-name",
    tag: "accounts",
    summary: "Choose the name your coach or clients see in place of your email (null: the email again)",
    access: "signed-in",
    successStatus: 200,
    body: SetDisplayNameBodySchema,
    response: AccountViewSchema,
  },
} as const satisfies Record<string, RouteDefinition>;
