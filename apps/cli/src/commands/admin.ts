import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { Option, type Command } from "commander";
import { password as askPassword } from "@inquirer/prompts";
import { LANGUAGES, type Lang } from "@hipcheck/core";
import { commonPasswordProblem, createSmtpAccountMailer, mailSettingsFromEnv } from "@hipcheck/server";
import type { CliIo, ExitCode } from "../io.js";
import { withLocalHipCheck, type DatabaseOptions } from "../local-hipcheck.js";
import { failWith } from "../output.js";
import { registerDatabaseCommands } from "./admin-database.js";

/**
 * The roles this command creates. A person usually signs up in the app; `person` is for a server open by
 * invitation only (decision 0331), where someone without a coach has no other way in (decision 0442).
 */
const CREATED_ROLES = ["admin", "coach", "person"] as const;

export type CreateAdminOptions = DatabaseOptions & {
  email: string;
  passwordFile?: string;
  role: (typeof CREATED_ROLES)[number];
  /** The name the account shows its clients or coach (decision 0330). */
  name?: string;
};

async function readPassword(io: CliIo, options: CreateAdminOptions): Promise<string | null> {
  if (options.passwordFile !== undefined) {
    try {
      return (await readFile(resolve(io.cwd, options.passwordFile), "utf8")).replace(/\r?\n$/, "");
    } catch {
      return null;
    }
  }
  if (!io.isInteractive) return null;
  return askPassword({ message: `Password for the ${options.role} account`, mask: "*" });
}

/**
 * Creates the first admin of a self-hosted HipCheck (a clinic's), who then manages accounts in the app; another
 * admin is refused once one exists. `--role coach` creates a coach account, so a clinic can script its set-up:
 * whoever runs this on the server's machine can open the database anyway.
 */
export async function runCreateAdmin(io: CliIo, options: CreateAdminOptions): Promise<ExitCode> {
  const password = await readPassword(io, options);
  if (password === null) {
    return failWith(io, {
      kind: "invalid-input",
      message: "give the password with --password-file FILE (no terminal to ask it)",
      field: "password",
    });
  }
  // The same list and the same refusal as the API's sign-up: the clinic's admin is the account most worth guessing.
  const common = commonPasswordProblem(password, "password");
  if (common !== undefined) return failWith(io, common);
  return withLocalHipCheck(io, options, async (hipcheck) => {
    const credentials = {
      email: options.email,
      password,
      ...(options.name === undefined ? {} : { displayName: options.name }),
    };
    // A person's account is made by the same sign-up as in the app, under the command line's own policy (open):
    // whoever runs this on the server's machine is the clinic, whatever the server's sign-up policy.
    const created =
      options.role === "coach"
        ? await hipcheck.createCoachAccountLocally({ kind: "anonymous" }, credentials)
        : options.role === "person"
          ? await hipcheck.signUp({ kind: "anonymous" }, credentials)
          : await hipcheck.bootstrapAdmin({ kind: "anonymous" }, credentials);
    if (!created.ok) return failWith(io, created.error);
    const { email, displayName } = created.value;
    const who = displayName === null ? email : `${email} (${displayName})`;
    io.stdout(
      options.role === "coach"
        ? `Coach account ${who} created.\n`
        : options.role === "person"
          ? `Account ${who} created. To let its owner choose a password, print a one-time link: hipcheck admin reset-link ${email}\n`
          : `Admin account ${who} created. Sign in to HipCheck to manage accounts.\n`,
    );
    return 0;
  });
}

export type ResetLinkOptions = DatabaseOptions & {
  /** The address people open HipCheck at, e.g. `https://hipcheck.clinic.example`. */
  url?: string;
};

/** Where the link points when neither `--url` nor `HIPCHECK_PUBLIC_URL` says: `hipcheck serve`'s default. */
const DEFAULT_PUBLIC_URL = "http://127.0.0.1:8080";

/** The address links start with: `--url`, else `HIPCHECK_PUBLIC_URL`, else the default; undefined when malformed. */
function publicBaseOf(io: CliIo, options: ResetLinkOptions): string | undefined {
  const base = (options.url ?? io.env.HIPCHECK_PUBLIC_URL ?? DEFAULT_PUBLIC_URL).trim().replace(/\/+$/, "");
  return /^https?:\/\/[^\s/]+/.test(base) ? base : undefined;
}

function refuseBase(io: CliIo, options: ResetLinkOptions): ExitCode {
  const given = options.url ?? io.env.HIPCHECK_PUBLIC_URL ?? "";
  return failWith(io, {
    kind: "invalid-input",
    message: `--url: give the address people open HipCheck at, e.g. https://hipcheck.clinic.example (got "${given}")`,
    field: "url",
  });
}

/**
 * Prints a one-time link that lets the account's owner choose a new password (decision 0332): no email set-up is
 * needed, the admin hands the link over. The token travels in the fragment, which no server or proxy logs.
 */
export async function runResetLink(io: CliIo, email: string, options: ResetLinkOptions): Promise<ExitCode> {
  const base = publicBaseOf(io, options);
  if (base === undefined) return refuseBase(io, options);
  return withLocalHipCheck(io, options, async (hipcheck) => {
    const link = await hipcheck.createResetLinkLocally({ kind: "anonymous" }, { email });
    if (!link.ok) return failWith(io, link.error);
    io.stdout(
      `Reset link for ${link.value.email}, to open once before ${link.value.expiresAt} (a new link replaces it):\n` +
        `${base}/reset-password#token=${link.value.token}\n`,
    );
    return 0;
  });
}

export type InviteOptions = ResetLinkOptions & { language: Lang };

/**
 * A person with no coach gets in on an invite-only server (decision 0420): their account is made with a password
 * nobody knows, and a link that works once for a week sets the first one. The link is printed, and also sent by
 * email, in the language chosen, when SMTP is set up (`HIPCHECK_SMTP_URL`, `HIPCHECK_MAIL_FROM`, `HIPCHECK_PUBLIC_URL`).
 */
export async function runInvite(io: CliIo, email: string, options: InviteOptions): Promise<ExitCode> {
  const settings = mailSettingsFromEnv(io.env);
  if (!settings.ok) {
    return failWith(io, { kind: "invalid-input", message: settings.error, field: "HIPCHECK_SMTP_URL" });
  }
  const base = settings.value?.publicUrl ?? publicBaseOf(io, options);
  if (base === undefined) return refuseBase(io, options);
  const failures: string[] = [];
  const mailer =
    settings.value === undefined
      ? undefined
      : createSmtpAccountMailer(settings.value, (_kind, reason) => failures.push(reason));
  const invited = await withLocalHipCheck(
    io,
    options,
    async (hipcheck) =>
      hipcheck.inviteAccountLocally({ kind: "anonymous" }, { email, language: options.language }),
    mailer,
  );
  await mailer?.close();
  if (!invited.ok) return failWith(io, invited.error);
  const { token, expiresAt } = invited.value;
  io.stdout(
    `Invitation for ${invited.value.email} (a person's account, with no coach), to open once before ${expiresAt}:\n` +
      `${base}/reset-password#token=${token}&welcome=1\n`,
  );
  if (mailer === undefined) {
    io.stdout("No email is set up (HIPCHECK_SMTP_URL): hand the link over yourself.\n");
    return 0;
  }
  if (failures.length > 0) {
    return failWith(io, {
      kind: "unavailable",
      message: `the mail could not be sent (${failures.join("; ")}): hand the link above over yourself`,
    });
  }
  io.stdout(`Sent by email to ${invited.value.email}.\n`);
  return 0;
}

/**
 * A lost phone: the account's two-step sign-in is removed, with its recovery codes, and every sign-in of the
 * account ends; its owner signs in with the password and, for an admin, enrols again. The line printed names the
 * account, the instant and the system user who ran it, for the service's log (decision 0433).
 */
export async function runTwoStepReset(io: CliIo, email: string, options: DatabaseOptions): Promise<ExitCode> {
  // The account's address is told of the reset when mail is set up (decision 0680); a lost phone is never kept
  // waiting on a mail setting, so a wrong one is said and the reset goes ahead.
  const settings = mailSettingsFromEnv(io.env);
  const failures: string[] = [];
  const mailer =
    settings.ok && settings.value !== undefined
      ? createSmtpAccountMailer(settings.value, (_kind, reason) => failures.push(reason))
      : undefined;
  const code = await withLocalHipCheck(
    io,
    options,
    async (hipcheck) => {
      const reset = await hipcheck.resetTwoStepLocally({ kind: "anonymous" }, { email });
      if (!reset.ok) return failWith(io, reset.error);
      const who = io.env.SUDO_USER ?? io.env.USER ?? io.env.LOGNAME ?? "unknown";
      const when = new Date().toISOString();
      io.stdout(
        reset.value.removed
          ? `Two-step sign-in reset for ${reset.value.email} (${reset.value.role}) at ${when} by system user ${who}: ` +
              "every sign-in of the account ended; it signs in with the password and sets up two-step again" +
              (reset.value.role === "admin" ? " before managing accounts.\n" : ".\n")
          : `${reset.value.email} had no two-step sign-in; every sign-in of the account ended (${when}, system user ${who}).\n`,
      );
      if (!reset.value.removed) return 0;
      await mailer?.drain();
      if (mailer === undefined || failures.length > 0) {
        const why = settings.ok
          ? failures.join("; ") || "no email is set up (HIPCHECK_SMTP_URL)"
          : settings.error;
        io.stdout(`The account's address was not told by email (${why}): tell the person yourself.\n`);
      } else {
        io.stdout("The account's address was told by email.\n");
      }
      return 0;
    },
    mailer,
  );
  await mailer?.close();
  return code;
}

export function registerAdminCommands(program: Command, io: CliIo, finish: (code: ExitCode) => void): void {
  const admin = program.command("admin").description("manage a self-hosted HipCheck");
  admin
    .command("create")
    .description(
      "create the first admin account (who then manages accounts in the app), a coach account, or a person's account (for a server open by invitation only)",
    )
    .requiredOption("--email <email>", "the account's email")
    .addOption(new Option("--role <role>", "the account's role").choices(CREATED_ROLES).default("admin"))
    .option("--password-file <file>", "read the password from a file instead of asking")
    .option("--name <name>", "the name clients or coaches see in place of the email (1 to 60 characters)")
    .option("--data-dir <dir>", "folder of the embedded SQLite database", ".data")
    .option("--database-url <url>", "PostgreSQL connection string (default: $DATABASE_URL)")
    .action(async (options: CreateAdminOptions) => {
      finish(await runCreateAdmin(io, options));
    });
  admin
    .command("reset-link")
    .description(
      "print a one-time link with which the account's owner chooses a new password (no email needed)",
    )
    .argument("<email>", "the account's email")
    .option(
      "--url <url>",
      `the address people open HipCheck at (default: $HIPCHECK_PUBLIC_URL or ${DEFAULT_PUBLIC_URL})`,
    )
    .option("--data-dir <dir>", "folder of the embedded SQLite database", ".data")
    .option("--database-url <url>", "PostgreSQL connection string (default: $DATABASE_URL)")
    .action(async (email: string, options: ResetLinkOptions) => {
      finish(await runResetLink(io, email, options));
    });
  admin
    .command("invite")
    .description(
      "make a person's account with no coach, and print (and email, when SMTP is set up) a link to choose its password",
    )
    .argument("<email>", "the person's email")
    .addOption(new Option("--language <language>", "the mail's language").choices(LANGUAGES).default("en"))
    .option(
      "--url <url>",
      `the address people open HipCheck at (default: $HIPCHECK_PUBLIC_URL or ${DEFAULT_PUBLIC_URL})`,
    )
    .option("--data-dir <dir>", "folder of the embedded SQLite database", ".data")
    .option("--database-url <url>", "PostgreSQL connection string (default: $DATABASE_URL)")
    .action(async (email: string, options: InviteOptions) => {
      finish(await runInvite(io, email, options));
    });
  admin
    .command("two-step-reset")
    .description(
      "turn off an account's two-step sign-in (a lost phone) and end its sign-ins; the line printed is the record",
    )
    .argument("<email>", "the account's email")
    .option("--data-dir <dir>", "folder of the embedded SQLite database", ".data")
    .option("--database-url <url>", "PostgreSQL connection string (default: $DATABASE_URL)")
    .action(async (email: string, options: DatabaseOptions) => {
      finish(await runTwoStepReset(io, email, options));
    });
  registerDatabaseCommands(admin, io, finish);
}
