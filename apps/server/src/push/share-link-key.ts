/**
 * The key share-link tokens made under a client's id are derived with (decision 0635), taken from the secret the
 * server already keeps outside its database: the VAPID private key (environment or `vapid-keys.json`). It is the
 * one secret every server on one database already shares and that `hipcheck admin backup` already carries
 * (decision 0441), so a second server and a restored one make the same token for the same repeat, while the
 * database alone (hashes only) never gives a token. HKDF with a label of its own keeps the two uses apart: nothing
 * signed for push can be read from a token, nor the reverse.
 */
import { hkdfSync } from "node:crypto";

const LABEL = "hipcheck share-link tokens v1";
const KEY_BYTES = 32;

export function shareLinkKeyOf(vapidPrivateKey: string): Uint8Array {
  return new Uint8Array(hkdfSync("sha256", Buffer.from(vapidPrivateKey, "utf8"), "", LABEL, KEY_BYTES));
}
