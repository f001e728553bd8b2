import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { Command } from "commander";
import { password as askPassword } from "@inquirer/prompts";
import type { CliIo, ExitCode } from "../io.js";
import { withLocalHipCheck, type DatabaseOptions } from "../local-hipcheck.js";
import { failWith } from "../output.js";

export type CreateAdminOptions = DatabaseOptions & { email: string; passwordFile?: string };

async function readPassword(io: CliIo, options: CreateAdminOptions): Promise<string | null> {
  if (options.passwordFile !== undefined) {
    try {
      return (await readFile(resolve(io.cwd, options.passwordFile), "utf8")).replace(/\r?\n$/, "");
    } catch {
      return null;
    }
  }
  if (!io.isInteractive) return null;
  return askPassword({ message: "Password for the admin account", mask: "*" });
}

/**
 * Creates the first admin of a self-hosted HipCheck (a clinic's), who then creates coach accounts in the app.
 * Refused once an admin exists: after that, accounts are managed from inside HipCheck.
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
  return withLocalHipCheck(io, options, async (hipcheck) => {
    const created = await hipcheck.bootstrapAdmin({ kind: "anonymous" }, { email: options.email, password });
    if (!created.ok) return failWith(io, created.error);
    io.stdout(
      `Admin account ${created.value.email} created. Sign in to HipCheck to create coach accounts.\n`,
    );
    return 0;
  });
}

export function registerAdminCommands(program: Command, io: CliIo, finish: (code: ExitCode) => void): void {
  const admin = program.command("admin").description("manage a self-hosted HipCheck");
  admin
    .command("create")
    .description("create the first admin account (who then creates coach accounts in the app)")
    .requiredOption("--email <email>", "the admin's email")
    .option("--password-file <file>", "read the password from a file instead of asking")
    .option("--data-dir <dir>", "folder of the embedded SQLite database", ".data")
    .option("--database-url <url>", "PostgreSQL connection string (default: $DATABASE_URL)")
    .action(async (options: CreateAdminOptions) => {
      finish(await runCreateAdmin(io, options));
    });
}
