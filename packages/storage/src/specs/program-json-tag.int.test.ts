/**
 * A program is read by the tag written with its text (decision 0630): a write that finds the tag it already holds
 * does not read the JSON again. On both dialects, every write gives a new tag, so no other text is ever taken for a
 * tag: not after a revision rolled back, not after another revision with the same number at the same instant,
 * not after a write by another server, and a row from before tags is read from its text.
 */
import { randomUUID } from "node:crypto";
import type { ProgramRevision } from "@hipcheck/core";
import { sql } from "kysely";
import { expect, it } from "vitest";
import { describeOnBothDialects } from "../testing/test-databases.js";
import { at, dana, program, T0 } from "../testing/records.js";

describeOnBothDialects("a program read by its tag", (openFresh) => {
  async function withDana() {
    const storage = await openFresh();
    await storage.repositories.accounts.insert(dana);
    return { storage, repositories: storage.repositories };
  }

  it("reads a program by the tag written with its text: every write gives a new tag, so no other text is ever taken for it (decision 0630)", async () => {
    const { storage, repositories } = await withDana();
    await repositories.programs.insert({
      id: "p1",
      accountId: "dana",
      groupId: null,
      createdAt: T0,
      updatedAt: T0,
      program: program("p1"),
    });
    const tags = async () =>
      (
        await sql<{
          tag: string | null;
        }>`select program_json_tag as tag from programs where id = 'p1'`.execute(storage.db)
      ).rows[0]?.tag;
    const inserted = await tags();
    expect(inserted).toMatch(/^[0-9a-f-]{36}$/);
    expect((await repositories.programs.findById("p1"))?.program).toEqual(program("p1"));
    const revision: ProgramRevision = {
      revision: 1,
      changedAt: at(10),
      changedBy: "person",
      reason: { en: "x", fr: "x" },
      changes: [],
    };
    // A revision read inside its transaction, then rolled back: its program must not outlive it.
    const rolledBack = { ...program("p1", 1), startDate: "2026-12-08" };
    await expect(
      repositories.transaction(async (tx) => {
        await tx.programs.applyRevision(
          { programId: "p1", changedByAccountId: "dana", revision, programAfter: rolledBack },
          at(10),
        );
        expect((await tx.programs.findById("p1"))?.program).toEqual(rolledBack);
        throw new Error("the write fails after its revision");
      }),
    ).rejects.toThrow("the write fails");
    expect(await tags()).toBe(inserted);
    expect((await repositories.programs.findById("p1"))?.program).toEqual(program("p1"));
    // The same revision number at the same instant, with other content (another server, or the write again).
    await repositories.programs.applyRevision(
      { programId: "p1", changedByAccountId: "dana", revision, programAfter: program("p1", 1) },
      at(10),
    );
    const revised = await tags();
    expect(revised).not.toBe(inserted);
    expect((await repositories.programs.findById("p1"))?.program).toEqual(program("p1", 1));
    // Written by another server: its own text and tag. A row from before tags is read from its text.
    const elsewhere = { ...program("p1", 2), startDate: "2026-12-15" };
    await sql`update programs set program_json = ${JSON.stringify(elsewhere)}, program_json_tag = ${randomUUID()} where id = 'p1'`.execute(
      storage.db,
    );
    expect((await repositories.programs.findById("p1"))?.program).toEqual(elsewhere);
    await sql`update programs set program_json = ${JSON.stringify(program("p1", 3))}, program_json_tag = null where id = 'p1'`.execute(
      storage.db,
    );
    expect((await repositories.programs.findById("p1"))?.program).toEqual(program("p1", 3));
    expect((await repositories.programs.latestFor("dana"))?.program).toEqual(program("p1", 3));
  });
});
