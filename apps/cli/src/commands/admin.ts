import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { Option, type Command } from "commander";
import { password as askPassword } from "@inquirer/prompts";
import { commonPasswordProblem } from "@hipcheck/server";
import type { CliIo, ExitCode } from "../io.js";
import { withLocalHipCheck, type DatabaseOptions } from "../local-hipcheck.js";
import { failWith } from "../output.js";
import { registerDatabaseCommands } from "./admin-database.js";

/** The roles this command creates; a person signs up in the app. */
const CREATED_ROLES = ["admin", "coach"] as const;

export type CreateAdminOptions = DatabaseOptions & {
  email: string;
  passwordFile?: string;
  role: (typeof CREATED_ROLES)[number];
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
    const credentials = { email: options.email, password };
    const created =
      options.role === "coach"
        ? await hipcheck.createCoachAccountLocally({ kind: "anonymous" }, credentials)
        : await hipcheck.bootstrapAdmin({ kind: "anonymous" }, credentials);
    if (!created.ok) return failWith(io, created.error);
    io.stdout(
      options.role === "coach"
        ? `Coach account ${created.value.email} created.\n`
        : `Admin account ${created.value.email} created. Sign in to HipCheck to manage accounts.\n`,
    );
    return 0;
  });
}

export function registerAdminCommands(program: Command, io: CliIo, finish: (code: ExitCode) => void): void {
  const admin = program.command("admin").description("manage a self-hosted HipCheck");
  admin
    .command("create")
    .description("create the first admin account (who then manages accounts in the app), or a coach account")
    .requiredOption("--email <email>", "the account's email")
    .addOption(new Option("--role <role>", "the account's role").choices(CREATED_ROLES).default("admin"))
    .option("--password-file <file>", "read the password from a file instead of asking")
    .option("--data-dir <dir>", "folder of the embedded SQLite database", ".data")
    .option("--database-url <url>", "PostgreSQL connection string (default: $DATABASE_URL)")
    .action(async (options: CreateAdminOptions) => {
      finish(await runCreateAdmin(io, options));
    });
  registerDatabaseCommands(admin, io, finish);
}
