/**
 * Test helpers for the packages that build on core: the named personas the specifications speak of. Imported as
 * `@hipcheck/core/testing`, never by production code.
 */
export * from "./personas/index.js";
export * from "./personas/french-wording.js";
