import { hipError, isIsoDate, isPlausibleDate, PLAUSIBLE_DATE_RANGE } from "@hipcheck/core";
import type { HipError } from "@hipcheck/core";

/** A string that starts like a date or an instant (`2026-12-04`, `2026-12-04T10:00:00Z`). */
const DATE_LIKE = /^(\d{4}-\d{2}-\d{2})(?:$|T)/;

/** What is wrong with one string of a request, if anything. */
function stringProblemOf(value: string): "nul" | "far-date" | undefined {
  if (value.includes("\u0000")) return "nul";
  const date = DATE_LIKE.exec(value)?.[1];
  if (date !== undefined && isIsoDate(date) && !isPlausibleDate(date)) return "far-date";
  return undefined;
}

type Found = { readonly path: string; readonly problem: "nul" | "far-date" };

/**
 * The first string holding a NUL character or a date no one can mean, with its dotted path. The walk is a loop
 * over an explicit stack, not a recursion, so no shape of input can overflow the call stack (the parser already
 * caps JSON nesting; query and params are flat).
 */
function firstProblemIn(root: unknown, rootPath: string): Found | undefined {
  const stack: { value: unknown; path: string }[] = [{ value: root, path: rootPath }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { value, path } = item;
    if (typeof value === "string") {
      const problem = stringProblemOf(value);
      if (problem !== undefined) return { path, problem };
      continue;
    }
    if (value === null || typeof value !== "object") continue;
    // Pushed in reverse, so the first field in the document is reported first.
    const entries = Object.entries(value);
    for (let index = entries.length - 1; index >= 0; index -= 1) {
      const [key, inner] = entries[index] as [string, unknown];
      stack.push({ value: inner, path: path === "" ? key : `${path}.${key}` });
    }
  }
  return undefined;
}

/** Body fields are named as they are; query and path parameters get a `query.`/`params.` prefix. */
export function inputProblemOf(parts: {
  body: unknown;
  query: unknown;
  params: unknown;
}): HipError | undefined {
  const found =
    firstProblemIn(parts.body, "") ??
    firstProblemIn(parts.query, "query") ??
    firstProblemIn(parts.params, "params");
  if (found === undefined) return undefined;
  const field = found.path === "" ? undefined : found.path;
  return found.problem === "nul"
    ? hipError(
        "invalid-input",
        "Text may not contain the NUL character (\\u0000); remove it and send again.",
        field,
      )
    : hipError(
        "invalid-input",
        `Dates must be between ${PLAUSIBLE_DATE_RANGE.first} and ${PLAUSIBLE_DATE_RANGE.last}.`,
        field,
      );
}
