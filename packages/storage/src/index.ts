export * from "./open-storage.js";
export type { Database } from "./database-schema.js";
export { isDatabaseUnavailable } from "./database-unavailable.js";
export type { PoolWarning } from "./postgres-pool.js";
export type { AttemptCount, AttemptCounters, CountWindow } from "./attempt-counters.js";
