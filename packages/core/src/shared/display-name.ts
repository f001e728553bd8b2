import { z } from "zod";
import type { HipError } from "./error-kind.js";
import { err, ok, type Result } from "./result.js";

/**
 * The name a coach and a client show each other in place of an email (decision 0330): "Maya Lefèvre, kiné",
 * "Coach Sam". Long enough for a full name with a title, short enough for a roster line and a handout header.
 */
export const DISPLAY_NAME_MAX_LENGTH = 60;

/**
 * Control and format characters (`\p{C}`) are refused: a line break would split a roster line, and a
 * right-to-left override or a zero-width character would let a name pass for another one.
 */
const PRINTABLE = /^[^\p{C}]*$/u;

/** The edge's check (HTTP bodies); the application re-checks with `checkDisplayName` for the command line. */
export const DisplayNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(DISPLAY_NAME_MAX_LENGTH)
  .regex(PRINTABLE, "letters, digits, spaces and punctuation only")
  .describe(
    `A name shown to one's coach or clients in place of the email (1 to ${DISPLAY_NAME_MAX_LENGTH} characters)`,
  );

/** The same rule as `DisplayNameSchema`, then runs of spaces joined into one. */
export function checkDisplayName(typed: string, field = "displayName"): Result<string, HipError> {
  const trimmed = typed.trim();
  if (!PRINTABLE.test(trimmed)) {
    return err({
      kind: "invalid-input",
      message: "A display name holds letters, digits, spaces and punctuation only.",
      field,
    });
  }
  const name = trimmed.replace(/ {2,}/gu, " ");
  if (name.length === 0 || name.length > DISPLAY_NAME_MAX_LENGTH) {
    return err({
      kind: "invalid-input",
      message: `A display name has 1 to ${DISPLAY_NAME_MAX_LENGTH} characters.`,
      field,
    });
  }
  return ok(name);
}

/** What others see of an account: its display name, or its email when it has none. */
export function shownName(account: { readonly email: string; readonly displayName: string | null }): string {
  return account.displayName ?? account.email;
}
