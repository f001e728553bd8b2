import type { ListKey, ListPage, ListPageRequest } from "@hipcheck/application";
import { sql } from "kysely";
import type { SelectQueryBuilder } from "kysely";
import type { Database } from "../database-schema.js";

/** The tables whose lists are cut in SQL, and the column between date and id in each one's list order. */
type Middle = {
  session_logs: "created_at";
  pain_entries: "created_at";
  psfs_entries: "created_at";
  activities: "start_time";
  check_ins: "created_at";
  strength_checks: "created_at";
};

/**
 * A page of a list in its own order, cut in SQL (decision 0412): the rows after the page's start key, by
 * (date, `middle`, id), which the table's `<table>_account_order` index holds in that order, so the database
 * seeks to the start instead of counting past the rows before it. One row more than the limit says whether more
 * follow. The key's `createdAt` carries the middle column (an activity's start time, decision 0512).
 */
export async function keysetPage<
  T extends keyof Middle,
  M extends Middle[T],
  O extends { date: string; id: string } & Record<M, string>,
  R,
>(
  query: SelectQueryBuilder<Database, T, O>,
  middle: M,
  page: ListPageRequest,
  toItem: (row: O) => R,
): Promise<ListPage<R>> {
  let cut = query;
  const after = page.after;
  if (after !== undefined) {
    // A row value comparison: one index range on both SQLite (3.15+) and PostgreSQL.
    cut = cut.where(
      sql<boolean>`(date, ${sql.ref(middle)}, id) > (${after.date}, ${after.createdAt}, ${after.id})`,
    );
  }
  const rows = await cut
    .orderBy(sql.ref("date"))
    .orderBy(sql.ref(middle))
    .orderBy(sql.ref("id"))
    .limit(page.limit + 1)
    .execute();
  const items = rows.slice(0, page.limit);
  const last = items.at(-1);
  const next: ListKey | undefined =
    rows.length > page.limit && last !== undefined
      ? { date: last.date, createdAt: last[middle], id: last.id }
      : undefined;
  return { items: items.map(toItem), next };
}

/** The two columns of a list ordered by one column then a tiebreak that makes each row's pair unique. */
export type PairOrder = { readonly first: string; readonly tiebreak: string };

/**
 * A page of a list ordered by one column and a tiebreak (decision 0621): an account's email then its id, a coach
 * note's creation instant then its id, a morning check-in's date then its owner (one a day). The rows after the
 * page's key by `(first, tiebreak)`, read from the index that starts with the list's owner and the first column
 * where there is one. The key's `createdAt` carries the first column, its `id` the tiebreak, its `date` the first
 * column's first ten characters (the day of an instant), so the cursor is the one of every keyset route.
 */
export async function pairKeysetPage<DB, TB extends keyof DB, O, R>(
  query: SelectQueryBuilder<DB, TB, O>,
  order: PairOrder,
  page: ListPageRequest,
  keyOf: (row: O) => { readonly first: string; readonly tiebreak: string },
  toItem: (row: O) => R,
): Promise<ListPage<R>> {
  let cut = query;
  const after = page.after;
  if (after !== undefined) {
    cut = cut.where(
      sql<boolean>`(${sql.ref(order.first)}, ${sql.ref(order.tiebreak)}) > (${after.createdAt}, ${after.id})`,
    );
  }
  const rows = await cut
    .orderBy(sql.ref(order.first))
    .orderBy(sql.ref(order.tiebreak))
    .limit(page.limit + 1)
    .execute();
  const items = rows.slice(0, page.limit);
  const last = items.at(-1);
  let next: ListKey | undefined;
  if (rows.length > page.limit && last !== undefined) {
    const key = keyOf(last);
    next = { date: key.first.slice(0, 10), createdAt: key.first, id: key.tiebreak };
  }
  return { items: items.map(toItem), next };
}
