/**
 * Sends account mail over SMTP with nodemailer (decision 0420). `send` queues and returns at once, so a request's
 * answer never waits on the mail server (and "Forgot password?" takes as long for an unknown address as for a
 * known one); mails leave one after another, and one that fails is logged without its address or link.
 */
import type { AccountMail, AccountMailer } from "@hipcheck/application";
import nodemailer from "nodemailer";
import { accountMailMessage } from "./account-mail-message.js";
import type { MailSettings } from "./mail-settings.js";

export type MailFailureLog = (mailKind: AccountMail["kind"], reason: string) => void;

export type SmtpAccountMailer = AccountMailer & {
  /** Resolves once every mail queued so far has been handed to the mail server or given up. */
  drain(): Promise<void>;
  /** Drains, then closes the connection to the mail server. */
  close(): Promise<void>;
};

/**
 * A mail server that accepts the connection but never answers would hold the queue: each step of a send gives up
 * after these many milliseconds.
 */
export const SMTP_TIMEOUT_MS = 30_000;

export function createSmtpAccountMailer(
  settings: MailSettings,
  onFailure: MailFailureLog,
): SmtpAccountMailer {
  const transport = nodemailer.createTransport(
    {
      url: settings.smtpUrl,
      connectionTimeout: SMTP_TIMEOUT_MS,
      greetingTimeout: SMTP_TIMEOUT_MS,
      socketTimeout: SMTP_TIMEOUT_MS,
    },
    { from: settings.from },
  );
  let queue: Promise<void> = Promise.resolve();
  return {
    send(mail) {
      const message = accountMailMessage(mail, settings.publicUrl);
      queue = queue.then(async () => {
        try {
          await transport.sendMail({
            to: message.to,
            subject: message.subject,
            text: message.text,
            html: message.html,
          });
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);
          onFailure(mail.kind, reason.replace(/[^\s<>"'()]+@[^\s<>"'()]+/g, "<address>"));
        }
      });
    },
    drain: () => queue,
    close: async () => {
      await queue;
      transport.close();
    },
  };
}
