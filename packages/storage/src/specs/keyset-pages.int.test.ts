/**
 * The long lists read one page at a time in SQL (decision 0412): the pages, joined, are the whole list in its
 * order, ties on date and creation instant included, on both dialects; on SQLite the page is an index seek.
 */
import { expect, it } from "vitest";
import { sql } from "kysely";
import type { ActivityRecord, ListKey, ListPage, PainEntryRecord } from "@hipcheck/application";
import { describeOnBothDialects } from "../testing/test-databases.js";
import { personas } from "@hipcheck/core/testing";
import { account, adminAda, at, checkIn, coachMaya, dana, leo, movementScreen } from "../testing/records.js";

function pain(id: string, accountId: string, date: string, minutes: number): PainEntryRecord {
  return { id, accountId, createdAt: at(minutes), entry: { date, painNow: 2, painUsual: 3, painWorst: 5 } };
}

function activity(id: string, accountId: string, date: string, startTime: string): ActivityRecord {
  return {
    id,
    accountId,
    fileHash: "b".repeat(64),
    fileName: "week.fit",
    position: Number(id.replace(/\D/g, "")),
    importedAt: at(0),
    activity: {
      source: "fit",
      date,
      startTime: `${date}T${startTime}:00.000Z`,
      sport: "running",
      durationSeconds: 1800,
      distanceMeters: 5000,
      cadencePerMin: 84,
      repetitions: { kind: "steps", count: 2520, source: "recorded-total" },
    },
  };
}

async function everyPage<T>(read: (after: ListKey | undefined) => Promise<ListPage<T>>) {
  const pages: (readonly T[])[] = [];
  let after: ListKey | undefined;
  do {
    const page = await read(after);
    pages.push(page.items);
    after = page.next;
  } while (after !== undefined);
  return pages;
}

describeOnBothDialects("lists paged in SQL", (openFresh, dialect) => {
  it("gives the whole list in its order, page after page, ties on date and instant included", async () => {
    const { repositories, db } = await openFresh();
    await repositories.accounts.insert(dana);
    await repositories.accounts.insert(leo);
    // Inserted out of order; three share a date, two of them also an instant (the id decides).
    const entries = [
      pain("p-c", "dana", "2026-11-20", 5),
      pain("p-a", "dana", "2026-11-18", 9),
      pain("p-e", "dana", "2026-11-20", 1),
      pain("p-b", "dana", "2026-11-20", 5),
      pain("p-d", "dana", "2026-11-22", 0),
      pain("p-f", "dana", "2026-11-19", 3),
      pain("p-g", "dana", "2026-11-25", 3),
      pain("p-leo", "leo", "2026-11-20", 5),
    ];
    for (const entry of entries) await repositories.outcomes.insertPain(entry);

    const pages = await everyPage((after) =>
      repositories.outcomes.pagePain("dana", { limit: 3, ...(after === undefined ? {} : { after }) }),
    );
    expect(pages.map((page) => page.map((entry) => entry.id))).toEqual([
      ["p-a", "p-f", "p-e"],
      ["p-b", "p-c", "p-d"],
      ["p-g"],
    ]);
    expect(pages.flat()).toEqual(await repositories.outcomes.listPain("dana"));
    // A page that ends exactly at the end of the list says no more follow.
    const whole = await repositories.outcomes.pagePain("dana", { limit: 7 });
    expect(whole.next).toBeUndefined();
    expect(whole.items).toHaveLength(7);

    if (dialect === "sqlite") {
      const plan = await sql<{ detail: string }>`explain query plan select * from pain_entries
        where account_id = ${"dana"} and (date, created_at, id) > (${"2026-11-20"}, ${at(5)}, ${"p-b"})
        order by date, created_at, id limit 4`.execute(db);
      const details = plan.rows.map((row) => row.detail).join("\n");
      expect(details).toContain("pain_entries_account_order");
      expect(details).not.toContain("TEMP B-TREE");
    }
  });

  it("pages activities by date, start time and id, on the index, as they are listed", async () => {
    const { repositories, db } = await openFresh();
    await repositories.accounts.insert(dana);
    await repositories.accounts.insert(leo);
    // Inserted out of order; two runs start at the same minute of one day (the id decides).
    const runs = [
      activity("a5", "dana", "2026-11-20", "18:00"),
      activity("a1", "dana", "2026-11-18", "07:00"),
      activity("a4", "dana", "2026-11-20", "07:00"),
      activity("a3", "dana", "2026-11-20", "07:00"),
      activity("a2", "dana", "2026-11-19", "06:30"),
      activity("a6", "leo", "2026-11-19", "06:30"),
    ];
    for (const run of runs) await repositories.activities.insertIfAbsent(run);

    const pages = await everyPage((after) =>
      repositories.activities.pageFor("dana", { limit: 2, ...(after === undefined ? {} : { after }) }),
    );
    expect(pages.map((page) => page.map((run) => run.id))).toEqual([["a1", "a2"], ["a3", "a4"], ["a5"]]);
    expect(pages.flat()).toEqual(await repositories.activities.listFor("dana"));

    if (dialect === "sqlite") {
      const plan = await sql<{ detail: string }>`explain query plan select * from activities
        where account_id = ${"dana"} and (date, start_time, id) > (${"2026-11-19"}, ${"2026-11-19T06:30:00.000Z"}, ${"a2"})
        order by date, start_time, id limit 3`.execute(db);
      const details = plan.rows.map((row) => row.detail).join("\n");
      expect(details).toContain("activities_account_order");
      expect(details).not.toContain("TEMP B-TREE");
    }
  });

  it("pages strength checks by date, instant and id, as they are listed (decision 0625)", async () => {
    const { repositories } = await openFresh();
    await repositories.accounts.insert(dana);
    await repositories.accounts.insert(leo);
    const check = (id: string, accountId: string, date: string, minutes: number) => ({
      id,
      accountId,
      createdAt: at(minutes),
      entry: {
        test: "side-bridge-hold" as const,
        date,
        firstSide: "left" as const,
        left: { holdSeconds: 48, timedBy: "stopwatch" as const },
        right: { holdSeconds: 60, timedBy: "stopwatch" as const },
      },
    });
    // Inserted out of order; two made the same instant of one day (the id decides).
    const records = [
      check("s4", "dana", "2026-12-01", 3),
      check("s1", "dana", "2026-11-20", 0),
      check("s3", "dana", "2026-12-01", 1),
      check("s2", "dana", "2026-12-01", 1),
      check("s5", "leo", "2026-11-20", 0),
    ];
    for (const record of records) await repositories.strengthChecks.insert(record);

    const pages = await everyPage((after) =>
      repositories.strengthChecks.pageFor("dana", { limit: 3, ...(after === undefined ? {} : { after }) }),
    );
    expect(pages.map((page) => page.map((record) => record.id))).toEqual([["s1", "s2", "s3"], ["s4"]]);
    expect(pages.flat()).toEqual(await repositories.strengthChecks.listFor("dana"));
  });

  it("pages movement screens' reports by instant and id without their keypoints (decision 0671)", async () => {
    const { repositories } = await openFresh();
    await repositories.accounts.insert(dana);
    await repositories.accounts.insert(leo);
    // Inserted out of order; two recorded the same instant (the id decides); Leo's is not Dana's.
    for (const record of [
      movementScreen("m4", "dana", at(9)),
      movementScreen("m1", "dana", at(0)),
      movementScreen("m3", "dana", at(5)),
      movementScreen("m2", "dana", at(5)),
      movementScreen("m5", "leo", at(1)),
    ]) {
      await repositories.movementScreens.insert(record);
    }

    const pages = await everyPage((after) =>
      repositories.movementScreens.pageReportsFor("dana", {
        limit: 3,
        ...(after === undefined ? {} : { after }),
      }),
    );
    expect(pages.map((page) => page.map((record) => record.id))).toEqual([["m1", "m2", "m3"], ["m4"]]);
    const whole = await repositories.movementScreens.listFor("dana");
    expect(pages.flat()).toEqual(
      whole.map(({ id, accountId, recordedAt, report }) => ({ id, accountId, recordedAt, report })),
    );
    expect(pages.flat().some((record) => "keypoints" in record)).toBe(false);
  });

  it("pages check-ins by date, instant and id, as they are listed (decision 0601)", async () => {
    const { repositories } = await openFresh();
    await repositories.accounts.insert(dana);
    await repositories.accounts.insert(leo);
    // Inserted out of order; two made the same instant of one day (the id decides).
    const records = [
      checkIn("c4", "dana", "2026-12-01", personas.runnerPfp, at(3)),
      checkIn("c1", "dana", "2026-11-20", personas.runnerPfp, at(0)),
      checkIn("c3", "dana", "2026-12-01", personas.runnerPfp, at(1)),
      checkIn("c2", "dana", "2026-12-01", personas.runnerPfp, at(1)),
      checkIn("c5", "leo", "2026-11-20", personas.runnerPfp, at(0)),
    ];
    for (const record of records) await repositories.checkIns.insert(record);

    const pages = await everyPage((after) =>
      repositories.checkIns.pageFor("dana", { limit: 3, ...(after === undefined ? {} : { after }) }),
    );
    expect(pages.map((page) => page.map((record) => record.id))).toEqual([["c1", "c2", "c3"], ["c4"]]);
    expect(pages.flat()).toEqual(await repositories.checkIns.listFor("dana"));
  });

  it("pages accounts by email and coach notes by instant and id, as they are listed (decision 0621)", async () => {
    const { repositories, db } = await openFresh();
    for (const one of [leo, coachMaya, dana, adminAda, account("bea", "Bea@example.org")]) {
      await repositories.accounts.insert(one);
    }
    const accounts = await everyPage((after) =>
      repositories.accounts.pageSummaries(undefined, { limit: 2, ...(after === undefined ? {} : { after }) }),
    );
    expect(accounts.map((page) => page.length)).toEqual([2, 2, 1]);
    expect(accounts.flat()).toEqual(await repositories.accounts.listSummaries());
    const people = await everyPage((after) =>
      repositories.accounts.pageSummaries("person", { limit: 1, ...(after === undefined ? {} : { after }) }),
    );
    expect(people.flat().map((one) => one.id)).toEqual(["bea", "dana", "leo"]);

    // Inserted out of order; three written the same instant (the id decides).
    for (const [id, minutes] of [
      ["n3", 2],
      ["n1", 1],
      ["n5", 2],
      ["n2", 2],
      ["n4", 3],
    ] as const) {
      await repositories.coachNotes.insert({
        id,
        coachId: "maya",
        clientId: "dana",
        createdAt: at(minutes),
        body: id,
      });
    }
    await repositories.coachNotes.insert({
      id: "n0",
      coachId: "maya",
      clientId: "leo",
      createdAt: at(0),
      body: "",
    });
    const notes = await everyPage((after) =>
      repositories.coachNotes.page("maya", "dana", { limit: 2, ...(after === undefined ? {} : { after }) }),
    );
    expect(notes.map((page) => page.map((note) => note.id))).toEqual([["n1", "n2"], ["n3", "n5"], ["n4"]]);
    expect(notes.flat()).toEqual(await repositories.coachNotes.list("maya", "dana"));

    if (dialect === "sqlite") {
      const plan = await sql<{ detail: string }>`explain query plan select * from accounts
        where (email_key, id) > (${"dana.runner@example.org"}, ${"dana"}) order by email_key, id limit 3`.execute(
        db,
      );
      expect(plan.rows.map((row) => row.detail).join("\n")).not.toContain("SCAN accounts");
    }
  });
});
