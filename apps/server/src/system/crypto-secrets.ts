import { randomBytes, randomInt } from "node:crypto";
import type { SecretGenerator } from "@hipcheck/application";

/** Crockford base 32 without I, L, O and U: nothing a person can misread when typing a code. */
const CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const CODE_GROUPS = 2;
const CODE_GROUP_LENGTH = 4;

function codeGroup(): string {
  let group = "";
  for (let i = 0; i < CODE_GROUP_LENGTH; i += 1) {
    group += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)] ?? "";
  }
  return group;
}

/**
 * Session tokens: 32 random bytes (256 bits), base64url. Invitation codes: `HIP-XXXX-XXXX`, 40 bits; they are
 * single-use, revocable, and only link a client who types one to the coach who made it.
 */
export const cryptoSecrets: SecretGenerator = {
  sessionToken: () => randomBytes(32).toString("base64url"),
  invitationCode: () => ["HIP", ...Array.from({ length: CODE_GROUPS }, codeGroup)].join("-"),
};
