/**
 * Backups of a PostgreSQL database with `pg_dump`, taken while the servers run, and their restore with
 * `pg_restore` into an empty database (docs/decisions/0400-backups-that-restore.md).
 *
 * The backup file is a tar archive of two members: `manifest.json` (format, schema steps, the row count of every
 * table) and `hipcheck.pgdump` (pg_dump's custom format). An operator can open it by hand (`tar -xf`, then
 * `pg_restore`). The counts and the dump read the same snapshot: one repeatable-read transaction exports it
 * (`pg_export_snapshot()`), counts the rows, and `pg_dump --snapshot` dumps exactly that state
 * (https://www.postgresql.org/docs/current/functions-admin.html#FUNCTIONS-SNAPSHOT-SYNCHRONIZATION). After a
 * restore, every table must hold the manifest's count.
 */
import { spawn } from "node:child_process";
import {
  chmodSync,
  closeSync,
  existsSync,
  fsyncSync,
  mkdtempSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { err, ok, type HipError, type Result } from "@hipcheck/core";
import type { PoolClient } from "pg";
import { z } from "zod";
import { createPostgresPool } from "../postgres-pool.js";
import { newerSteps } from "./backup-checks.js";
import { isKeptFileName, keptFileConflict, writeKeptFiles } from "./kept-files.js";
import type { KeptFile, KeptFileOutcome, KeptFilesPlace } from "./kept-files.js";

const MANIFEST = "manifest.json";
const DUMP = "hipcheck.pgdump";
const PRIVATE_FILE_MODE = 0o600;

const manifestSchema = z.object({
  format: z.literal("hipcheck-backup"),
  formatVersion: z.literal(1),
  dialect: z.literal("postgres"),
  takenAt: z.string(),
  schemaSteps: z.array(z.string()),
  rowCounts: z.record(z.string(), z.number().int().nonnegative()),
  /** The data folder's files the archive carries as members of the same names (decision 0441). */
  keptFiles: z.array(z.string().refine(isKeptFileName)).optional(),
});

export type PostgresBackupReport = {
  readonly file: string;
  readonly schemaSteps: readonly string[];
  readonly rowCounts: Readonly<Record<string, number>>;
  readonly keptFiles: readonly string[];
};

export type PostgresRestoreReport = PostgresBackupReport & {
  readonly restoredFiles: readonly KeptFileOutcome[];
};

type ToolRun = { readonly code: number; readonly stderr: string };

/** Runs one of PostgreSQL's or the system's tools; its absence is a failure an operator can fix. */
function runTool(
  command: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
): Promise<Result<ToolRun, HipError>> {
  return new Promise((resolvePromise) => {
    const child = spawn(command, args, { env, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.once("error", (error: NodeJS.ErrnoException) => {
      resolvePromise(
        err({
          kind: "unavailable",
          message:
            error.code === "ENOENT"
              ? `${command} is not installed on this machine (Debian: apt-get install postgresql-client)`
              : `${command} could not start: ${error.message}`,
        }),
      );
    });
    child.once("close", (code) => {
      resolvePromise(ok({ code: code ?? 1, stderr: stderr.trim() }));
    });
  });
}

async function runToolOrFail(
  command: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  what: string,
): Promise<Result<void, HipError>> {
  const run = await runTool(command, args, env);
  if (!run.ok) return run;
  if (run.value.code !== 0) {
    return err({
      kind: "unavailable",
      message: `${what} failed: ${run.value.stderr || `${command} ended with ${run.value.code}`}`,
    });
  }
  return ok(undefined);
}

/**
 * The URL without its password, and the password in PGPASSWORD: a command line is visible to every user of the
 * machine (`ps`), the environment of a process is not.
 */
function toolConnection(databaseUrl: string): { url: string; env: NodeJS.ProcessEnv } {
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = "";
  return {
    url: url.toString(),
    env: { ...process.env, ...(password === "" ? {} : { PGPASSWORD: password }) },
  };
}

function fsyncPath(path: string, flags: "r" | "r+" = "r"): void {
  const fd = openSync(path, flags);
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** One connection of the pool, held for a whole snapshot. */
type Queryable = PoolClient;

async function tablesOf(client: Queryable): Promise<string[]> {
  const tables = await client.query<{ name: string }>(
    "select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name",
  );
  return tables.rows.map((row) => row.name);
}

async function countRows(client: Queryable, tables: readonly string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const quoted = `"${table.replaceAll('"', '""')}"`;
    const result = await client.query<{ n: string }>(`select count(*) as n from ${quoted}`);
    counts[table] = Number(result.rows[0]?.n ?? 0);
  }
  return counts;
}

async function schemaStepsOf(client: Queryable): Promise<string[]> {
  const result = await client.query<{ name: string }>("select name from kysely_migration order by name");
  return result.rows.map((row) => row.name);
}

async function withClient<T>(
  databaseUrl: string,
  work: (client: Queryable) => Promise<Result<T, HipError>>,
): Promise<Result<T, HipError>> {
  const pool = await createPostgresPool(databaseUrl, {
    max: 1,
    connectionTimeoutMs: 10_000,
    statementTimeoutMs: 0,
  });
  try {
    const client = await pool.connect();
    try {
      return await work(client);
    } finally {
      client.release();
    }
  } catch (error) {
    return err({ kind: "unavailable", message: `PostgreSQL cannot be reached: ${(error as Error).message}` });
  } finally {
    await pool.end();
  }
}

/** Dumps the database at one snapshot with its manifest into `targetPath` (which must not exist). */
export async function backupPostgres(
  databaseUrl: string,
  targetPath: string,
  now: Date,
  keptFiles: readonly KeptFile[] = [],
): Promise<Result<PostgresBackupReport, HipError>> {
  if (existsSync(targetPath)) {
    return err({
      kind: "conflict",
      message: `${targetPath} already exists: choose a new file name for the backup`,
    });
  }
  const work = mkdtempSync(join(tmpdir(), "hipcheck-backup-"));
  chmodSync(work, 0o700);
  const { url, env } = toolConnection(databaseUrl);
  try {
    const dumped = await withClient(databaseUrl, async (client) => {
      await client.query("begin transaction isolation level repeatable read read only");
      try {
        const snapshot =
          (await client.query<{ id: string }>("select pg_export_snapshot() as id")).rows[0]?.id ?? "";
        const tables = await tablesOf(client);
        if (!tables.includes("kysely_migration")) {
          return err({
            kind: "not-found",
            message: "this database holds no HipCheck data (no schema steps in it)",
          });
        }
        const rowCounts = await countRows(client, tables);
        const schemaSteps = await schemaStepsOf(client);
        const dump = await runToolOrFail(
          "pg_dump",
          ["--format=custom", `--snapshot=${snapshot}`, `--file=${join(work, DUMP)}`, `--dbname=${url}`],
          env,
          "pg_dump",
        );
        if (!dump.ok) return dump;
        return ok({ schemaSteps, rowCounts });
      } finally {
        await client.query("commit");
      }
    });
    if (!dumped.ok) return dumped;
    const manifest: z.infer<typeof manifestSchema> = {
      format: "hipcheck-backup",
      formatVersion: 1,
      dialect: "postgres",
      takenAt: now.toISOString(),
      ...dumped.value,
      keptFiles: keptFiles.map((file) => file.name),
    };
    writeFileSync(join(work, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    for (const file of keptFiles) {
      writeFileSync(join(work, file.name), file.content, { mode: PRIVATE_FILE_MODE });
    }
    // pg_restore --list reads the whole archive's table of contents: a truncated or damaged dump fails here.
    const readable = await runToolOrFail(
      "pg_restore",
      ["--list", join(work, DUMP)],
      env,
      "reading the dump back",
    );
    if (!readable.ok) return readable;
    const partial = `${targetPath}.partial`;
    rmSync(partial, { force: true });
    closeSync(openSync(partial, "wx", PRIVATE_FILE_MODE));
    const packed = await runToolOrFail(
      "tar",
      ["-cf", partial, "-C", work, MANIFEST, DUMP, ...keptFiles.map((file) => file.name)],
      env,
      "writing the backup file",
    );
    if (!packed.ok) {
      rmSync(partial, { force: true });
      return packed;
    }
    fsyncPath(partial, "r+");
    renameSync(partial, targetPath);
    fsyncPath(dirname(resolve(targetPath)));
    return ok({ file: targetPath, ...dumped.value, keptFiles: manifest.keptFiles ?? [] });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function readArchive(
  backupPath: string,
  work: string,
): Promise<Result<z.infer<typeof manifestSchema>, HipError>> {
  const unpacked = await runToolOrFail(
    "tar",
    ["-xf", backupPath, "-C", work, MANIFEST, DUMP],
    process.env,
    "reading the backup file",
  );
  if (!unpacked.ok) {
    return err({
      kind: "invalid-input",
      message: `${backupPath} is not a HipCheck PostgreSQL backup (${unpacked.error.message})`,
    });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(join(work, MANIFEST), "utf8"));
  } catch {
    return err({ kind: "invalid-input", message: `${backupPath} has no readable manifest` });
  }
  const manifest = manifestSchema.safeParse(parsed);
  if (!manifest.success) {
    return err({ kind: "invalid-input", message: `${backupPath} has a manifest HipCheck does not read` });
  }
  const kept = manifest.data.keptFiles ?? [];
  if (kept.length > 0) {
    const unpackedFiles = await runToolOrFail(
      "tar",
      ["-xf", backupPath, "-C", work, ...kept],
      process.env,
      "reading the files the backup carries",
    );
    if (!unpackedFiles.ok) return err({ kind: "invalid-input", message: unpackedFiles.error.message });
  }
  return ok(manifest.data);
}

/**
 * Restores a PostgreSQL backup into a database that has no tables yet, in one transaction, then checks that every
 * table holds the rows the manifest counted.
 */
export async function restorePostgres(
  backupPath: string,
  databaseUrl: string,
  keptFilesPlace?: KeptFilesPlace,
): Promise<Result<PostgresRestoreReport, HipError>> {
  const work = mkdtempSync(join(tmpdir(), "hipcheck-restore-"));
  chmodSync(work, 0o700);
  try {
    const manifest = await readArchive(backupPath, work);
    if (!manifest.ok) return manifest;
    const newer = newerSteps(manifest.value.schemaSteps);
    if (newer !== undefined) return err(newer);
    const keptFiles: KeptFile[] = (manifest.value.keptFiles ?? []).map((name) => ({
      name,
      content: readFileSync(join(work, name)),
    }));
    const place = keptFilesPlace ?? { dir: work, names: [] };
    const conflict = keptFileConflict(keptFiles, place);
    if (conflict !== undefined) return err(conflict);
    const { url, env } = toolConnection(databaseUrl);
    const empty = await withClient(databaseUrl, async (client) => {
      const tables = await tablesOf(client);
      if (tables.length > 0) {
        return err({
          kind: "conflict",
          message: `the database already has ${tables.length} tables: restore only into an empty database (createdb a new one), so that nothing is overwritten`,
        });
      }
      return ok(undefined);
    });
    if (!empty.ok) return empty;
    const restored = await runToolOrFail(
      "pg_restore",
      [
        "--no-owner",
        "--no-privileges",
        "--single-transaction",
        "--exit-on-error",
        `--dbname=${url}`,
        join(work, DUMP),
      ],
      env,
      "pg_restore",
    );
    if (!restored.ok) return restored;
    const checked = await withClient(databaseUrl, async (client) => {
      const tables = await tablesOf(client);
      const counts = await countRows(client, tables);
      const expected = manifest.value.rowCounts;
      const differences = [...new Set([...Object.keys(expected), ...tables])]
        .filter((table) => counts[table] !== expected[table])
        .map(
          (table) =>
            `${table}: ${counts[table] ?? "missing"} rows, the backup counted ${expected[table] ?? "none"}`,
        );
      if (differences.length > 0) {
        return err({
          kind: "invalid-input",
          message: `the restored database does not match the backup: ${differences.join("; ")}`,
        });
      }
      return ok({ file: backupPath, schemaSteps: await schemaStepsOf(client), rowCounts: counts });
    });
    if (!checked.ok) return checked;
    return ok({
      ...checked.value,
      keptFiles: keptFiles.map((file) => file.name),
      restoredFiles: writeKeptFiles(keptFiles, place),
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
