import { describe, expect, it } from "vitest";
import { recountedRows } from "./testing/recounted-rows.js";
import { describeOnBothDialects } from "./testing/test-databases.js";
import { at, coachMaya, dana, leo, movementScreen, program, sessionLog } from "./testing/records.js";

describeOnBothDialects("account usage (the quotas' counts)", (openFresh) => {
  describe("Dana records pain twice on one day and saves a screen; Leo records once", () => {
    it("counts each person's rows, their dated entries per day, and the bytes of their stored JSON", async () => {
      const { repositories } = await openFresh();
      await repositories.accounts.insert(dana);
      await repositories.accounts.insert(leo);
      const pain = (id: string, accountId: string, date: string) => ({
        id,
        accountId,
        createdAt: at(1),
        entry: { date, painNow: 2, painUsual: 3, painWorst: 5 },
      });
      await repositories.outcomes.insertPain(pain("p1", "dana", "2026-11-20"));
      await repositories.outcomes.insertPain(pain("p2", "dana", "2026-11-20"));
      await repositories.outcomes.insertPain(pain("p3", "leo", "2026-11-20"));
      const before = await repositories.usage.storedBytesOf("dana");
      await repositories.movementScreens.insert(movementScreen("m1", "dana", at(2)));

      expect(await repositories.usage.rowsOf("dana")).toBe(3);
      expect(await repositories.usage.rowsOf("leo")).toBe(1);
      expect(await repositories.usage.entriesOn("dana", "2026-11-20")).toBe(2);
      expect(await repositories.usage.entriesOn("dana", "2026-11-21")).toBe(0);
      expect(await repositories.usage.activitiesOf("dana")).toBe(0);
      expect(before).toBeGreaterThan(0);
      expect(await repositories.usage.storedBytesOf("dana")).toBeGreaterThan(before);
      expect(await repositories.usage.storedBytesOf("nobody")).toBe(0);
    });
  });

  describe("coach Maya invites, notes and groups; Dana's program is shared; Dana sets up reminders", () => {
    it("counts the coach's rows on her account, share links on the program's owner, and what is live of each capped kind", async () => {
      const { repositories } = await openFresh();
      for (const one of [dana, leo, coachMaya]) await repositories.accounts.insert(one);
      const now = at(60);
      await repositories.strengthChecks.insert({
        id: "s1",
        accountId: "dana",
        createdAt: at(1),
        entry: {
          test: "side-bridge-hold",
          date: "2026-11-20",
          firstSide: "left",
          left: { holdSeconds: 41.3, timedBy: "stopwatch" },
          right: { holdSeconds: 38, timedBy: "stopwatch" },
        },
      });
      const code = (id: string, fields: object) => ({
        id,
        coachId: "maya",
        clientId: null,
        code: `CODE-${id}`,
        createdAt: at(1),
        expiresAt: at(120),
        acceptedAt: null,
        revokedAt: null,
        ...fields,
      });
      await repositories.coachLinks.insert(code("open", {}));
      await repositories.coachLinks.insert(code("expired", { expiresAt: at(30) }));
      await repositories.coachLinks.insert(code("revoked", { revokedAt: at(2) }));
      // Made before a coach chose the expiry: works two weeks from its making.
      await repositories.coachLinks.insert(code("undated", { expiresAt: null }));
      await repositories.coachLinks.insert(code("accepted", { clientId: "dana", acceptedAt: at(3) }));
      await repositories.coachNotes.insert({
        id: "n1",
        coachId: "maya",
        clientId: "dana",
        createdAt: at(4),
        body: "Hips.",
      });
      await repositories.groups.insert({
        id: "g1",
        coachId: "maya",
        name: "Tuesday runners",
        createdAt: at(4),
        template: null,
      });
      await repositories.programs.insert({
        id: "p1",
        accountId: "dana",
        groupId: null,
        createdAt: at(5),
        updatedAt: at(5),
        program: program("p1"),
      });
      const link = (id: string, fields: object) => ({
        id,
        programId: "p1",
        tokenHash: `hash-${id}`,
        createdByAccountId: "maya",
        createdAt: at(6),
        expiresAt: at(120),
        revokedAt: null,
        ...fields,
      });
      await repositories.shareLinks.insert(link("live", {}));
      await repositories.shareLinks.insert(link("gone", { expiresAt: at(59) }));
      await repositories.shareLinks.insert(link("withdrawn", { revokedAt: at(7) }));
      await repositories.pushSubscriptions.upsert({
        id: "push-1",
        accountId: "dana",
        endpoint: "https://push.example/dana-phone",
        keys: { p256dh: "key", auth: "auth" },
        reminderTime: "07:30",
        timeZone: "Europe/Paris",
        language: "fr",
        createdAt: at(8),
        lastSentOn: null,
      });

      // Dana: a strength check, a program and its three share links. Maya: five codes, a note, a group.
      expect(await repositories.usage.rowsOf("dana")).toBe(5);
      expect(await repositories.usage.rowsOf("maya")).toBe(7);
      expect(await repositories.usage.rowsOf("leo")).toBe(0);
      expect(await repositories.usage.storedBytesOf("maya")).toBeGreaterThan(0);
      expect(await repositories.usage.cappedOf("dana", "share-link", now)).toBe(1);
      expect(await repositories.usage.cappedOf("maya", "share-link", now)).toBe(0);
      expect(await repositories.usage.cappedOf("maya", "invitation", now)).toBe(2);
      // The coach's list of open codes reads them by the same rule, a page at a time (decision 0621).
      const open = await repositories.coachLinks.pageOpenForCoach("maya", now, 14, { limit: 1 });
      const rest = await repositories.coachLinks.pageOpenForCoach("maya", now, 14, {
        limit: 1,
        ...(open.next === undefined ? {} : { after: open.next }),
      });
      expect([...open.items, ...rest.items].map((link) => link.id)).toEqual(["open", "undated"]);
      expect(rest.next).toBeUndefined();
      expect(await repositories.usage.cappedOf("maya", "invitation", "2026-12-16T08:00:00.000Z")).toBe(0);
      expect(await repositories.usage.cappedOf("dana", "push-subscription", now)).toBe(1);
      expect(await repositories.usage.cappedOf("leo", "push-subscription", now)).toBe(0);
    });
  });

  describe("Dana logs sessions, retries one, rewrites a morning check-in, deletes a screen, an import of hers fails; then Dana leaves her coach", () => {
    it("keeps each account's row count equal to its rows at every step, without counting them", async () => {
      const { repositories, db } = await openFresh();
      for (const one of [dana, leo, coachMaya]) await repositories.accounts.insert(one);
      const expectCounts = async (counts: Record<string, number>) => {
        for (const [accountId, rows] of Object.entries(counts)) {
          expect(await repositories.usage.rowsOf(accountId)).toBe(rows);
          expect(await recountedRows(db, accountId)).toBe(rows);
        }
      };
      await expectCounts({ dana: 0, leo: 0, maya: 0 });

      await repositories.programs.insert({
        id: "p1",
        accountId: "dana",
        groupId: null,
        createdAt: at(1),
        updatedAt: at(1),
        program: program("p1"),
      });
      for (const [index, date] of ["2026-12-01", "2026-12-02", "2026-12-03"].entries()) {
        const log = sessionLog(`log-${index}`, "p1", date);
        expect(
          await repositories.sessionLogs.insertIfAbsent({ accountId: "dana", createdAt: at(2 + index), log }),
        ).toBe(true);
      }
      // The same log sent again (a retry after a lost answer) writes nothing and counts nothing.
      expect(
        await repositories.sessionLogs.insertIfAbsent({
          accountId: "dana",
          createdAt: at(9),
          log: sessionLog("log-0", "p1", "2026-12-01"),
        }),
      ).toBe(false);
      // A morning check-in written twice for one day is one row: the second write replaces the first.
      for (const [minutes, pain] of [
        [10, 4],
        [11, 2],
      ] as const) {
        await repositories.morningCheckIns.upsert({
          accountId: "dana",
          createdAt: at(minutes),
          checkIn: { date: "2026-12-02", pain, settled: pain < 3 },
        });
      }
      await repositories.movementScreens.insert(movementScreen("m1", "dana", at(10)));
      await repositories.movementScreens.insert(movementScreen("m2", "dana", at(11)));
      await repositories.movementScreens.insert(movementScreen("m3", "leo", at(11)));
      await expectCounts({ dana: 7, leo: 1, maya: 0 });

      await repositories.movementScreens.delete("m1");
      await expectCounts({ dana: 6, leo: 1 });

      // An import that stops part way (over its quota, say) undoes its rows and their count together.
      await expect(
        repositories.transaction(async (tx) => {
          await tx.sessionLogs.insertIfAbsent({
            accountId: "dana",
            createdAt: at(12),
            log: sessionLog("imported-1", "p1", "2026-11-01"),
          });
          await tx.movementScreens.insert(movementScreen("imported-m", "dana", at(12)));
          expect(await tx.usage.rowsOf("dana")).toBe(8);
          throw new Error("over the quota");
        }),
      ).rejects.toThrow("over the quota");
      await expectCounts({ dana: 6 });

      // Maya coaches Dana: the link and her note on Dana are Maya's rows; a share link of Dana's program is Dana's.
      await repositories.coachLinks.insert({
        id: "link-1",
        coachId: "maya",
        clientId: "dana",
        code: "CODE-1",
        createdAt: at(13),
        expiresAt: at(120),
        acceptedAt: at(14),
        revokedAt: null,
      });
      await repositories.coachNotes.insert({
        id: "n1",
        coachId: "maya",
        clientId: "dana",
        createdAt: at(15),
        body: "Hips.",
      });
      await repositories.shareLinks.insert({
        id: "share-1",
        programId: "p1",
        tokenHash: "hash-share-1",
        createdByAccountId: "maya",
        createdAt: at(16),
        expiresAt: at(120),
        revokedAt: null,
      });
      await expectCounts({ dana: 7, leo: 1, maya: 2 });

      // Dana deletes her account: her rows go, her count with them, and the link and note Maya kept on her too.
      await repositories.accounts.delete("dana");
      expect(await repositories.usage.rowsOf("dana")).toBe(0);
      await expectCounts({ leo: 1, maya: 0 });
      const left = await db
        .selectFrom("account_row_counts")
        .select("account_id")
        .orderBy("account_id")
        .execute();
      expect(left.map((row) => row.account_id)).not.toContain("dana");
    });
  });
});
