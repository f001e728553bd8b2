import { DisplayNameSchema } from "@hipcheck/core";
import { z } from "zod";
import { IdSchema, InstantSchema } from "./ids.js";

export const ROLE_NAMES = ["person", "coach", "admin"] as const;

/**
 * Only an upper bound here: the length rules a person can act on (at least 8 characters) are checked by the
 * application, which says so in its message. The bound keeps argon2 work and bodies small.
 */
const PasswordSchema = z.string().max(1024).describe("A password (at least 8 characters)");
const EmailSchema = z.string().max(320).describe("An email address");

export const CredentialsBodySchema = z.object({ email: EmailSchema, password: PasswordSchema }).strict();

/** Sign-up and accounts an admin makes: the credentials, and the name to show others if the person gives one. */
export const NewAccountBodySchema = CredentialsBodySchema.extend({
  displayName: DisplayNameSchema.optional(),
}).strict();

/** A person's sign-up: an invitation code is the only way in on an invite-only server (decision 0331). */
export const SignUpBodySchema = NewAccountBodySchema.extend({
  invitationCode: z
    .string()
    .trim()
    .max(64)
    .optional()
    .describe("A coach's invitation code: accepted with the sign-up, so the new account is linked at once"),
}).strict();

export const SIGN_UP_POLICY_NAMES = ["open", "invite-only"] as const;

export const SignUpPolicySchema = z.object({
  signUp: z
    .enum(SIGN_UP_POLICY_NAMES)
    .describe("open: anyone may sign up; invite-only: only with a coach's invitation code"),
});

/** A name to show one's coach or clients; null clears it, so the email shows again. */
export const SetDisplayNameBodySchema = z.object({ displayName: DisplayNameSchema.nullable() }).strict();

/** Response objects strip unknown keys: a field the contract does not name (a hash) never leaves the server. */
export const AccountViewSchema = z.object({
  accountId: IdSchema,
  email: z.string(),
  displayName: z
    .string()
    .nullable()
    .describe("The name shown to one's coach or clients; null: the email is shown"),
  role: z.enum(ROLE_NAMES),
  createdAt: InstantSchema,
});
export type AccountViewBody = z.infer<typeof AccountViewSchema>;

/** The session token travels only in the HttpOnly cookie, never in a body a script could read. */
export const SignedInSchema = z.object({ account: AccountViewSchema, expiresAt: InstantSchema });

export const ChangePasswordBodySchema = z
  .object({ currentPassword: PasswordSchema, newPassword: PasswordSchema })
  .strict();

export const DeleteAccountBodySchema = z
  .object({ password: PasswordSchema.describe("The account's password, to confirm") })
  .strict();

/** What an admin sees of an account: no health data, only whether coaching links it to someone. */
export const AccountListingSchema = AccountViewSchema.extend({
  hasCoach: z.boolean().describe("An active link to a coach"),
  hasClients: z.boolean().describe("An active link to at least one client"),
});

export const AccountListQuerySchema = z
  .object({ role: z.enum(ROLE_NAMES).optional().describe("Only accounts of this role") })
  .strict();

export const AccountIdParamsSchema = z.object({ accountId: IdSchema }).strict();

export const SessionsEndedSchema = z.object({ sessionsEnded: z.number().int().min(0) });

export const EmptySchema = z.null().describe("No content");

export const HealthSchema = z.object({ status: z.literal("ok") });
