import { createHipCheck } from "@hipcheck/application";
import type { AccountQuotas, SignUpPolicy } from "@hipcheck/application";
import { openStorage } from "@hipcheck/storage";
import type { PoolWarning } from "@hipcheck/storage";
import { buildApp } from "./app.js";
import type { TrustProxy } from "./app.js";
import type { LogOptions } from "./logger-options.js";
import type { LocalAuthority } from "./lan/local-authority.js";
import { startMetricsListener } from "./observability/metrics-listener.js";
import type { MetricsListener, MetricsOptions } from "./observability/metrics-listener.js";
import { createServerMetrics } from "./observability/server-metrics.js";
import { createArgon2PasswordHasher } from "./auth/argon2-password-hasher.js";
import { loopPacing } from "./loop-turns.js";
import { createSmtpAccountMailer } from "./mail/smtp-account-mailer.js";
import type { MailFailureLog } from "./mail/smtp-account-mailer.js";
import type { MailSettings } from "./mail/mail-settings.js";
import { startReminderScheduler } from "./push/reminder-scheduler.js";
import { shareLinkKeyOf } from "./push/share-link-key.js";
import { loadVapidKeys } from "./push/vapid-keys.js";
import { cryptoSecrets } from "./system/crypto-secrets.js";
import { systemClock } from "./system/system-clock.js";
import { uuidV7Ids } from "./system/uuid-v7-ids.js";

export type ServerOptions = {
  readonly port: number;
  readonly host: string;
  /** Folder of the SQLite database (default `./data`); ignored with `databaseUrl`. */
  readonly dataDir?: string;
  /** `postgres://…` to use PostgreSQL instead of SQLite. */
  readonly databaseUrl?: string;
  /** The built web app to serve next to the API. */
  readonly webRoot?: string;
  /** The pose model files (packages/detector/models), served under /models/. */
  readonly modelsRoot?: string;
  readonly trustProxy?: TrustProxy;
  /** Standard output at `info` unless given. */
  readonly log?: LogOptions;
  /** Prometheus `/metrics` on a port of its own (loopback, or any address with a token); off unless given. */
  readonly metrics?: MetricsOptions;
  /** HTTPS with this local authority's certificate, and its trust page (`hipcheck serve --lan`). */
  readonly localAuthority?: LocalAuthority;
  /** `invite-only`: only a person with a coach's invitation code may sign up (decision 0331); open by default. */
  readonly signUpPolicy?: SignUpPolicy;
  /** Per-account quotas other than the defaults (decision 0341; `quotasFromEnv`). */
  readonly quotas?: Partial<AccountQuotas>;
  /** Where the backup before a schema upgrade goes; default `backups/` in the data folder (decision 0440). */
  readonly upgradeBackupDir?: string;
  /** Upgrade without that backup (the operator took one). */
  readonly skipUpgradeBackup?: boolean;
  /** An age recipients file: the backup before a schema upgrade is encrypted to its public keys (decision 0730). */
  readonly upgradeBackupRecipientsFile?: string;
  /** SMTP for "Forgot password?" and invitations by email (decision 0420; `mailSettingsFromEnv`); no mail unless given. */
  readonly mail?: MailSettings;
};

export type RunningServer = {
  /** e.g. `http://127.0.0.1:8080` (`https://…` with a local authority) */
  readonly url: string;
  /** Where Prometheus reads, when metrics are on. */
  readonly metricsUrl?: string;
  close(): Promise<void>;
};

/** Opens the database (migrating it), wires the application and listens; `hipcheck serve` calls this. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  // The pool reports lost connections before the app (and its logger) exists; they are logged once it does.
  let warnConnectionLost: PoolWarning = () => undefined;
  // An upgrade at start (its backup, each schema step) is logged once the logger exists.
  const upgradeNotes: string[] = [];
  const storage = await openStorage({
    onUpgrade: (message) => upgradeNotes.push(message),
    ...(options.dataDir === undefined ? {} : { dataDir: options.dataDir }),
    ...(options.databaseUrl === undefined ? {} : { databaseUrl: options.databaseUrl }),
    ...(options.upgradeBackupDir === undefined ? {} : { upgradeBackupDir: options.upgradeBackupDir }),
    ...(options.skipUpgradeBackup === true ? { skipUpgradeBackup: true } : {}),
    ...(options.upgradeBackupRecipientsFile === undefined
      ? {}
      : { upgradeBackupRecipientsFile: options.upgradeBackupRecipientsFile }),
    onConnectionError: (message, error) => {
      warnConnectionLost(message, error);
    },
  });
  // Web push reminders sign with this key pair (env or `vapid-keys.json` in the data folder).
  const vapid = loadVapidKeys(options.dataDir ?? "./data");
  // Mail failures are logged once the app (and its logger) exists.
  let logMailFailure: MailFailureLog = () => undefined;
  const mailer =
    options.mail === undefined
      ? undefined
      : createSmtpAccountMailer(options.mail, (kind, reason) => {
          logMailFailure(kind, reason);
        });
  const hipcheck = createHipCheck({
    pushPublicKey: vapid.publicKey,
    // Repeated share-link requests answer the same token, made again from the server's own key (decision 0635).
    shareLinkKey: shareLinkKeyOf(vapid.privateKey),
    repositories: storage.repositories,
    clock: systemClock,
    ids: uuidV7Ids,
    secrets: cryptoSecrets,
    passwords: createArgon2PasswordHasher(),
    // A long import lets other requests in between its entries (decision 0740).
    pacing: loopPacing,
    ...(options.signUpPolicy === undefined ? {} : { signUpPolicy: options.signUpPolicy }),
    ...(options.quotas === undefined ? {} : { quotas: options.quotas }),
    ...(mailer === undefined ? {} : { mailer }),
  });
  const metrics = options.metrics === undefined ? undefined : createServerMetrics(storage);
  const app = await buildApp({
    hipcheck,
    attempts: storage.attempts,
    readiness: () => storage.ping(),
    ...(metrics === undefined ? {} : { metrics }),
    ...(options.localAuthority === undefined ? {} : { localAuthority: options.localAuthority }),
    log: options.log ?? { level: "info" },
    ...(options.trustProxy === undefined ? {} : { trustProxy: options.trustProxy }),
    ...(options.webRoot === undefined ? {} : { webRoot: options.webRoot }),
    ...(options.modelsRoot === undefined ? {} : { modelsRoot: options.modelsRoot }),
  });
  for (const note of upgradeNotes) app.log.info(note);
  logMailFailure = (kind, reason) => {
    app.log.error({ mail: kind, reason }, "mail not sent");
  };
  warnConnectionLost = (message, error) => {
    app.log.warn({ reason: error.message }, message);
  };
  const reminders = startReminderScheduler({
    repositories: storage.repositories,
    vapid,
    now: () => new Date(),
    onReport: (report) => {
      if (report.sent + report.expired + report.failed.length > 0) {
        app.log.info({ reminders: report }, "push reminders");
      }
    },
    onError: (error) => {
      app.log.error({ reason: (error as Error).message }, "push reminders failed");
    },
  });
  app.addHook("onClose", async () => {
    await reminders.stop();
    await mailer?.close();
    await storage.close();
  });
  let metricsListener: MetricsListener | undefined;
  try {
    if (metrics !== undefined && options.metrics !== undefined) {
      metricsListener = await startMetricsListener(metrics.registry, options.metrics);
      app.addHook("onClose", async () => {
        await metricsListener?.close();
      });
    }
    await app.listen({ port: options.port, host: options.host });
  } catch (error) {
    await app.close();
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === "object" && address !== null ? address.port : options.port;
  const host = options.host.includes(":") ? `[${options.host}]` : options.host;
  const scheme = options.localAuthority === undefined ? "http" : "https";
  return {
    url: `${scheme}://${host}:${port}`,
    ...(metricsListener === undefined ? {} : { metricsUrl: metricsListener.url }),
    close: () => app.close(),
  };
}
