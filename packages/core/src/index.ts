export * from "./shared/result.js";
export * from "./shared/error-kind.js";
export * from "./shared/i18n.js";
export * from "./shared/dates.js";
export * from "./knowledge/schema.js";
export * from "./intake/answers.js";
