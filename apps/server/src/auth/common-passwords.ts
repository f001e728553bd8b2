/**
 * Passwords that appear in leaked-password lists are the first ones guessed (NIST SP 800-63B §5.1.1.2: compare new
 * passwords against a list of values known to be commonly used or compromised). The list is the ~49,000 most common
 * passwords shipped in `@zxcvbn-ts/language-common`; it is read once, on first use.
 */
import { dictionary } from "@zxcvbn-ts/language-common";

let common: ReadonlySet<string> | undefined;

/** Compared without case and surrounding spaces: "Password1 " is as weak as "password1". */
export function isCommonPassword(password: string): boolean {
  common ??= new Set(dictionary["passwords-common"].map((entry) => entry.toLowerCase()));
  return common.has(password.trim().toLowerCase());
}
