import { describe, expect, it } from "vitest";
import { describeOnBothDialects } from "./testing/test-databases.js";
import { at, coachMaya, dana, program, T0 } from "./testing/records.js";
import type { ShareLinkRecord } from "@hipcheck/application";

const link = (
  id: string,
  tokenHash: string,
  createdByAccountId: string | null = "dana",
): ShareLinkRecord => ({
  id,
  programId: "p1",
  tokenHash,
  createdByAccountId,
  createdAt: at(Number(id.slice(1))),
  expiresAt: at(60 * 24 * 30),
  revokedAt: null,
});

describeOnBothDialects("share link repository", (openFresh) => {
  async function withDanasProgram() {
    const storage = await openFresh();
    const { repositories } = storage;
    await repositories.accounts.insert(dana);
    await repositories.accounts.insert(coachMaya);
    await repositories.programs.insert({
      id: "p1",
      accountId: "dana",
      groupId: null,
      createdAt: T0,
      updatedAt: T0,
      program: program("p1"),
    });
    return { storage, repositories };
  }

  describe("Dana shares her program with her physio", () => {
    it("finds a link by its token hash and by id, and lists the program's links oldest first", async () => {
      const { repositories } = await withDanasProgram();
      await repositories.shareLinks.insert(link("s2", "hash-2", "maya"));
      await repositories.shareLinks.insert(link("s1", "hash-1"));
      expect(await repositories.shareLinks.findByTokenHash("hash-1")).toEqual(link("s1", "hash-1"));
      expect(await repositories.shareLinks.findById("s2")).toEqual(link("s2", "hash-2", "maya"));
      expect(await repositories.shareLinks.findByTokenHash("unknown")).toBeUndefined();
      expect((await repositories.shareLinks.listForProgram("p1")).map((entry) => entry.id)).toEqual([
        "s1",
        "s2",
      ]);
    });

    it("writes no second link with the same token hash, and says so", async () => {
      const { repositories } = await withDanasProgram();
      expect(await repositories.shareLinks.insert(link("s1", "same"))).toBe(true);
      expect(await repositories.shareLinks.insert(link("s2", "same"))).toBe(false);
      expect(await repositories.shareLinks.findById("s2")).toBeUndefined();
      expect(await repositories.shareLinks.findByTokenHash("same")).toEqual(link("s1", "same"));
    });

    it("two transactions inserting one link (one id, one token) at once store one; one of them wrote it", async () => {
      const { repositories } = await withDanasProgram();
      const inserted = await Promise.all(
        [link("s9", "hash-retry"), link("s9", "hash-retry")].map((one) =>
          repositories.transaction((tx) => tx.shareLinks.insert(one)),
        ),
      );
      expect([...inserted].sort()).toEqual([false, true]);
      expect((await repositories.shareLinks.listForProgram("p1")).map((entry) => entry.id)).toEqual(["s9"]);
    });

    it("keeps the first revocation instant when a link is revoked twice", async () => {
      const { repositories } = await withDanasProgram();
      await repositories.shareLinks.insert(link("s1", "hash-1"));
      await repositories.shareLinks.revoke("s1", at(5));
      await repositories.shareLinks.revoke("s1", at(9));
      expect((await repositories.shareLinks.findById("s1"))?.revokedAt).toBe(at(5));
    });

    it("a coach's link stays when the coach deletes their account; all go with Dana's account", async () => {
      const { repositories } = await withDanasProgram();
      await repositories.shareLinks.insert(link("s1", "hash-1", "maya"));
      await repositories.accounts.delete("maya");
      expect((await repositories.shareLinks.findById("s1"))?.createdByAccountId).toBeNull();
      await repositories.accounts.delete("dana");
      expect(await repositories.shareLinks.findById("s1")).toBeUndefined();
    });
  });
});
