import { describe, expect, it } from "vitest";
import {
  nextPageHref,
  PAGE_LIMIT_DEFAULT,
  PAGE_LIMIT_MAX,
  PAGED_ROUTE_NAMES,
  pagedQuerySchemaOf,
  pageOf,
} from "./pagination.js";
import { routes } from "./routes.js";

const entries = (count: number) => Array.from({ length: count }, (_, index) => ({ id: `pain-${index}` }));

/** Every page in turn, as a client following the cursors reads them. */
function readAll<T>(items: readonly T[], limit: number): T[][] {
  const pages: T[][] = [];
  let cursor: string | undefined;
  do {
    const page = pageOf(items, { limit, ...(cursor === undefined ? {} : { cursor }) });
    if (!page.ok) throw new Error(page.error.message);
    pages.push([...page.value.items]);
    cursor = page.value.nextCursor;
  } while (cursor !== undefined);
  return pages;
}

describe("pages of a list", () => {
  it("answers the default number of items and a cursor when one more follows", () => {
    const first = pageOf(entries(PAGE_LIMIT_DEFAULT + 1), {});
    expect(first.ok && first.value.items).toHaveLength(PAGE_LIMIT_DEFAULT);
    expect(first.ok && first.value.nextCursor).toMatch(/^100\.[0-9a-f]{8}$/);
  });

  it("has no next cursor when the list fits the page exactly", () => {
    const page = pageOf(entries(PAGE_LIMIT_DEFAULT), {});
    expect(page.ok && page.value.nextCursor).toBeUndefined();
    expect(pageOf([], {})).toEqual({ ok: true, value: { items: [], nextCursor: undefined } });
  });

  it("never answers more than the maximum, whatever the caller asks", () => {
    const page = pageOf(entries(PAGE_LIMIT_MAX + 5), { limit: PAGE_LIMIT_MAX + 5 });
    expect(page.ok && page.value.items).toHaveLength(PAGE_LIMIT_MAX);
  });

  it("reads every item exactly once, page after page", () => {
    const items = entries(23);
    const pages = readAll(items, 5);
    expect(pages.map((page) => page.length)).toEqual([5, 5, 5, 5, 3]);
    expect(pages.flat()).toEqual(items);
  });

  it("neither skips nor repeats when an entry is added before the position between two pages", () => {
    const items = entries(10);
    const first = pageOf(items, { limit: 4 });
    const cursor = first.ok ? first.value.nextCursor : undefined;
    const backdated = [{ id: "pain-backdated" }, ...items];
    const second = pageOf(backdated, { limit: 4, ...(cursor === undefined ? {} : { cursor }) });
    expect(second.ok && second.value.items.map((item) => item.id)).toEqual([
      "pain-4",
      "pain-5",
      "pain-6",
      "pain-7",
    ]);
  });

  it("starts at the same position when the page's last item was deleted", () => {
    const items = entries(10);
    const first = pageOf(items, { limit: 4 });
    const cursor = first.ok ? first.value.nextCursor : undefined;
    const withoutIt = items.filter((item) => item.id !== "pain-3");
    const second = pageOf(withoutIt, { limit: 2, ...(cursor === undefined ? {} : { cursor }) });
    expect(second.ok && second.value.items.map((item) => item.id)).toEqual(["pain-5", "pain-6"]);
  });

  it("refuses a cursor it did not write, naming the field", () => {
    const page = pageOf(entries(3), { cursor: "yesterday" });
    expect(page).toMatchObject({ ok: false, error: { kind: "invalid-input", field: "cursor" } });
  });
});

describe("list routes", () => {
  it("are every JSON list read, and take cursor and limit beside their own query", () => {
    expect(PAGED_ROUTE_NAMES).toContain("listPain");
    expect(PAGED_ROUTE_NAMES).toContain("listClients");
    expect(PAGED_ROUTE_NAMES).not.toContain("getProgress");
    expect(PAGED_ROUTE_NAMES).not.toContain("exportPainCsv");
    const query = pagedQuerySchemaOf(routes.listSessionLogs);
    expect(query.safeParse({ from: "2026-11-01", limit: "50" })).toMatchObject({
      success: true,
      data: { from: "2026-11-01", limit: 50 },
    });
    expect(query.safeParse({ limit: String(PAGE_LIMIT_MAX + 1) }).success).toBe(false);
    expect(query.safeParse({ limit: "0" }).success).toBe(false);
    expect(query.safeParse({ page: "2" }).success).toBe(false);
  });

  it("name their next page in a Link header", () => {
    expect(nextPageHref('</api/pain-entries?cursor=100.0a1b2c3d>; rel="next"')).toBe(
      "/api/pain-entries?cursor=100.0a1b2c3d",
    );
    expect(nextPageHref('</api/x?cursor=1.00000000>; rel="prev"')).toBeUndefined();
    expect(nextPageHref(null)).toBeUndefined();
  });
});
