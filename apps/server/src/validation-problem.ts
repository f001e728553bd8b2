/**
 * A schema's refusal of a request part, as the one error HipCheck answers: the first problem's field and
 * sentence, and how many more there were. Shared by the route validation on the event loop and the bodies read in
 * a worker thread (decision 0511), so both answer alike.
 */
import type { HipError } from "@hipcheck/core";
import { hipError } from "@hipcheck/core";

export type ValidationIssue = { readonly instancePath: string; readonly message?: string | undefined };

/** `/log/entries/0/painDuring` → `log.entries.0.painDuring`; the input part prefixes it for query and params. */
function fieldOf(issue: ValidationIssue, context: string | undefined): string | undefined {
  const path = issue.instancePath
    .split("/")
    .filter((part) => part !== "")
    .join(".");
  const prefix =
    context === undefined || context === "body" ? "" : `${context === "querystring" ? "query" : context}.`;
  return path === "" ? (prefix === "" ? undefined : prefix.slice(0, -1)) : `${prefix}${path}`;
}

/**
 * Zod says "Invalid input: expected string, received undefined" for a field left out (and Fastify hands an
 * absent body over as null); a person reads "missing".
 */
function sentenceOf(subject: string, issue: ValidationIssue | undefined, isWhole: boolean): string {
  const message = issue?.message ?? "is not valid";
  const absent = isWhole ? "(?:undefined|null)" : "undefined";
  const missing = new RegExp(`^Invalid input: expected (\\w+), received ${absent}$`).exec(message);
  return missing === null
    ? `${subject}: ${message}`
    : `${subject} is missing (expected ${missing[1] ?? "a value"})`;
}

export function invalidInput(issues: readonly ValidationIssue[], context: string | undefined): HipError {
  const [first] = issues;
  const field = first === undefined ? undefined : fieldOf(first, context);
  const subject = field !== undefined ? `"${field}"` : context === "body" ? "The body" : "The request";
  const more =
    issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? "s" : ""})` : "";
  return hipError("invalid-input", `${sentenceOf(subject, first, field === undefined)}${more}.`, field);
}
