/**
 * Every list route answers one page at a time (decision 0340). A page is a slice of the list in the order the
 * route documents (oldest first, by date…); when more follows, the answer carries a `Link: <…>; rel="next"`
 * header whose address asks for the next page. The body stays the list itself, so a client that does not read
 * the header still gets well-formed data, and `callRoute` follows the links to hand its caller the whole list.
 *
 * A cursor is the position after the page plus a fingerprint of the page's last item. When the list changed in
 * between (an entry added before the position, one deleted), the next page starts right after that item
 * wherever it now is, so nothing is skipped or repeated; if the item itself is gone, the position is used.
 */
import { err, hipError, ok } from "@hipcheck/core";
import type { HipError, Result } from "@hipcheck/core";
import { z } from "zod";
import type { RouteDefinition } from "./route-definition.js";
import { routes } from "./routes.js";
import type { RouteName } from "./routes.js";

/** Enough for a screen of history or a coach's roster in one answer. */
export const PAGE_LIMIT_DEFAULT = 100;
/** The most a client may ask for in one answer: a bound on the server's work and memory per request. */
export const PAGE_LIMIT_MAX = 1000;

const CURSOR_PATTERN = /^(\d{1,9})\.([0-9a-f]{8})$/;
/** A list paged in SQL (decision 0412) names the key its next page starts after, as `k` + base64url JSON. */
const KEYSET_CURSOR_PATTERN = /^k[A-Za-z0-9_-]{4,1400}$/;

export const PageQueryFields = {
  cursor: z
    .string()
    .refine(
      (cursor) => CURSOR_PATTERN.test(cursor) || KEYSET_CURSOR_PATTERN.test(cursor),
      "This is not a cursor from a previous answer's Link header.",
    )
    .optional()
    .describe('Where the page starts: taken from the previous answer\'s `Link: <…>; rel="next"` header'),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(PAGE_LIMIT_MAX)
    .optional()
    .describe(`How many items at most (${PAGE_LIMIT_DEFAULT} when absent, at most ${PAGE_LIMIT_MAX})`),
};

export type PageQuery = { readonly cursor?: string | undefined; readonly limit?: number | undefined };

/** A list route: a JSON array answered to a GET. */
export function isPagedRoute(route: RouteDefinition): boolean {
  return route.method === "GET" && route.file === undefined && route.response instanceof z.ZodArray;
}

export const PAGED_ROUTE_NAMES: ReadonlySet<RouteName> = new Set(
  (Object.keys(routes) as RouteName[]).filter((name) => isPagedRoute(routes[name])),
);

/** The route's own query with `cursor` and `limit` added, strict like every query of the table. */
export function pagedQuerySchemaOf(route: RouteDefinition): z.ZodType {
  const own = route.query instanceof z.ZodObject ? route.query : z.object({}).strict();
  return own.extend(PageQueryFields).strict();
}

/** FNV-1a over the item's JSON: a short fingerprint, enough to find the same item again in the same list. */
function fingerprintOf(item: unknown): string {
  const text = JSON.stringify(item);
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

function startOf(items: readonly unknown[], cursor: string): Result<number, HipError> {
  const match = CURSOR_PATTERN.exec(cursor);
  if (match === null) {
    return err(hipError("invalid-input", "This is not a cursor from a previous answer.", "cursor"));
  }
  const position = Number(match[1]);
  const fingerprint = match[2];
  if (position > 0 && position <= items.length && fingerprintOf(items[position - 1]) === fingerprint) {
    return ok(position);
  }
  const moved = items.findIndex((item) => fingerprintOf(item) === fingerprint);
  return ok(moved >= 0 ? moved + 1 : Math.min(position, items.length));
}

export type Page<T> = { readonly items: readonly T[]; readonly nextCursor: string | undefined };

/** The page of `items` the query asks for, and the cursor of the next one when more follows. */
export function pageOf<T>(items: readonly T[], query: PageQuery): Result<Page<T>, HipError> {
  const limit = Math.min(query.limit ?? PAGE_LIMIT_DEFAULT, PAGE_LIMIT_MAX);
  const start = query.cursor === undefined ? ok(0) : startOf(items, query.cursor);
  if (!start.ok) return start;
  const end = start.value + limit;
  const page = items.slice(start.value, end);
  const nextCursor = end < items.length ? `${end}.${fingerprintOf(items[end - 1])}` : undefined;
  return ok({ items: page, nextCursor });
}

/** A cursor written by a list paged in SQL, rather than a position in a list paged at the edge. */
export function isKeysetCursor(cursor: string): boolean {
  return KEYSET_CURSOR_PATTERN.test(cursor);
}

/** The address of the next page from a `Link` header, or undefined on the last page. */
export function nextPageHref(link: string | null | undefined): string | undefined {
  if (link === null || link === undefined) return undefined;
  for (const part of link.split(",")) {
    const match = /^\s*<([^>]*)>\s*;(.*)$/.exec(part);
    if (match !== null && /(^|;)\s*rel="?next"?\s*(;|$)/.test(match[2] ?? "")) return match[1];
  }
  return undefined;
}
