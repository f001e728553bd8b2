import { z } from "zod";
import { EmptySchema, SignedInSchema } from "./accounts.js";
import { InstantSchema } from "./ids.js";
import type { RouteDefinition } from "./route-definition.js";

const CodeSchema = z
  .string()
  .max(64)
  .describe("The 6 digits the authenticator app shows now, or one recovery code (ABCDE-FGHJK)");

/** Turning two-step off or replacing the recovery codes: the password, or a current code. */
export const TwoStepProofBodySchema = z
  .object({
    password: z.string().max(1024).optional().describe("The account's password"),
    code: CodeSchema.optional(),
  })
  .strict();

export const TwoStepCodeBodySchema = z.object({ code: CodeSchema }).strict();

export const TwoStepSignInBodySchema = z
  .object({
    challenge: z.string().min(1).max(256).describe("The second step's token, from the sign-in answer"),
    code: CodeSchema,
  })
  .strict();

export const TwoStepStatusSchema = z.object({
  enabled: z.boolean(),
  required: z.boolean().describe("True for admins: admin routes answer two-step-required until it is on"),
  enabledAt: InstantSchema.nullable(),
  recoveryCodesLeft: z.number().int().min(0),
});

export const TwoStepEnrolmentSchema = z.object({
  secretBase32: z
    .string()
    .describe("The TOTP secret, to type into the app; never shown again once confirmed"),
  otpauthUri: z.string().describe("otpauth://totp/… for a QR code"),
});

export const RecoveryCodesSchema = z.object({
  recoveryCodes: z
    .array(z.string())
    .describe("Ten single-use codes, shown this once; only their hashes are kept"),
});

/** A right password for an account with two-step on: no session yet, a second step to complete. */
export const TwoStepPendingSchema = z.object({
  twoStep: z.literal("required"),
  challenge: z.string().describe("Sent back with the code to /api/auth/two-step"),
  expiresAt: InstantSchema,
});

/** Signed in, or a second step to complete; the session token itself travels only in the HttpOnly cookie. */
export const SignedInOrPendingSchema = z.union([SignedInSchema, TwoStepPendingSchema]);

/** Two-step sign-in (decisions 0430–0433). */
export const twoStepRoutes = {
  completeTwoStepSignIn: {
    method: "POST",
    path: "/api/auth/two-step",
    tag: "accounts",
    summary: "The second step of a sign-in: a TOTP code or a recovery code; sets the HttpOnly session cookie",
    access: "public",
    successStatus: 200,
    body: TwoStepSignInBodySchema,
    response: SignedInSchema,
  },
  getTwoStep: {
    method: "GET",
    path: "/api/account/two-step",
    tag: "accounts",
    summary: "Whether two-step sign-in is on, required, and how many recovery codes are left",
    access: "signed-in",
    successStatus: 200,
    response: TwoStepStatusSchema,
  },
  startTwoStepEnrolment: {
    method: "POST",
    path: "/api/account/two-step/enrolment",
    tag: "accounts",
    summary: "A new TOTP secret to scan; two-step is on only once a code from it is confirmed",
    access: "signed-in",
    successStatus: 200,
    response: TwoStepEnrolmentSchema,
  },
  confirmTwoStepEnrolment: {
    method: "POST",
    path: "/api/account/two-step/enrolment/confirm",
    tag: "accounts",
    summary: "Turn two-step on with a first right code; answers ten recovery codes, shown once",
    access: "signed-in",
    successStatus: 200,
    body: TwoStepCodeBodySchema,
    response: RecoveryCodesSchema,
  },
  regenerateRecoveryCodes: {
    method: "POST",
    path: "/api/account/two-step/recovery-codes",
    tag: "accounts",
    summary: "Ten new recovery codes (the old ones stop working); needs the password or a current code",
    access: "signed-in",
    successStatus: 200,
    body: TwoStepProofBodySchema,
    response: RecoveryCodesSchema,
  },
  disableTwoStep: {
    method: "POST",
    path: "/api/account/two-step/disable",
    tag: "accounts",
    summary: "Turn two-step off (not for admins); needs the password or a current code",
    access: "signed-in",
    successStatus: 204,
    body: TwoStepProofBodySchema,
    response: EmptySchema,
  },
} as const satisfies Record<string, RouteDefinition>;
