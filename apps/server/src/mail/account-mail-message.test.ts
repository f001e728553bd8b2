import { describe, expect, it } from "vitest";
import { accountMailMessage } from "./account-mail-message.js";

const BASE = "https://hipcheck.clinic.example";

describe("account mail wording", () => {
  it("writes a reset mail in the account's language, with the link in both parts", () => {
    const mail = {
      kind: "password-reset",
      to: "dana@example.org",
      token: "tok-en_1",
      expiresAt: "2026-11-22T09:00:00.000Z",
    } as const;
    const en = accountMailMessage({ ...mail, language: "en" }, BASE);
    const fr = accountMailMessage({ ...mail, language: "fr" }, BASE);
    expect(en.link).toBe(`${BASE}/reset-password#token=tok-en_1`);
    expect(en.subject).toBe("HipCheck: choose a new password");
    expect(fr.subject).toBe("HipCheck\u00a0: choisir un nouveau mot de passe");
    for (const message of [en, fr]) {
      expect(message.text).toContain(message.link);
      expect(message.html).toContain(`href="${message.link}"`);
    }
    expect(fr.text.replace(fr.link, "")).not.toMatch(/\bpassword\b/);
    expect(fr.html).toContain('lang="fr"');
  });

  it("names the coach in an invitation, escaped in HTML, with the join link and the last day", () => {
    const message = accountMailMessage(
      {
        kind: "coach-invitation",
        to: "ola@example.org",
        language: "en",
        coachName: "Maya <b>Lefèvre</b>",
        code: "HIP-7KQ2-MX4D",
        expiresAt: "2026-12-06T08:00:00.000Z",
      },
      BASE,
    );
    expect(message.link).toBe(`${BASE}/join?code=HIP-7KQ2-MX4D`);
    expect(message.subject).toBe("HipCheck: Maya <b>Lefèvre</b> invites you");
    expect(message.text).toContain("valid until 6 December 2026");
    expect(message.html).toContain("Maya &lt;b&gt;Lefèvre&lt;/b&gt;");
    expect(message.html).not.toContain("<b>");
  });

  it("opens an admin's invitation on the password page with its welcome", () => {
    const message = accountMailMessage(
      {
        kind: "account-invitation",
        to: "noor@example.org",
        language: "fr",
        token: "t0k",
        expiresAt: "2026-11-29T08:00:00.000Z",
      },
      BASE,
    );
    expect(message.link).toBe(`${BASE}/reset-password#token=t0k&welcome=1`);
    expect(message.text).toContain("jusqu’au 29 novembre 2026");
    expect(message.html).toContain(`href="${BASE}/reset-password#token=t0k&amp;welcome=1"`);
  });

  it("words each security change in both languages, at its minute in UTC, with the way back in", () => {
    const changes = [
      "password-changed",
      "password-reset",
      "two-step-off",
      "two-step-reset",
      "recovery-code-used",
      "recovery-codes-replaced",
    ] as const;
    const sentences = new Set<string>();
    for (const change of changes) {
      for (const language of ["en", "fr"] as const) {
        const message = accountMailMessage(
          {
            kind: "security-notice",
            to: "ola@example.org",
            language,
            change,
            at: "2026-12-05T23:07:00.000Z",
          },
          BASE,
        );
        expect(message.link).toBe(`${BASE}/forgot-password`);
        expect(message.text).toContain(
          language === "fr" ? "le 5 décembre 2026 à 23:07 (UTC)." : "on 5 December 2026 at 23:07 (UTC).",
        );
        expect(message.html).toContain(`lang="${language}"`);
        // The sentence naming the change is its own in each language.
        sentences.add(message.text.split("\n\n")[1] ?? "");
      }
    }
    expect(sentences.size).toBe(changes.length * 2);
  });
});
