export { buildApp, DEFAULT_RATE_LIMIT } from "./app.js";
export type { AppDeps, TrustProxy } from "./app.js";
export { startServer } from "./start-server.js";
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
