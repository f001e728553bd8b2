export { buildApp, DEFAULT_RATE_LIMIT } from "./app.js";
export type { AppDeps, TrustProxy } from "./app.js";
export { startServer } from "./start-server.js";
export { quotasFromEnv, QUOTA_VARIABLES } from "./quota-settings.js";
export type { RunningServer, ServerOptions } from "./start-server.js";
export type { LogOptions } from "./logger-options.js";
export type { RateLimit } from "./routes/register-routes.js";
export {
  createArgon2PasswordHasher,
  OWASP_ARGON2_COST,
  TEST_ARGON2_COST,
} from "./auth/argon2-password-hasher.js";
export type { Argon2Cost } from "./auth/argon2-password-hasher.js";
export { systemClock } from "./system/system-clock.js";
export { uuidV7Ids } from "./system/uuid-v7-ids.js";
export { cryptoSecrets } from "./system/crypto-secrets.js";
export { commonPasswordProblem } from "./auth/common-passwords.js";
export { loadOrCreateLocalAuthority, LOCAL_AUTHORITY_FOLDER } from "./lan/local-authority.js";
export type { LocalAuthority } from "./lan/local-authority.js";
export { lanAddresses } from "./lan/lan-addresses.js";
export { TRUST_PAGE_PATH, CA_CERT_DER_PATH } from "./lan/trust-page.js";
export { VAPID_KEY_FILE, vapidKeyFileForBackup } from "./push/vapid-keys.js";
export { metricsExposureProblem } from "./observability/metrics-listener.js";
export type { MetricsOptions } from "./observability/metrics-listener.js";
export { mailSettingsFromEnv } from "./mail/mail-settings.js";
export type { MailSettings } from "./mail/mail-settings.js";
export { createSmtpAccountMailer } from "./mail/smtp-account-mailer.js";
export type { SmtpAccountMailer } from "./mail/smtp-account-mailer.js";
