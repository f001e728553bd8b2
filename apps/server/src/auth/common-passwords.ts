/**
 * Passwords that appear in leaked-password lists are the first ones guessed (NIST SP 800-63B §5.1.1.2: compare new
 * passwords against a list of values known to be commonly used or compromised). The list is the ~49,000 most common
 * passwords shipped in `@zxcvbn-ts/language-common`; it is read once, on first use.
 */
import { PASSWORD_MIN_LENGTH } from "@hipcheck/application";
import { hipError } from "@hipcheck/core";
import type { HipError } from "@hipcheck/core";
import { dictionary } from "@zxcvbn-ts/language-common";

let common: ReadonlySet<string> | undefined;

/** Compared without case and surrounding spaces: "Password1 " is as weak as "password1". */
export function isCommonPassword(password: string): boolean {
  common ??= new Set(dictionary["passwords-common"].map((entry) => entry.toLowerCase()));
  return common.has(password.trim().toLowerCase());
}

/**
 * The refusal of a new password found in the list, naming the field; the same for the API and for
 * `hipcheck admin create`. A too-short one is left to the use-case's length rule, which says how long it must be.
 */
export function commonPasswordProblem(password: string, field: string): HipError | undefined {
  if (password.length < PASSWORD_MIN_LENGTH || !isCommonPassword(password)) return undefined;
  return hipError(
    "invalid-input",
    "This password is one of the most common ones in leaked-password lists, so it is guessed first; choose another (a few unrelated words make a strong one).",
    field,
  );
}
