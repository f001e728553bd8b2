/**
 * The operator's per-account quotas (decision 0341), from the service's environment: a clinic that imports years
 * of a client's data, or a load test, may need more than the defaults; a small shared server may want less.
 *
 *   HIPCHECK_QUOTA_ENTRIES_PER_DAY   pain, PSFS and session logs dated one day (default 50)
 *   HIPCHECK_QUOTA_STORED_ROWS       rows an account keeps (default 50,000)
 *   HIPCHECK_QUOTA_STORED_BYTES      bytes of stored JSON (default 512 MiB)
 *   HIPCHECK_QUOTA_ACTIVITIES        imported activities (default 10,000)
 *   HIPCHECK_QUOTA_LIVE_SHARE_LINKS  share links still working on a person's programs (default 50, decision 0620)
 *   HIPCHECK_QUOTA_PUSH_DEVICES      devices with reminders set up (default 20)
 *   HIPCHECK_QUOTA_OPEN_INVITATIONS  a coach's invitation codes not yet used (default 200)
 */
import type { AccountQuotas } from "@hipcheck/application";

export const QUOTA_VARIABLES = {
  entriesPerDay: "HIPCHECK_QUOTA_ENTRIES_PER_DAY",
  storedRows: "HIPCHECK_QUOTA_STORED_ROWS",
  storedBytes: "HIPCHECK_QUOTA_STORED_BYTES",
  activities: "HIPCHECK_QUOTA_ACTIVITIES",
  liveShareLinks: "HIPCHECK_QUOTA_LIVE_SHARE_LINKS",
  pushSubscriptions: "HIPCHECK_QUOTA_PUSH_DEVICES",
  openInvitations: "HIPCHECK_QUOTA_OPEN_INVITATIONS",
} as const satisfies Record<keyof AccountQuotas, string>;

export type QuotaSettings =
  | { readonly ok: true; readonly quotas: Partial<AccountQuotas> }
  | { readonly ok: false; readonly variable: string; readonly message: string };

/** The quotas the environment sets (the others keep their defaults), or which variable is wrong and why. */
export function quotasFromEnv(env: Readonly<Record<string, string | undefined>>): QuotaSettings {
  const quotas: Partial<Record<keyof AccountQuotas, number>> = {};
  for (const [key, variable] of Object.entries(QUOTA_VARIABLES) as [keyof AccountQuotas, string][]) {
    const text = env[variable]?.trim();
    if (text === undefined || text === "") continue;
    const value = Number(text);
    if (!/^\d+$/.test(text) || !Number.isSafeInteger(value) || value < 1) {
      return { ok: false, variable, message: `${variable}: a whole number of at least 1 (got "${text}")` };
    }
    quotas[key] = value;
  }
  return { ok: true, quotas };
}
