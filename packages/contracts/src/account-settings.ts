import { AccountViewSchema, SetDisplayNameBodySchema, SignUpPolicySchema } from "./accounts.js";
import type { RouteDefinition } from "./route-definition.js";

/** A person's own name (decision 0330), and who may sign up (decision 0331). */
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
  getSignUpPolicy: {
    method: "GET",
    path: "/api/sign-up-policy",
    tag: "accounts",
    summary: "Whether anyone may sign up here, or only with a coach's invitation code",
    access: "public",
    successStatus: 200,
    response: SignUpPolicySchema,
  },
} as const satisfies Record<string, RouteDefinition>;
