import SQLite from "better-sqlite3";
import { Kysely, SqliteDialect, sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import type { Database } from "../database-schema.js";
import { reusedQuery } from "./reused-query.js";

const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: new SQLite(":memory:") }) });
await sql`create table session_logs (account_id text, id text, program_id text, date text)`.execute(db);
await sql`insert into session_logs values ('dana', 'a', 'p1', '2026-11-22'), ('dana', 'b', 'p1', '2026-11-23'), ('dana', 'c', 'p2', '2026-11-24'), ('alex', 'd', 'p1', '2026-11-25')`.execute(
  db,
);
afterAll(() => db.destroy());

const idsOf = (accountId: string, programIds: readonly string[]) =>
  reusedQuery(
    db,
    `test-ids:${programIds.length}`,
    () =>
      db
        .selectFrom("session_logs")
        .select("id")
        .where("account_id", "=", accountId)
        .where("program_id", "in", [...programIds])
        .orderBy("id"),
    [accountId, ...programIds],
  );

describe("a query reused per shape (decision 0590)", () => {
  it("answers with the new values as a freshly built query would, and compiles a shape once", async () => {
    const first = idsOf("dana", ["p1"]);
    const again = idsOf("alex", ["p1"]);
    expect(again.sql).toBe(first.sql);
    expect((await db.executeQuery(first)).rows).toEqual([{ id: "a" }, { id: "b" }]);
    expect((await db.executeQuery(again)).rows).toEqual([{ id: "d" }]);
    const twoPrograms = idsOf("dana", ["p1", "p2"]);
    expect(twoPrograms.sql).not.toBe(first.sql);
    expect((await db.executeQuery(twoPrograms)).rows).toEqual([{ id: "a" }, { id: "b" }, { id: "c" }]);
  });

  it("refuses an undefined value, which Kysely would leave out of the text", () => {
    expect(() => idsOf("dana", [undefined as unknown as string])).toThrow(/undefined/);
  });

  it("refuses values given in another order than the query binds them, before running anything", () => {
    expect(() =>
      reusedQuery(
        db,
        "test-misordered",
        () =>
          db
            .selectFrom("session_logs")
            .select("id")
            .where("account_id", "=", "dana")
            .where("date", ">", "2026-11-22"),
        ["2026-11-22", "dana"],
      ),
    ).toThrow(/not the ones the query binds/);
  });
});
