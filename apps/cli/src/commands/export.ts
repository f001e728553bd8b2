/**
 * Files from a self-hosted HipCheck's own database, for its operator (a clinic printing a handout, moving a
 * record to another system, bringing in a runner's watch files). The command acts as the account the data
 * belongs to, so the application's rules apply exactly as for that person signed in.
 */
import { constants } from "node:fs";
import { copyFile, readFile, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { Option, type Command } from "commander";
import { accountActor, type AccountActor, type HipCheck } from "@hipcheck/application";
import { CalendarQuerySchema } from "@hipcheck/contracts";
import { err, hipError, ok, parseWith, type HipError, type Lang, type Result } from "@hipcheck/core";
import {
  clinicalImportOf,
  collectMovementFindings,
  exportFhirBundleFromSources,
  icsOptionsFor,
  parseActivityFile,
  bundleOfFhirText,
  describeFhirFileProblem,
  readFhirBundle,
  renderProgramIcs,
  renderHandoutPdf,
  toCsvMovementFindings,
  toCsvPainEntries,
  toCsvSessions,
} from "@hipcheck/interop";
import type { Storage } from "@hipcheck/storage";
import type { CliIo, ExitCode } from "../io.js";
import { withLocalHipCheck, type DatabaseOptions } from "../local-hipcheck.js";
import { failWith, langOption, parseLang } from "../output.js";

export type OutputOptions = { out: string; force?: boolean };
export type HandoutOptions = DatabaseOptions & OutputOptions & { program: string; lang?: string };
export type FhirOptions = DatabaseOptions & OutputOptions & { account: string; transaction?: boolean };
export type CsvOptions = FhirOptions & { what: CsvWhat; lang?: string };
export type ImportActivitiesOptions = DatabaseOptions & { account: string };
export type CalendarOptions = HandoutOptions & { reminder?: string };

export const CSV_WHATS = ["sessions", "pain", "movement"] as const;
export type CsvWhat = (typeof CSV_WHATS)[number];

async function ownerOfProgram(storage: Storage, programId: string): Promise<Result<AccountActor, HipError>> {
  const program = await storage.repositories.programs.findById(programId);
  const owner = program && (await storage.repositories.accounts.findById(program.accountId));
  return owner
    ? ok(accountActor(owner.id, owner.role))
    : err(hipError("not-found", `No program with the id ${programId}.`));
}

export async function accountByEmail(
  storage: Storage,
  email: string,
): Promise<Result<AccountActor, HipError>> {
  const account = await storage.repositories.accounts.findByEmail(email);
  return account
    ? ok(accountActor(account.id, account.role))
    : err(hipError("not-found", `No account with the email ${email}.`));
}

/**
 * Writes the whole file or nothing: the bytes go to a temporary file beside the target first. Without `force`, an
 * existing file is never replaced (`COPYFILE_EXCL` refuses atomically if it appeared meanwhile).
 */
export async function writeFileAtomically(
  path: string,
  content: string | Uint8Array,
  force: boolean,
): Promise<Result<null, HipError>> {
  const temporary = join(dirname(path), `.${basename(path)}.${String(process.pid)}.tmp`);
  await writeFile(temporary, content, { flag: "wx" });
  try {
    if (force) await rename(temporary, path);
    else await copyFile(temporary, path, constants.COPYFILE_EXCL);
    return ok(null);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") {
      return err(hipError("conflict", `${path} already exists; add --force to replace it.`, "out"));
    }
    throw error;
  } finally {
    await rm(temporary, { force: true });
  }
}

export async function runExportHandout(io: CliIo, options: HandoutOptions): Promise<ExitCode> {
  return withLocalHipCheck(io, options, async (hipcheck, storage) => {
    const owner = await ownerOfProgram(storage, options.program);
    if (!owner.ok) return failWith(io, owner.error);
    const source = await hipcheck.getHandoutSource(owner.value, { programId: options.program });
    if (!source.ok) return failWith(io, source.error);
    const lang: Lang = parseLang(options.lang, source.value.language);
    const pdf = await renderHandoutPdf({
      program: source.value.program,
      personName: source.value.personName,
      lang,
    });
    const out = resolve(io.cwd, options.out);
    const written = await writeFileAtomically(out, pdf, options.force === true);
    if (!written.ok) return failWith(io, written.error);
    io.stdout(`Handout written to ${out} (${String(pdf.length)} bytes).\n`);
    return 0;
  });
}

/** The program's calendar, the same .ics the server's `/api/programs/:id/calendar.ics` gives. */
export async function runExportCalendar(io: CliIo, options: CalendarOptions): Promise<ExitCode> {
  const query = parseWith(CalendarQuerySchema, {
    ...(options.lang === undefined ? {} : { lang: options.lang }),
    ...(options.reminder === undefined ? {} : { reminder: options.reminder }),
  });
  if (!query.ok) {
    return failWith(io, { ...query.error, field: query.error.field === "reminder" ? "reminder" : "lang" });
  }
  return withLocalHipCheck(io, options, async (hipcheck, storage) => {
    const owner = await ownerOfProgram(storage, options.program);
    if (!owner.ok) return failWith(io, owner.error);
    const source = await hipcheck.getHandoutSource(owner.value, { programId: options.program });
    if (!source.ok) return failWith(io, source.error);
    const lang: Lang = query.value.lang ?? source.value.language;
    const ics = renderProgramIcs(source.value.program, icsOptionsFor(lang, query.value.reminder));
    const out = resolve(io.cwd, options.out);
    const written = await writeFileAtomically(out, ics, options.force === true);
    if (!written.ok) return failWith(io, written.error);
    io.stdout(`Calendar written to ${out}.\n`);
    return 0;
  });
}

export async function runExportFhir(io: CliIo, options: FhirOptions): Promise<ExitCode> {
  return withLocalHipCheck(io, options, async (hipcheck, storage) => {
    const person = await accountByEmail(storage, options.account);
    if (!person.ok) return failWith(io, person.error);
    const source = await hipcheck.getClinicalSource(person.value, {});
    if (!source.ok) return failWith(io, source.error);
    const bundle = exportFhirBundleFromSources(source.value, {
      type: options.transaction === true ? "transaction" : "collection",
    });
    if (!bundle.ok) return failWith(io, bundle.error);
    const out = resolve(io.cwd, options.out);
    const written = await writeFileAtomically(
      out,
      `${JSON.stringify(bundle.value, null, 2)}\n`,
      options.force === true,
    );
    if (!written.ok) return failWith(io, written.error);
    io.stdout(`FHIR R4 bundle written to ${out}.\n`);
    return 0;
  });
}

/** The spreadsheet the server's `/api/sessions.csv`, `/api/pain.csv` or `/api/movement.csv` gives the person. */
async function csvOf(
  hipcheck: HipCheck,
  person: AccountActor,
  what: CsvWhat,
  lang: Lang,
): Promise<Result<string, HipError>> {
  if (what === "sessions") {
    const logs = await hipcheck.listSessionLogs(person, {});
    return logs.ok ? ok(toCsvSessions(logs.value, lang)) : logs;
  }
  if (what === "pain") {
    const entries = await hipcheck.listPain(person, {});
    return entries.ok
      ? ok(
          toCsvPainEntries(
            entries.value.map((view) => view.entry),
            lang,
          ),
        )
      : entries;
  }
  const source = await hipcheck.getMovementFindingsSource(person, {});
  if (!source.ok) return source;
  const findings = collectMovementFindings(source.value);
  return findings.ok ? ok(toCsvMovementFindings(findings.value, lang)) : findings;
}

export async function runExportCsv(io: CliIo, options: CsvOptions): Promise<ExitCode> {
  return withLocalHipCheck(io, options, async (hipcheck, storage) => {
    const person = await accountByEmail(storage, options.account);
    if (!person.ok) return failWith(io, person.error);
    const csv = await csvOf(hipcheck, person.value, options.what, parseLang(options.lang));
    if (!csv.ok) return failWith(io, csv.error);
    const out = resolve(io.cwd, options.out);
    const written = await writeFileAtomically(out, csv.value, options.force === true);
    if (!written.ok) return failWith(io, written.error);
    io.stdout(`CSV of ${options.what} written to ${out}.\n`);
    return 0;
  });
}

export async function runImportActivities(
  io: CliIo,
  file: string,
  options: ImportActivitiesOptions,
): Promise<ExitCode> {
  const path = resolve(io.cwd, file);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch {
    return failWith(io, hipError("not-found", `Cannot read ${path}.`, "file"));
  }
  // The day an activity counts for: the file's own offset, else the zone of the machine the person runs this on.
  const activities = parseActivityFile(bytes, basename(path), {
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  });
  if (!activities.ok) return failWith(io, activities.error);
  return withLocalHipCheck(io, options, async (hipcheck, storage) => {
    const person = await accountByEmail(storage, options.account);
    if (!person.ok) return failWith(io, person.error);
    const imported = await hipcheck.importActivities(person.value, {
      fileName: basename(path),
      bytes,
      activities: activities.value,
    });
    if (!imported.ok) return failWith(io, imported.error);
    io.stdout(
      `${String(imported.value.added.length)} activities added, ${String(imported.value.alreadyImported)} already imported.\n`,
    );
    return 0;
  });
}

/**
 * A FHIR R4 bundle into a person's record, HipCheck's own or another system's (decision 0280): what is added is
 * counted, and each resource or entry left out is listed with its reason, one per line.
 */
export async function runImportFhir(
  io: CliIo,
  file: string,
  options: ImportActivitiesOptions,
): Promise<ExitCode> {
  const path = resolve(io.cwd, file);
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    return failWith(io, hipError("invalid-input", `${path} cannot be read.`, "file"));
  }
  // A Bundle, a single resource in its own file, or a bulk export's NDJSON (decision 0924).
  const bundle = bundleOfFhirText(text);
  if (!bundle.ok) {
    return failWith(
      io,
      hipError("invalid-input", `${path} ${describeFhirFileProblem(bundle.error)}.`, "file"),
    );
  }
  const read = readFhirBundle(bundle.value.bundle);
  if (!read.ok) return failWith(io, read.error);
  return withLocalHipCheck(io, options, async (hipcheck, storage) => {
    const person = await accountByEmail(storage, options.account);
    if (!person.ok) return failWith(io, person.error);
    const imported = await hipcheck.importClinicalRecord(person.value, clinicalImportOf(read.value));
    if (!imported.ok) return failWith(io, imported.error);
    const { counts, skipped } = imported.value;
    io.stdout(
      `Added: ${Object.entries(counts)
        .map(([kind, count]) => `${String(count)} ${kind}`)
        .join(", ")}.\n`,
    );
    if (skipped.length > 0) io.stdout(`Skipped ${String(skipped.length)}:\n`);
    for (const item of skipped) {
      io.stdout(`  ${item.type}${item.id === null ? "" : ` ${item.id}`} (${item.reason}): ${item.detail}\n`);
    }
    return 0;
  });
}

export function databaseOptions(command: Command): Command {
  return command
    .option("--data-dir <dir>", "folder of the embedded SQLite database", ".data")
    .option("--database-url <url>", "PostgreSQL connection string (default: $DATABASE_URL)");
}

export function registerExportCommands(program: Command, io: CliIo, finish: (code: ExitCode) => void): void {
  const exporter = program.command("export").description("files from this HipCheck's database");
  databaseOptions(
    exporter
      .command("handout")
      .description("a program as a printable PDF handout")
      .requiredOption("--program <id>", "the program's id")
      .requiredOption("--out <file>", "where to write the PDF")
      .addOption(langOption("en or fr (default: the program's language)"))
      .option("--force", "replace the file if it exists"),
  ).action(async (options: HandoutOptions) => {
    finish(await runExportHandout(io, options));
  });
  databaseOptions(
    exporter
      .command("calendar")
      .description("a program's sessions and checkpoints as a calendar file (.ics)")
      .requiredOption("--program <id>", "the program's id")
      .requiredOption("--out <file>", "where to write the .ics")
      .addOption(langOption("en or fr (default: the program's language)"))
      .option("--reminder <HH:MM>", "a reminder at this local time on each session and checkpoint day")
      .option("--force", "replace the file if it exists"),
  ).action(async (options: CalendarOptions) => {
    finish(await runExportCalendar(io, options));
  });
  databaseOptions(
    exporter
      .command("fhir")
      .description("a person's record as a FHIR R4 Bundle (JSON)")
      .requiredOption("--account <email>", "the person's account email")
      .requiredOption("--out <file>", "where to write the bundle")
      .option(
        "--transaction",
        "a transaction a FHIR server loads (conditional updates) instead of a collection",
      )
      .option("--force", "replace the file if it exists"),
  ).action(async (options: FhirOptions) => {
    finish(await runExportFhir(io, options));
  });
  databaseOptions(
    exporter
      .command("csv")
      .description("a person's sessions, pain entries or movement findings as a spreadsheet (CSV)")
      .addOption(new Option("--what <kind>", "what to export").choices(CSV_WHATS).makeOptionMandatory())
      .requiredOption("--account <email>", "the person's account email")
      .requiredOption("--out <file>", "where to write the CSV")
      .addOption(langOption("en or fr, for exercise and measure names (default: en)"))
      .option("--force", "replace the file if it exists"),
  ).action(async (options: CsvOptions) => {
    finish(await runExportCsv(io, options));
  });
  const importer = program.command("import").description("files into this HipCheck's database");
  databaseOptions(
    importer
      .command("activities <file>")
      .description(
        "a FIT, GPX or TCX activity file into a person's account (the same file twice adds nothing)",
      )
      .requiredOption("--account <email>", "the person's account email"),
  ).action(async (file: string, options: ImportActivitiesOptions) => {
    finish(await runImportActivities(io, file, options));
  });
  databaseOptions(
    importer
      .command("fhir <file>")
      .description(
        "a FHIR R4 bundle (HipCheck's or another system's) into a person's account; lists what it leaves out",
      )
      .requiredOption("--account <email>", "the person's account email"),
  ).action(async (file: string, options: ImportActivitiesOptions) => {
    finish(await runImportFhir(io, file, options));
  });
}
