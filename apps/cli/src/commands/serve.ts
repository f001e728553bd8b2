import { hostname, networkInterfaces } from "node:os";
import { fileURLToPath } from "node:url";
import type { Command } from "commander";
import QRCode from "qrcode";
import {
  lanAddresses,
  loadOrCreateLocalAuthority,
  metricsExposureProblem,
  quotasFromEnv,
  startServer,
  TRUST_PAGE_PATH,
  mailSettingsFromEnv,
} from "@hipcheck/server";
import type { LocalAuthority, MetricsOptions, RunningServer, TrustProxy } from "@hipcheck/server";
import type { CliIo, ExitCode } from "../io.js";
import { failWith } from "../output.js";
import {
  isSchemaNewerThanCode,
  isUpgradeBackupFailed,
  refuseNewerSchema,
  refuseUpgradeWithoutBackup,
  upgradeBackupRecipients,
  upgradeBackupSettings,
} from "./admin-database.js";
import type { UpgradeBackupFlags } from "./admin-database.js";

export type ServeOptions = UpgradeBackupFlags & {
  port: string;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  trustProxy?: string;
  /** HTTPS on the machine's network addresses with a local authority's certificate. */
  lan?: boolean;
  metricsPort?: string;
  metricsHost?: string;
  inviteOnly?: boolean;
};

/** The port, or undefined when the text is not one. */
function portOf(text: string): number | undefined {
  const port = Number(text);
  return text.trim() !== "" && Number.isInteger(port) && port >= 0 && port <= 65_535 ? port : undefined;
}

type LanSetup = { readonly authority: LocalAuthority; readonly addresses: readonly string[] };

/**
 * The names the LAN certificate carries: every network address of this machine, its `.local` name (which
 * iPhones and recent Android phones resolve on the local network), and loopback for the machine itself.
 */
function setUpLan(dataDir: string): LanSetup {
  const addresses = lanAddresses(networkInterfaces());
  const names = [...addresses, `${hostname()}.local`, "localhost", "127.0.0.1"];
  return { authority: loadOrCreateLocalAuthority(dataDir, names, new Date()), addresses };
}

function metricsOptionsOf(
  options: ServeOptions,
  env: NodeJS.ProcessEnv,
): MetricsOptions | string | undefined {
  const portText = options.metricsPort ?? env.HIPCHECK_METRICS_PORT;
  if (portText === undefined || portText === "") return undefined;
  const port = portOf(portText);
  if (port === undefined) return `--metrics-port: must be a whole number from 0 to 65535 (got "${portText}")`;
  const token = env.HIPCHECK_METRICS_TOKEN;
  const metrics: MetricsOptions = {
    port,
    host: options.metricsHost ?? env.HIPCHECK_METRICS_HOST ?? "127.0.0.1",
    ...(token === undefined || token === "" ? {} : { token }),
  };
  return metricsExposureProblem(metrics) ?? metrics;
}

/**
 * Sign-up closed to all but a coach's invitees (decision 0331): `--invite-only`, or `HIPCHECK_INVITE_ONLY=1` for a
 * service manager's environment file.
 */
export function isInviteOnly(options: ServeOptions, env: CliIo["env"]): boolean {
  const fromEnv = env.HIPCHECK_INVITE_ONLY?.trim().toLowerCase();
  return options.inviteOnly === true || fromEnv === "1" || fromEnv === "true" || fromEnv === "yes";
}

/**
 * `--trust-proxy 1` (how many proxies stand in front) or `--trust-proxy 10.0.0.5,10.1.0.0/16` (their addresses).
 * There is no "trust everyone": a client could then choose its own address and escape the sign-in limits.
 */
export function parseTrustProxy(value: string): TrustProxy | undefined {
  const text = value.trim();
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    return hops >= 1 && hops <= 10 ? { hops } : undefined;
  }
  const addresses = text
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part !== "");
  const looksLikeAddress = (part: string) => /^[0-9a-fA-F.:]+(?:\/\d{1,3})?$/.test(part);
  return addresses.length > 0 && addresses.every(looksLikeAddress) ? { addresses } : undefined;
}

/** The built web app and the pose models, found beside this package in the workspace. */
const WEB_ROOT = fileURLToPath(new URL("../../../web/dist", import.meta.url));
const MODELS_ROOT = fileURLToPath(new URL("../../../../packages/detector/models", import.meta.url));

/** Starts the server; resolves to the running server, or to an exit code when it cannot start. */
export async function runServe(io: CliIo, options: ServeOptions): Promise<ExitCode | RunningServer> {
  const port = portOf(options.port);
  if (port === undefined) {
    return failWith(io, {
      kind: "invalid-input",
      message: `--port: must be a whole number from 0 to 65535 (got "${options.port}")`,
      field: "port",
    });
  }
  const trustProxy = options.trustProxy === undefined ? undefined : parseTrustProxy(options.trustProxy);
  if (options.trustProxy !== undefined && trustProxy === undefined) {
    return failWith(io, {
      kind: "invalid-input",
      message: `--trust-proxy: give the number of proxies in front (1 to 10) or their addresses, comma-separated (got "${options.trustProxy}")`,
      field: "trust-proxy",
    });
  }
  const metrics = metricsOptionsOf(options, io.env);
  if (typeof metrics === "string") {
    return failWith(io, { kind: "invalid-input", message: metrics, field: "metrics-port" });
  }
  const quotaSettings = quotasFromEnv(io.env);
  if (!quotaSettings.ok) {
    return failWith(io, {
      kind: "invalid-input",
      message: quotaSettings.message,
      field: quotaSettings.variable,
    });
  }
  const mail = mailSettingsFromEnv(io.env);
  if (!mail.ok) {
    return failWith(io, { kind: "invalid-input", message: mail.error, field: "HIPCHECK_SMTP_URL" });
  }
  const upgradeBackup = upgradeBackupSettings(io.env, options);
  const recipients = upgradeBackupRecipients(upgradeBackup);
  if (!recipients.ok) return failWith(io, recipients.error);
  const lan = options.lan === true ? setUpLan(options.dataDir) : undefined;
  // On a LAN the phones must reach the server: every interface, unless an address was chosen.
  const host = lan !== undefined && options.host === DEFAULT_HOST ? "0.0.0.0" : options.host;
  const databaseUrl = options.databaseUrl ?? io.env.DATABASE_URL;
  const usePostgres = databaseUrl !== undefined && databaseUrl !== "";
  let server: RunningServer;
  try {
    server = await startServer({
      port,
      host,
      ...(metrics === undefined ? {} : { metrics }),
      ...(lan === undefined ? {} : { localAuthority: lan.authority }),
      dataDir: options.dataDir,
      ...(usePostgres ? { databaseUrl } : {}),
      webRoot: WEB_ROOT,
      modelsRoot: MODELS_ROOT,
      ...(trustProxy === undefined ? {} : { trustProxy }),
      ...(isInviteOnly(options, io.env) ? { signUpPolicy: "invite-only" as const } : {}),
      quotas: quotaSettings.quotas,
      ...upgradeBackup,
      ...(mail.value === undefined ? {} : { mail: mail.value }),
    });
  } catch (error) {
    if (isSchemaNewerThanCode(error)) return refuseNewerSchema(io, error);
    if (isUpgradeBackupFailed(error)) return refuseUpgradeWithoutBackup(io, error);
    return failWith(io, {
      kind: "conflict",
      message: `cannot start the server: ${describeStartFailure(error, options)}`,
    });
  }
  io.stdout(
    `HipCheck is running at ${server.url} (data: ${usePostgres ? "PostgreSQL" : `SQLite in ${options.dataDir}`}${isInviteOnly(options, io.env) ? "; sign-up by invitation only" : ""}). Press Ctrl+C to stop.\n`,
  );
  if (mail.value !== undefined) {
    io.stdout(
      `Account email (password resets, invitations) goes through ${new URL(mail.value.smtpUrl).host}.\n`,
    );
  }
  if (server.metricsUrl !== undefined) io.stdout(`Metrics for Prometheus: ${server.metricsUrl}\n`);
  if (lan !== undefined) io.stdout(await lanAnnouncement(lan, new URL(server.url).port, options.dataDir));
  return server;
}

/** What the person at the machine needs to reach it from a phone: the address, a QR code, the fingerprint. */
async function lanAnnouncement(lan: LanSetup, port: string, dataDir: string): Promise<string> {
  const { authority, addresses } = lan;
  const lines = [
    authority.created
      ? `A local certificate authority was created in ${dataDir}/lan-ca (kept for the next starts; keep the folder private).`
      : `Using the local certificate authority kept in ${dataDir}/lan-ca.`,
    `Its SHA-256 fingerprint: ${authority.caFingerprintSha256}`,
  ];
  const first = addresses[0];
  if (first === undefined) {
    lines.push(
      "No network address found: connect this machine to the network the phones use, then start again.",
    );
    return `${lines.join("\n")}\n`;
  }
  const trustUrl = `https://${first}:${port}${TRUST_PAGE_PATH}`;
  lines.push(
    `On a phone on the same network, open ${trustUrl}`,
    "(or scan the code below) to trust this server once, then open HipCheck from there.",
    ...addresses.slice(1).map((address) => `Also reachable at https://${address}:${port}/`),
  );
  const qr = await QRCode.toString(trustUrl, { type: "terminal", small: true });
  return `${lines.join("\n")}\n${qr}`;
}

const DEFAULT_HOST = "127.0.0.1";

/** The usual reasons a server cannot start, in words that say what to change. */
function describeStartFailure(error: unknown, options: ServeOptions): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "EADDRINUSE") return `port ${options.port} is already in use (choose another with --port)`;
  if (code === "EACCES") return `not allowed to listen on ${options.host}:${options.port}`;
  if (code === "ECONNREFUSED") return "the PostgreSQL server refused the connection (check DATABASE_URL)";
  return error instanceof Error ? error.message : String(error);
}

export function registerServeCommand(program: Command, io: CliIo, finish: (code: ExitCode) => void): void {
  program
    .command("serve")
    .description(
      "start the HipCheck server and web app (SQLite by default; PostgreSQL when DATABASE_URL is set)",
    )
    .option("--port <port>", "port to listen on", "8080")
    .option("--host <host>", "address to listen on (with --lan: every address)", DEFAULT_HOST)
    .option("--data-dir <dir>", "folder for the embedded SQLite database", ".data")
    .option("--database-url <url>", "PostgreSQL connection string (default: $DATABASE_URL)")
    .option(
      "--trust-proxy <hops|addresses>",
      "behind a reverse proxy: how many proxies stand in front (1 for one nginx), or their addresses, comma-separated; their X-Forwarded-* headers give the client's address and https (Secure cookies)",
    )
    .option(
      "--lan",
      "serve HTTPS to phones on this network, with a certificate from a local authority kept in the data folder; prints the address and a QR code",
    )
    .option(
      "--metrics-port <port>",
      "serve Prometheus metrics on this port (default: off, or $HIPCHECK_METRICS_PORT); never on the public port",
    )
    .option(
      "--metrics-host <host>",
      "address of the metrics port (default 127.0.0.1; any other needs $HIPCHECK_METRICS_TOKEN)",
    )
    .option(
      "--invite-only",
      "close open sign-up: only a person with a coach's invitation code can create an account (also HIPCHECK_INVITE_ONLY=1)",
    )
    .option(
      "--upgrade-backup-dir <dir>",
      "where the backup taken before a schema upgrade goes (default: backups/ in the data folder, or $HIPCHECK_UPGRADE_BACKUP_DIR)",
    )
    .option(
      "--skip-upgrade-backup",
      "upgrade without that backup, having taken one yourself (also HIPCHECK_SKIP_UPGRADE_BACKUP=1)",
    )
    .option(
      "--backup-recipients-file <file>",
      "encrypt that backup to the age public keys of this file, one a line (also $HIPCHECK_BACKUP_RECIPIENTS_FILE)",
    )
    .action(async (options: ServeOptions) => {
      const outcome = await runServe(io, options);
      if (typeof outcome === "number") finish(outcome);
      else stopOnSignal(io, outcome);
    });
}

/**
 * Ctrl+C or a service manager's SIGTERM closes the server properly: requests in flight finish and the database is
 * closed (SQLite folds its write-ahead log back into the file), then the process ends with status 0.
 */
export function stopOnSignal(io: CliIo, server: RunningServer): void {
  const stop = (signal: NodeJS.Signals) => {
    io.stdout(`${signal}: stopping HipCheck…\n`);
    server.close().then(
      () => {
        io.stdout("HipCheck stopped.\n");
        process.exit(0);
      },
      (error: unknown) => {
        io.stderr(
          `hipcheck: could not stop cleanly: ${error instanceof Error ? error.message : String(error)}\n`,
        );
        process.exit(1);
      },
    );
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}
