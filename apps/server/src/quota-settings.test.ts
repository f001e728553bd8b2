import { describe, expect, it } from "vitest";
import { quotasFromEnv } from "./quota-settings.js";

describe("the operator's quotas from the environment", () => {
  it("keeps the defaults for what is not set, and reads whole numbers for what is", () => {
    expect(quotasFromEnv({})).toEqual({ ok: true, quotas: {} });
    expect(
      quotasFromEnv({ HIPCHECK_QUOTA_ENTRIES_PER_DAY: " 200 ", HIPCHECK_QUOTA_STORED_BYTES: "1073741824" }),
    ).toEqual({ ok: true, quotas: { entriesPerDay: 200, storedBytes: 1_073_741_824 } });
    expect(
      quotasFromEnv({ HIPCHECK_QUOTA_LIVE_SHARE_LINKS: "5", HIPCHECK_QUOTA_OPEN_INVITATIONS: "400" }),
    ).toEqual({
      ok: true,
      quotas: { liveShareLinks: 5, openInvitations: 400 },
    });
  });

  it.each(["0", "-5", "12.5", "lots", "1e6"])("refuses %s and names the variable", (text) => {
    const settings = quotasFromEnv({ HIPCHECK_QUOTA_ACTIVITIES: text });
    expect(settings).toMatchObject({ ok: false, variable: "HIPCHECK_QUOTA_ACTIVITIES" });
    expect(settings.ok ? "" : settings.message).toContain(text);
  });
});
