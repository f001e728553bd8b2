export * from "./open-storage.js";
export type { Database } from "./database-schema.js";
