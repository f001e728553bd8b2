/**
 * The words of each account mail, in English and French (decision 0420): a plain-text part that reads well in any
 * mail program, and a simple HTML part with the same words and one link. Links start with the server's configured
 * public address, never with a request's Host header, which a caller could choose.
 */
import type { AccountMail } from "@hipcheck/application";
import type { Lang } from "@hipcheck/core";

export type MailMessage = {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  /** The link the mail carries. */
  readonly link: string;
};

type Wording = {
  readonly subject: string;
  /** Paragraphs before the link. */
  readonly before: readonly string[];
  readonly button: string;
  /** Paragraphs after the link. */
  readonly after: readonly string[];
};

function dayOf(instant: string, language: Lang): string {
  return new Intl.DateTimeFormat(language === "fr" ? "fr-FR" : "en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(instant));
}

function linkOf(mail: AccountMail, publicUrl: string): string {
  switch (mail.kind) {
    case "password-reset":
      return `${publicUrl}/reset-password#token=${encodeURIComponent(mail.token)}`;
    case "account-invitation":
      return `${publicUrl}/reset-password#token=${encodeURIComponent(mail.token)}&welcome=1`;
    case "coach-invitation":
      return `${publicUrl}/join?code=${encodeURIComponent(mail.code)}`;
  }
}

function wordingOf(mail: AccountMail): Wording {
  const fr = mail.language === "fr";
  switch (mail.kind) {
    case "password-reset":
      return fr
        ? {
            subject: "HipCheck\u00a0: choisir un nouveau mot de passe",
            before: [
              "Bonjour,",
              "Quelqu'un (sans doute vous) a demandé à changer le mot de passe du compte HipCheck lié à cette adresse. Ce lien permet de choisir un nouveau mot de passe, une seule fois, pendant une heure\u00a0:",
            ],
            button: "Choisir un nouveau mot de passe",
            after: [
              "Une fois le mot de passe changé, vous serez déconnecté sur tous vos appareils.",
              "Si vous n'avez rien demandé, ignorez ce message\u00a0: votre mot de passe reste le même.",
            ],
          }
        : {
            subject: "HipCheck: choose a new password",
            before: [
              "Hello,",
              "Someone (probably you) asked to change the password of the HipCheck account with this address. This link lets you choose a new password, once, within one hour:",
            ],
            button: "Choose a new password",
            after: [
              "Once the password is changed, you are signed out on every device.",
              "If you did not ask, ignore this message: your password stays as it is.",
            ],
          };
    case "coach-invitation": {
      const until = dayOf(mail.expiresAt, mail.language);
      return fr
        ? {
            subject: `HipCheck\u00a0: ${mail.coachName} vous invite`,
            before: [
              "Bonjour,",
              `${mail.coachName} vous invite à suivre votre programme pour la hanche et le genou sur HipCheck. En acceptant, vous lui permettez de voir vos séances, vos douleurs et vos bilans, et de vous conseiller.`,
              `Ouvrez ce lien pour créer votre compte ou vous connecter, puis accepter l'invitation (code ${mail.code}, valable jusqu'au ${until})\u00a0:`,
            ],
            button: "Accepter l'invitation",
            after: ["Si vous ne connaissez pas cette personne, ignorez ce message."],
          }
        : {
            subject: `HipCheck: ${mail.coachName} invites you`,
            before: [
              "Hello,",
              `${mail.coachName} invites you to follow your hip and knee program on HipCheck. By accepting, you let them see your sessions, pain scores and check-ins, and advise you.`,
              `Open this link to create your account or sign in, then accept the invitation (code ${mail.code}, valid until ${until}):`,
            ],
            button: "Accept the invitation",
            after: ["If you do not know this person, ignore this message."],
          };
    }
    case "account-invitation": {
      const until = dayOf(mail.expiresAt, mail.language);
      return fr
        ? {
            subject: "HipCheck\u00a0: votre compte vous attend",
            before: [
              "Bonjour,",
              "Le cabinet qui héberge HipCheck vous a créé un compte avec cette adresse. Choisissez votre mot de passe avec ce lien, valable une seule fois jusqu'au " +
                `${until}\u00a0:`,
            ],
            button: "Choisir mon mot de passe",
            after: [
              "Si vous n'attendiez pas ce message, ignorez-le\u00a0: sans mot de passe, personne ne peut utiliser ce compte.",
            ],
          }
        : {
            subject: "HipCheck: your account is ready",
            before: [
              "Hello,",
              `The clinic that runs HipCheck made an account for you with this address. Choose your password with this link, which works once, until ${until}:`,
            ],
            button: "Choose my password",
            after: [
              "If you did not expect this message, ignore it: without a password nobody can use this account.",
            ],
          };
    }
  }
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** The mail to send, with its link on `publicUrl` (no trailing slash). */
export function accountMailMessage(mail: AccountMail, publicUrl: string): MailMessage {
  const link = linkOf(mail, publicUrl);
  const words = wordingOf(mail);
  const signature =
    mail.language === "fr" ? `Envoyé par HipCheck, ${publicUrl}` : `Sent by HipCheck, ${publicUrl}`;
  const text = [...words.before, link, ...words.after, "—", signature].join("\n\n");
  const paragraph = (line: string) => `<p>${escapeHtml(line)}</p>`;
  const html = [
    `<!doctype html><html lang="${mail.language}"><body style="font-family:sans-serif;line-height:1.5">`,
    ...words.before.map(paragraph),
    `<p><a href="${escapeHtml(link)}">${escapeHtml(words.button)}</a></p>`,
    `<p style="font-size:small">${escapeHtml(link)}</p>`,
    ...words.after.map(paragraph),
    `<hr><p style="font-size:small">${escapeHtml(signature)}</p>`,
    "</body></html>",
  ].join("\n");
  return { to: mail.to, subject: words.subject, text, html, link };
}
