import { describe, expect, it } from "vitest";
import { mailSettingsFromEnv } from "./mail-settings.js";

const COMPLETE = {
  HIPCHECK_SMTP_URL: "smtps://hipcheck:secret@smtp.clinic.example:465",
  HIPCHECK_MAIL_FROM: "HipCheck <hipcheck@clinic.example>",
  HIPCHECK_PUBLIC_URL: "https://hipcheck.clinic.example/",
};

describe("mail settings from the environment", () => {
  it("sends nothing without an SMTP URL, whatever else is set", () => {
    expect(mailSettingsFromEnv({})).toEqual({ ok: true, value: undefined });
    expect(mailSettingsFromEnv({ HIPCHECK_MAIL_FROM: COMPLETE.HIPCHECK_MAIL_FROM })).toEqual({
      ok: true,
      value: undefined,
    });
  });

  it("reads all three, the public address without its trailing slash", () => {
    expect(mailSettingsFromEnv(COMPLETE)).toEqual({
      ok: true,
      value: {
        smtpUrl: COMPLETE.HIPCHECK_SMTP_URL,
        from: COMPLETE.HIPCHECK_MAIL_FROM,
        publicUrl: "https://hipcheck.clinic.example",
      },
    });
  });

  it("refuses an SMTP URL without its sender or public address, or one that is no SMTP address", () => {
    const refusal = (env: Record<string, string>) => {
      const settings = mailSettingsFromEnv(env);
      return settings.ok ? "accepted" : settings.error;
    };
    expect(refusal({ ...COMPLETE, HIPCHECK_MAIL_FROM: "" })).toMatch(/HIPCHECK_MAIL_FROM/);
    expect(refusal({ ...COMPLETE, HIPCHECK_PUBLIC_URL: "" })).toMatch(/HIPCHECK_PUBLIC_URL/);
    expect(refusal({ ...COMPLETE, HIPCHECK_PUBLIC_URL: "hipcheck.clinic.example" })).toMatch(
      /HIPCHECK_PUBLIC_URL/,
    );
    expect(refusal({ ...COMPLETE, HIPCHECK_SMTP_URL: "https://smtp.clinic.example" })).toMatch(/smtp:\/\//);
  });
});
