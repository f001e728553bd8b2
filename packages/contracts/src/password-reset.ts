import { z } from "zod";
import { EmptySchema } from "./accounts.js";
import type { RouteDefinition } from "./route-definition.js";

/** The token from a reset link, and the new password (the application checks its length and the common list). */
export const ResetPasswordBodySchema = z
  .object({
    token: z.string().min(1).max(256).describe("The token from the reset link's fragment (#token=…)"),
    newPassword: z.string().max(1024).describe("The new password (at least 8 characters)"),
  })
  .strict();

/** Getting back in with a one-time link (decision 0332). */
export const passwordResetRoutes = {
  resetPassword: {
    method: "POST",
    path: "/api/auth/password-reset",
    tag: "accounts",
    summary: "Set a new password with a one-time reset link; every sign-in of the account ends",
    access: "public",
    successStatus: 204,
    body: ResetPasswordBodySchema,
    response: EmptySchema,
  },
} as const satisfies Record<string, RouteDefinition>;
