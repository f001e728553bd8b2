/**
 * Check-ins, programs, movement screens, coach notes, invitations and groups can carry an id chosen by the client (decision 0610). Their
 * primary key is what keeps a repeat single: two inserts of one id racing in two transactions store one row and
 * tell which one wrote it, on both dialects.
 */
import { expect, it } from "vitest";
import { describeOnBothDialects } from "./testing/test-databases.js";
import { at, checkIn, coachMaya, coachOmar, dana, movementScreen, program, T0 } from "./testing/records.js";

describeOnBothDialects("writes under a client's id", (openFresh) => {
  async function withPeople() {
    const storage = await openFresh();
    for (const person of [dana, coachMaya, coachOmar]) await storage.repositories.accounts.insert(person);
    return storage;
  }

  it("two transactions inserting one movement screen id at once store one screen; one of them wrote it", async () => {
    const { repositories } = await withPeople();
    const screen = movementScreen("m-retry", "dana", at(1));
    const inserted = await Promise.all(
      [screen, screen].map((record) => repositories.transaction((tx) => tx.movementScreens.insert(record))),
    );
    expect([...inserted].sort()).toEqual([false, true]);
    expect((await repositories.movementScreens.listFor("dana")).map((record) => record.id)).toEqual([
      "m-retry",
    ]);
  });

  it("a note id already stored writes nothing, even from another coach, and the first text stays", async () => {
    const { repositories } = await withPeople();
    const note = { id: "n-retry", coachId: "maya", clientId: "dana", createdAt: T0, body: "Band on." };
    const inserted = await Promise.all(
      [note, { ...note, coachId: "omar", body: "Other." }].map((record) =>
        repositories.transaction((tx) => tx.coachNotes.insert(record)),
      ),
    );
    expect([...inserted].sort()).toEqual([false, true]);
    const stored = await repositories.coachNotes.findById("n-retry");
    expect([
      ...(await repositories.coachNotes.list("maya", "dana")),
      ...(await repositories.coachNotes.list("omar", "dana")),
    ]).toEqual([stored]);
  });

  it("an invitation id already stored writes nothing, while a code already in use still refuses the insert", async () => {
    const { repositories } = await withPeople();
    const link = {
      id: "l-retry",
      coachId: "maya",
      clientId: null,
      code: "ABCD-EFGH",
      createdAt: T0,
      expiresAt: at(60),
      acceptedAt: null,
      revokedAt: null,
    };
    const inserted = await Promise.all(
      [link, link].map((record) => repositories.transaction((tx) => tx.coachLinks.insert(record))),
    );
    expect([...inserted].sort()).toEqual([false, true]);
    expect(await repositories.coachLinks.listForCoach("maya")).toHaveLength(1);
    await expect(repositories.coachLinks.insert({ ...link, id: "l-other" })).rejects.toThrow();
  });

  it("two transactions inserting one check-in id at once store one check-in", async () => {
    const { repositories } = await withPeople();
    const record = checkIn("c-retry", "dana", "2026-12-01");
    const inserted = await Promise.all(
      [record, record].map((one) => repositories.transaction((tx) => tx.checkIns.insert(one))),
    );
    expect([...inserted].sort()).toEqual([false, true]);
    expect((await repositories.checkIns.listFor("dana")).map((stored) => stored.id)).toEqual(["c-retry"]);
  });

  it("two transactions inserting one group id at once store one group", async () => {
    const { repositories } = await withPeople();
    const group = { id: "g-retry", coachId: "maya", name: "Tuesday runners", createdAt: T0, template: null };
    const inserted = await Promise.all(
      [group, group].map((one) => repositories.transaction((tx) => tx.groups.insert(one))),
    );
    expect([...inserted].sort()).toEqual([false, true]);
    expect(await repositories.groups.listForCoach("maya")).toHaveLength(1);
  });

  it("two transactions inserting one program id at once store one program", async () => {
    const { repositories } = await withPeople();
    const record = {
      id: "p-retry",
      accountId: "dana",
      groupId: null,
      createdAt: T0,
      updatedAt: T0,
      program: program("p-retry"),
    };
    const inserted = await Promise.all(
      [record, record].map((one) => repositories.transaction((tx) => tx.programs.insertIfAbsent(one))),
    );
    expect([...inserted].sort()).toEqual([false, true]);
    expect((await repositories.programs.listFor("dana")).map((stored) => stored.id)).toEqual(["p-retry"]);
  });

  it("a check-in keeps the revision it resumed a paused program with, for its repeat to answer (0635)", async () => {
    const { repositories } = await withPeople();
    await repositories.checkIns.insert(checkIn("c-resumed", "dana", "2026-12-01"));
    await repositories.checkIns.insert(checkIn("c-plain", "dana", "2026-12-02"));
    await repositories.transaction((tx) =>
      tx.checkIns.markResumed("c-resumed", { programId: "p-paused", revision: 3 }),
    );
    expect(await repositories.checkIns.resumedBy("c-resumed")).toEqual({
      programId: "p-paused",
      revision: 3,
    });
    expect(await repositories.checkIns.resumedBy("c-plain")).toBeUndefined();
    expect(await repositories.checkIns.resumedBy("c-unknown")).toBeUndefined();
    expect((await repositories.checkIns.findById("c-resumed"))?.id).toBe("c-resumed");
  });

  it("an emailed invitation keeps its mail's digest; one made by hand has none (0635)", async () => {
    const { repositories } = await withPeople();
    const link = {
      id: "l-mailed",
      coachId: "maya",
      clientId: null,
      code: "MAIL-EDAB",
      createdAt: T0,
      expiresAt: at(60),
      acceptedAt: null,
      revokedAt: null,
    };
    await repositories.coachLinks.insert({ ...link, mailDigest: "d1gest" });
    await repositories.coachLinks.insert({ ...link, id: "l-by-hand", code: "HAND-MADE" });
    expect(await repositories.coachLinks.findById("l-mailed")).toEqual({ ...link, mailDigest: "d1gest" });
    expect(await repositories.coachLinks.findById("l-by-hand")).toEqual({
      ...link,
      id: "l-by-hand",
      code: "HAND-MADE",
    });
  });
});
