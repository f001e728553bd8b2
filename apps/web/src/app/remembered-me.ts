import type { Me } from "../api/api-client.js";

/**
 * The last signed-in person, kept on the device so the program and session player open offline. It grants
 * nothing: every request still carries the HttpOnly session cookie, which the server checks.
 */
const KEY = "hipcheck.me";

/** The key under which another tab's sign-in or sign-out arrives as a `storage` event. */
export const REMEMBERED_ME_KEY = KEY;

export function rememberMe(me: Me | null): void {
  if (me === null) localStorage.removeItem(KEY);
  else localStorage.setItem(KEY, JSON.stringify(me));
}

export function rememberedMe(): Me | null {
  const text = localStorage.getItem(KEY);
  return text === null ? null : (JSON.parse(text) as Me);
}
