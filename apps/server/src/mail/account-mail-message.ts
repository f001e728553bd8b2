/**
 * The words of each account mail, in English and French (decision 0420): a plain-text part that reads well in any
 * mail program, and a simple HTML part with the same words and one link. Links start with the server's configured
 * public address, never with a request's Host header, which a caller could choose.
 */
import type { AccountMail, SecurityChange, SecurityNoticeMail } from "@hipcheck/application";
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

/** The day and minute of a change, in UTC and saying so: the server does not know the person's time zone. */
function momentOf(instant: string, language: Lang): string {
  const date = new Date(instant);
  const day = dayOf(instant, language);
  const time = new Intl.DateTimeFormat(language === "fr" ? "fr-FR" : "en-GB", {
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone: "UTC",
  }).format(date);
  return language === "fr" ? `le ${day} à ${time} (UTC)` : `on ${day} at ${time} (UTC)`;
}

function linkOf(mail: AccountMail, publicUrl: string): string {
  switch (mail.kind) {
    case "password-reset":
      return `${publicUrl}/reset-password#token=${encodeURIComponent(mail.token)}`;
    case "account-invitation":
      return `${publicUrl}/reset-password#token=${encodeURIComponent(mail.token)}&welcome=1`;
    case "coach-invitation":
      return `${publicUrl}/join?code=${encodeURIComponent(mail.code)}`;
    case "security-notice":
      // "Forgot password?": the way back in that works whatever changed, since the address is still the person's.
      return `${publicUrl}/forgot-password`;
  }
}

/** What changed, as a sentence ending before the moment it happened. */
const CHANGE_WORDS: Record<SecurityChange, { readonly en: string; readonly fr: string }> = {
  "password-changed": {
    en: "The password of your HipCheck account was changed",
    fr: "Le mot de passe de votre compte HipCheck a été changé",
  },
  "password-reset": {
    en: "A new password was chosen for your HipCheck account with a one-time link (from \u201cForgot password?\u201d, an invitation or the clinic's admin)",
    fr: "Un nouveau mot de passe a été choisi pour votre compte HipCheck avec un lien à usage unique (\u00ab\u00a0Mot de passe oublié\u00a0?\u00a0\u00bb, une invitation ou l’administrateur du cabinet)",
  },
  "two-step-off": {
    en: "Two-step sign-in was turned off for your HipCheck account",
    fr: "La connexion en deux étapes a été désactivée pour votre compte HipCheck",
  },
  "two-step-reset": {
    en: "The clinic's admin reset two-step sign-in for your HipCheck account (it is now off, and every sign-in was ended)",
    fr: "L’administrateur du cabinet a réinitialisé la connexion en deux étapes de votre compte HipCheck (elle est maintenant désactivée, et toutes les connexions ont été fermées)",
  },
  "recovery-code-used": {
    en: "A recovery code was used for your HipCheck account in place of the code from your authenticator app",
    fr: "Un code de secours a été utilisé pour votre compte HipCheck à la place du code de votre application d’authentification",
  },
  "recovery-codes-replaced": {
    en: "New recovery codes were made for your HipCheck account (the old ones no longer work)",
    fr: "De nouveaux codes de secours ont été créés pour votre compte HipCheck (les anciens ne fonctionnent plus)",
  },
};

function securityWording(mail: SecurityNoticeMail): Wording {
  const change = CHANGE_WORDS[mail.change][mail.language];
  const when = momentOf(mail.at, mail.language);
  return mail.language === "fr"
    ? {
        subject: "HipCheck\u00a0: un changement de sécurité sur votre compte",
        before: [
          "Bonjour,",
          `${change} ${when}.`,
          "Si c’était vous, il n’y a rien à faire.",
          "Si ce n’était pas vous, quelqu’un d’autre peut avoir accès à votre compte et à vos données de santé. Choisissez tout de suite un nouveau mot de passe avec «\u00a0Mot de passe oublié\u00a0?\u00a0»\u00a0: cela ferme toutes les connexions.",
        ],
        button: "Choisir un nouveau mot de passe",
        after: [
          "Réactivez ensuite la connexion en deux étapes dans les réglages, et prévenez l’administrateur du cabinet qui héberge HipCheck.",
          "Ce message ne contient aucun mot de passe ni code\u00a0: HipCheck ne vous en demandera jamais par e-mail.",
        ],
      }
    : {
        subject: "HipCheck: a security change on your account",
        before: [
          "Hello,",
          `${change} ${when}.`,
          "If this was you, there is nothing to do.",
          "If it was not you, someone else may be able to open your account and your health records. Choose a new password at once with \u201cForgot password?\u201d: it ends every sign-in.",
        ],
        button: "Choose a new password",
        after: [
          "Then turn two-step sign-in back on in Settings, and tell the admin of the clinic that runs HipCheck.",
          "This message holds no password or code: HipCheck never asks you for one by email.",
        ],
      };
}

function wordingOf(mail: AccountMail): Wording {
  const fr = mail.language === "fr";
  switch (mail.kind) {
    case "security-notice":
      return securityWording(mail);
    case "password-reset":
      return fr
        ? {
            subject: "HipCheck\u00a0: choisir un nouveau mot de passe",
            before: [
              "Bonjour,",
              "Quelqu’un (sans doute vous) a demandé à changer le mot de passe du compte HipCheck lié à cette adresse. Ce lien permet de choisir un nouveau mot de passe, une seule fois, pendant une heure\u00a0:",
            ],
            button: "Choisir un nouveau mot de passe",
            after: [
              "Une fois le mot de passe changé, vous serez déconnecté sur tous vos appareils.",
              "Si vous n’avez rien demandé, ignorez ce message\u00a0: votre mot de passe reste le même.",
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
              `Ouvrez ce lien pour créer votre compte ou vous connecter, puis accepter l’invitation (code ${mail.code}, valable jusqu’au ${until})\u00a0:`,
            ],
            button: "Accepter l’invitation",
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
              "Le cabinet qui héberge HipCheck vous a créé un compte avec cette adresse. Choisissez votre mot de passe avec ce lien, valable une seule fois jusqu’au " +
                `${until}\u00a0:`,
            ],
            button: "Choisir mon mot de passe",
            after: [
              "Si vous n’attendiez pas ce message, ignorez-le\u00a0: sans mot de passe, personne ne peut utiliser ce compte.",
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
