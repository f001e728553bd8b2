import { LANGUAGES } from "@hipcheck/core";
import { z } from "zod";
import { InvitationViewSchema } from "./coaching.js";
import { ClientEntryIdSchema, InstantSchema } from "./ids.js";
import type { RouteDefinition } from "./route-definition.js";

const AddressSchema = z.string().max(320).describe("An email address");

export const MailStatusSchema = z.object({
  mail: z.enum(["on", "off"]).describe("on: this server sends email (SMTP set up); off: it sends none"),
});

export const PasswordResetRequestBodySchema = z.object({ email: AddressSchema }).strict();

export const AcceptedSchema = z.object({
  accepted: z
    .literal(true)
    .describe("Always the same answer: nothing says whether an account has this address"),
});

export const EmailInvitationBodySchema = z
  .object({
    email: AddressSchema.describe("Where the invitation goes"),
    language: z.enum(LANGUAGES).describe("The language the mail is written in"),
    validDays: z
      .number()
      .int()
      .min(1)
      .max(90)
      .optional()
      .describe("How many days the code works if nobody accepts it; 14 when absent"),
    id: ClientEntryIdSchema,
  })
  .strict();

export const AccountInvitationBodySchema = z
  .object({
    email: AddressSchema.describe("The person's address: their account is made, and the link sent there"),
    language: z.enum(LANGUAGES).describe("The language the mail is written in"),
  })
  .strict();

export const SentAccountInvitationSchema = z.object({
  email: z.string(),
  expiresAt: InstantSchema.describe("The link sets a password until then"),
});

/** Forgotten passwords and invitations by email, when the server has SMTP set up (decision 0420). */
export const accountMailRoutes = {
  getMailStatus: {
    method: "GET",
    path: "/api/mail-status",
    tag: "accounts",
    summary: 'Whether this server sends email, so that pages offer "Forgot password?" only where it works',
    access: "public",
    successStatus: 200,
    response: MailStatusSchema,
  },
  requestPasswordReset: {
    method: "POST",
    path: "/api/auth/password-reset/request",
    tag: "accounts",
    summary:
      "Forgot password: a one-time link goes to the address if an account has it; the answer is the same either way",
    access: "public",
    successStatus: 200,
    body: PasswordResetRequestBodySchema,
    response: AcceptedSchema,
  },
  emailInvitation: {
    method: "POST",
    path: "/api/coach/invitations/email",
    tag: "coaching",
    summary: "A new invitation code, sent by email in the language chosen (coaches)",
    access: "signed-in",
    successStatus: 201,
    body: EmailInvitationBodySchema,
    response: InvitationViewSchema,
  },
  inviteAccount: {
    method: "POST",
    path: "/api/admin/invitations",
    tag: "accounts",
    summary: "A person's account with no coach, and a link by email to choose its password (admins)",
    access: "signed-in",
    successStatus: 201,
    body: AccountInvitationBodySchema,
    response: SentAccountInvitationSchema,
  },
} as const satisfies Record<string, RouteDefinition>;
