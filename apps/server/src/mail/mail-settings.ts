/**
 * How this server sends account email (decision 0420), read from its environment: `HIPCHECK_SMTP_URL` (the mail
 * server, e.g. `smtps://user:password@mail.example.org:465`), `HIPCHECK_MAIL_FROM` (the sender shown) and
 * `HIPCHECK_PUBLIC_URL` (the address links in the mail open, e.g. `https://hipcheck.clinic.example`). Without
 * `HIPCHECK_SMTP_URL` the server sends nothing and the web app does not offer what needs email.
 */
import { err, ok, type Result } from "@hipcheck/core";

export type MailSettings = {
  /** `smtp://` or `smtps://`, with the account's name and password when the server asks for them. */
  readonly smtpUrl: string;
  /** e.g. `HipCheck <hipcheck@clinic.example>`. */
  readonly from: string;
  /** The web app's public address; links are built on it, never on a request's Host header. */
  readonly publicUrl: string;
};

function isUrlWith(text: string, protocols: readonly string[]): boolean {
  try {
    return protocols.includes(new URL(text).protocol);
  } catch {
    return false;
  }
}

/** No SMTP URL: no mail (ok undefined). An SMTP URL with a missing or malformed companion is refused at start. */
export function mailSettingsFromEnv(
  env: Readonly<Record<string, string | undefined>>,
): Result<MailSettings | undefined, string> {
  const smtpUrl = env["HIPCHECK_SMTP_URL"]?.trim() ?? "";
  if (smtpUrl === "") return ok(undefined);
  if (!isUrlWith(smtpUrl, ["smtp:", "smtps:"])) {
    return err(
      "HIPCHECK_SMTP_URL must be an smtp:// or smtps:// address, e.g. smtps://user:password@mail.example.org",
    );
  }
  const from = env["HIPCHECK_MAIL_FROM"]?.trim() ?? "";
  if (from === "" || !from.includes("@")) {
    return err("HIPCHECK_MAIL_FROM must name the sender, e.g. HipCheck <hipcheck@clinic.example>");
  }
  const publicUrl = (env["HIPCHECK_PUBLIC_URL"]?.trim() ?? "").replace(/\/+$/, "");
  if (!isUrlWith(publicUrl, ["https:", "http:"])) {
    return err(
      "HIPCHECK_PUBLIC_URL must be the address people open HipCheck at (e.g. https://hipcheck.clinic.example): links in the mail start with it",
    );
  }
  return ok({ smtpUrl, from, publicUrl });
}
