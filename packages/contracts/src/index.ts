export * from "./error-table.js";
