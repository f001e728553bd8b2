import { type ProgramRevision } from "@hipcheck/core";
import { personas } from "@hipcheck/core/testing";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { migrateToLatest } from "./open-storage.js";
import { describeOnBothDialects } from "./testing/test-databases.js";
import {
  account,
  adminAda,
  at,
  checkIn,
  coachMaya,
  coachOmar,
  dana,
  leo,
  movementScreen,
  program,
  sessionLog,
  T0,
} from "./testing/records.js";

describeOnBothDialects("repository contract", (openFresh, dialect) => {
  async function withPeople() {
    const storage = await openFresh();
    const { repositories } = storage;
    for (const person of [dana, coachMaya, coachOmar, leo, adminAda]) {
      await repositories.accounts.insert(person);
    }
    return { storage, repositories };
  }

  it("reports its dialect, and running the migrations again changes nothing", async () => {
    const storage = await openFresh();
    expect(storage.dialect).toBe(dialect);
    await storage.repositories.accounts.insert(dana);
    await migrateToLatest(storage.db);
    const applied = await sql<{ name: string }>`select name from kysely_migration`.execute(storage.db);
    expect(applied.rows.map((row) => row.name)).toEqual([
      "2026-11-22T0000-initial",
      "2026-11-22T0100-share-links",
      "2026-11-22T0200-activities",
      "2026-11-22T0300-imported-movement-findings",
      "2026-12-04T1540-invitation-expiry",
      "2026-12-04T1600-attempt-counters",
      "2026-12-04T1630-push-subscriptions",
      "2026-12-04T1800-account-display-name",
      "2026-12-04T1810-password-resets",
      "2026-12-04T1900-strength-checks",
      "2026-12-04T2000-list-order-indexes",
      "2026-12-04T2020-two-step",
      "2026-12-05T0100-session-log-rule-columns",
      "2026-12-05T0110-activity-list-order",
      "2026-12-05T0630-program-json-tag",
      "2026-12-05T0635-answers-of-repeated-writes",
      "2026-12-05T0710-leaner-session-log-write",
      "2026-12-05T1410-imported-finding-source-ids",
      "2026-12-05T1420-program-log-tags",
      "2026-12-05T1430-account-row-counts",
    ]);
    expect(await storage.repositories.accounts.findById("dana")).toEqual(dana);
  });

  describe("accounts", () => {
    it("finds Dana by her email in any letter case, and refuses a second account with it", async () => {
      const { repositories } = await withPeople();
      expect(await repositories.accounts.findByEmail("dana.runner@EXAMPLE.org")).toEqual(dana);
      await expect(
        repositories.accounts.insert(account("dana-2", "DANA.RUNNER@example.org")),
      ).rejects.toThrow();
      expect(await repositories.accounts.findById("dana-2")).toBeUndefined();
    });

    it("counts roles and changes a password hash", async () => {
      const { repositories } = await withPeople();
      expect(await repositories.accounts.countByRole("coach")).toBe(2);
      expect(await repositories.accounts.countByRole("admin")).toBe(1);
      await repositories.accounts.updatePasswordHash("dana", "new-hash");
      expect((await repositories.accounts.findById("dana"))?.passwordHash).toBe("new-hash");
    });

    it("keeps the name Maya chooses to show her clients, and forgets it when she clears it", async () => {
      const { repositories } = await withPeople();
      expect((await repositories.accounts.findById("maya"))?.displayName).toBeNull();
      await repositories.accounts.updateDisplayName("maya", "Maya Lefèvre, kiné");
      expect((await repositories.accounts.findById("maya"))?.displayName).toBe("Maya Lefèvre, kiné");
      expect((await repositories.accounts.listSummaries("coach"))[0]?.displayName).toBe("Maya Lefèvre, kiné");
      await repositories.accounts.updateDisplayName("maya", null);
      expect((await repositories.accounts.findByEmail("MAYA@clinic.example"))?.displayName).toBeNull();
    });

    it("lists accounts by email without their hashes, with active coach links on either side", async () => {
      const { repositories } = await withPeople();
      const link = (id: string, coachId: string, clientId: string | null, accepted: boolean) => ({
        id,
        coachId,
        clientId,
        code: `CODE-${id}`,
        createdAt: T0,
        acceptedAt: accepted ? at(1) : null,
        revokedAt: null,
      });
      await repositories.coachLinks.insert(link("l1", "maya", "dana", true));
      // Leo's invitation from Omar is still pending, and Omar's earlier link with Leo was revoked.
      await repositories.coachLinks.insert(link("l2", "omar", null, false));
      await repositories.coachLinks.insert(link("l3", "omar", "leo", true));
      await repositories.coachLinks.revoke("l3", at(2));
      const summaries = await repositories.accounts.listSummaries();
      expect(summaries.map((summary) => summary.id)).toEqual(["ada", "dana", "leo", "maya", "omar"]);
      expect(summaries.find((summary) => summary.id === "dana")).toEqual({
        id: "dana",
        email: "Dana.Runner@example.org",
        displayName: null,
        role: "person",
        createdAt: T0,
        hasCoach: true,
        hasClients: false,
      });
      expect(summaries.find((summary) => summary.id === "maya")).toMatchObject({
        hasCoach: false,
        hasClients: true,
      });
      for (const id of ["leo", "omar", "ada"]) {
        expect(summaries.find((summary) => summary.id === id)).toMatchObject({
          hasCoach: false,
          hasClients: false,
        });
      }
      expect((await repositories.accounts.listSummaries("coach")).map((summary) => summary.id)).toEqual([
        "maya",
        "omar",
      ]);
      expect(await repositories.accounts.listSummaries("admin")).toHaveLength(1);
    });

    it("refuses a role outside person, coach, admin", async () => {
      const { storage } = await withPeople();
      const insert = storage.db
        .insertInto("accounts")
        .values({
          id: "x",
          email: "x@example.org",
          email_key: "x@example.org",
          password_hash: "h",
          role: "superuser",
          created_at: T0,
        })
        .execute();
      await expect(insert).rejects.toThrow();
    });
  });

  describe("sign-in sessions", () => {
    it("finds a session by token hash, ends one, and ends all but one", async () => {
      const { repositories } = await withPeople();
      for (const tokenHash of ["h1", "h2", "h3"]) {
        await repositories.authSessions.insert({
          tokenHash,
          accountId: "dana",
          createdAt: T0,
          expiresAt: at(60),
        });
      }
      await repositories.authSessions.insert({
        tokenHash: "leo-1",
        accountId: "leo",
        createdAt: T0,
        expiresAt: at(60),
      });
      expect(await repositories.authSessions.findByTokenHash("h2")).toEqual({
        tokenHash: "h2",
        accountId: "dana",
        createdAt: T0,
        expiresAt: at(60),
      });
      await repositories.authSessions.deleteByTokenHash("h1");
      expect(await repositories.authSessions.deleteAllForAccount("dana", "h3")).toBe(1);
      expect(await repositories.authSessions.findByTokenHash("h3")).toBeDefined();
      expect(await repositories.authSessions.deleteAllForAccount("dana")).toBe(1);
      expect(await repositories.authSessions.findByTokenHash("leo-1")).toBeDefined();
    });

    it("reads a session with its account's role, and nothing for a token never given", async () => {
      const { repositories } = await withPeople();
      for (const [tokenHash, accountId] of [
        ["dana-1", "dana"],
        ["maya-1", coachMaya.id],
      ] as const) {
        await repositories.authSessions.insert({ tokenHash, accountId, createdAt: T0, expiresAt: at(60) });
      }
      expect(await repositories.authSessions.findSignedIn("dana-1")).toEqual({
        tokenHash: "dana-1",
        accountId: "dana",
        createdAt: T0,
        expiresAt: at(60),
        role: dana.role,
      });
      expect((await repositories.authSessions.findSignedIn("maya-1"))?.role).toBe("coach");
      expect(await repositories.authSessions.findSignedIn("no-such-token")).toBeUndefined();
    });

    it("deletes the sessions expired at an instant, whoever's they are, and no other", async () => {
      const { repositories } = await withPeople();
      for (const [tokenHash, accountId, expiresAt] of [
        ["dana-old", "dana", at(10)],
        ["leo-old", "leo", at(20)],
        ["dana-live", "dana", at(21)],
      ] as const) {
        await repositories.authSessions.insert({ tokenHash, accountId, createdAt: T0, expiresAt });
      }
      expect(await repositories.authSessions.deleteExpired(at(20))).toBe(2);
      expect(await repositories.authSessions.findByTokenHash("dana-old")).toBeUndefined();
      expect(await repositories.authSessions.findByTokenHash("leo-old")).toBeUndefined();
      expect(await repositories.authSessions.findByTokenHash("dana-live")).toBeDefined();
      expect(await repositories.authSessions.deleteExpired(at(20))).toBe(0);
    });
  });

  describe("profiles", () => {
    it("keeps one profile per person, the latest written", async () => {
      const { repositories } = await withPeople();
      const first = {
        accountId: "dana",
        language: "en",
        sports: ["running"],
        equipment: ["mini-band"],
        availableDays: ["tue", "fri"],
        updatedAt: T0,
      } as const;
      await repositories.profiles.upsert(first);
      const second = { ...first, language: "fr", equipment: [], updatedAt: at(5) } as const;
      await repositories.profiles.upsert(second);
      expect(await repositories.profiles.find("dana")).toEqual(second);
      expect(await repositories.profiles.find("leo")).toBeUndefined();
    });
  });

  describe("check-ins", () => {
    it("returns the answers and screen as written, the latest by date then time", async () => {
      const { repositories } = await withPeople();
      const older = checkIn("c1", "dana", "2026-11-20");
      const latest = checkIn("c3", "dana", "2026-12-01", personas.redFlagPerson, at(1));
      const sameDayEarlier = checkIn("c2", "dana", "2026-12-01", personas.runnerPfp, T0);
      for (const record of [latest, older, sameDayEarlier]) await repositories.checkIns.insert(record);
      expect(await repositories.checkIns.latestFor("dana")).toEqual(latest);
      expect((await repositories.checkIns.listFor("dana")).map((record) => record.id)).toEqual([
        "c1",
        "c2",
        "c3",
      ]);
      expect((await repositories.checkIns.findById("c3"))?.screen.selfManagementAllowed).toBe(false);
      expect(await repositories.checkIns.latestFor("leo")).toBeUndefined();
    });
  });

  describe("programs and their history", () => {
    it("applies a revision: the current version changes and the history keeps who changed what and why", async () => {
      const { repositories } = await withPeople();
      await repositories.programs.insert({
        id: "p1",
        accountId: "dana",
        groupId: null,
        createdAt: T0,
        updatedAt: T0,
        program: program("p1"),
      });
      const after = program("p1", 1);
      const revision: ProgramRevision = {
        revision: 1,
        changedAt: at(10),
        changedBy: "coach",
        reason: {
          en: "Your knee settles well: a harder step.",
          fr: "Votre genou récupère bien\u00a0: une étape plus difficile.",
        },
        changes: [{ exerciseId: "clamshell", from: "clamshell", to: "banded-clamshell" }],
      };
      await repositories.programs.applyRevision(
        { programId: "p1", changedByAccountId: "maya", revision, programAfter: after },
        at(10),
      );
      const current = await repositories.programs.findById("p1");
      expect(current?.program).toEqual(after);
      expect(current?.updatedAt).toBe(at(10));
      expect(await repositories.programs.revisionsOf("p1")).toEqual([
        { programId: "p1", changedByAccountId: "maya", revision, programAfter: after },
      ]);
    });

    it("a revision that cannot be written leaves the current version untouched", async () => {
      const { repositories } = await withPeople();
      await repositories.programs.insert({
        id: "p1",
        accountId: "dana",
        groupId: null,
        createdAt: T0,
        updatedAt: T0,
        program: program("p1"),
      });
      const revision: ProgramRevision = {
        revision: 1,
        changedAt: at(10),
        changedBy: "person",
        reason: { en: "x", fr: "x" },
        changes: [],
      };
      await repositories.programs.applyRevision(
        { programId: "p1", changedByAccountId: "dana", revision, programAfter: program("p1", 1) },
        at(10),
      );
      // The same revision number again violates the history's key: nothing of it may stay.
      const again = repositories.programs.applyRevision(
        { programId: "p1", changedByAccountId: "dana", revision, programAfter: program("p1", 7) },
        at(20),
      );
      await expect(again).rejects.toThrow();
      expect((await repositories.programs.findById("p1"))?.program.revision).toBe(1);
      expect(await repositories.programs.revisionsOf("p1")).toHaveLength(1);
    });

    it("lists a person's programs oldest first and gives the latest", async () => {
      const { repositories } = await withPeople();
      await repositories.programs.insert({
        id: "p2",
        accountId: "dana",
        groupId: null,
        createdAt: at(5),
        updatedAt: at(5),
        program: program("p2"),
      });
      await repositories.programs.insert({
        id: "p1",
        accountId: "dana",
        groupId: null,
        createdAt: T0,
        updatedAt: T0,
        program: program("p1"),
      });
      expect((await repositories.programs.listFor("dana")).map((record) => record.id)).toEqual(["p1", "p2"]);
      expect((await repositories.programs.latestFor("dana"))?.id).toBe("p2");
      expect(await repositories.programs.latestFor("leo")).toBeUndefined();
    });

    it("tells whose a program is, and nothing for an unknown id", async () => {
      const { repositories } = await withPeople();
      await repositories.programs.insert({
        id: "p1",
        accountId: "dana",
        groupId: null,
        createdAt: T0,
        updatedAt: T0,
        program: program("p1"),
      });
      expect((await repositories.programs.findById("p1"))?.accountId).toBe("dana");
      expect(await repositories.programs.findById("no-such-program")).toBeUndefined();
    });
  });

  describe("session logs", () => {
    it("writes a log once: a retry with the same id writes nothing", async () => {
      const { repositories } = await withPeople();
      await repositories.programs.insert({
        id: "p1",
        accountId: "dana",
        groupId: null,
        createdAt: T0,
        updatedAt: T0,
        program: program("p1"),
      });
      const log = sessionLog("log-1", "p1", "2026-12-01");
      expect(await repositories.sessionLogs.insertIfAbsent({ accountId: "dana", createdAt: T0, log })).toBe(
        true,
      );
      expect(
        await repositories.sessionLogs.insertIfAbsent({
          accountId: "dana",
          createdAt: at(1),
          log: { ...log, completed: false },
        }),
      ).toBe(false);
      expect(await repositories.sessionLogs.find("dana", "log-1")).toEqual({
        accountId: "dana",
        createdAt: T0,
        log,
      });
    });

    it("retries racing each other still write one row", async () => {
      const { repositories } = await withPeople();
      await repositories.programs.insert({
        id: "p1",
        accountId: "dana",
        groupId: null,
        createdAt: T0,
        updatedAt: T0,
        program: program("p1"),
      });
      const log = sessionLog("log-1", "p1", "2026-12-01");
      const results = await Promise.all(
        Array.from({ length: 8 }, () =>
          repositories.sessionLogs.insertIfAbsent({ accountId: "dana", createdAt: T0, log }),
        ),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await repositories.sessionLogs.listFor("dana")).toHaveLength(1);
    });

    it("lists by date within an inclusive range", async () => {
      const { repositories } = await withPeople();
      await repositories.programs.insert({
        id: "p1",
        accountId: "dana",
        groupId: null,
        createdAt: T0,
        updatedAt: T0,
        program: program("p1"),
      });
      for (const [id, date] of [
        ["a", "2026-12-04"],
        ["b", "2026-12-01"],
        ["c", "2026-12-08"],
      ] as const) {
        await repositories.sessionLogs.insertIfAbsent({
          accountId: "dana",
          createdAt: T0,
          log: sessionLog(id, "p1", date),
        });
      }
      const inRange = await repositories.sessionLogs.listFor("dana", {
        from: "2026-12-01",
        to: "2026-12-04",
      });
      expect(inRange.map((record) => record.log.id)).toEqual(["b", "a"]);
    });
  });

  describe("morning check-ins and outcome measures", () => {
    it("keeps one morning check-in per day, the last one written", async () => {
      const { repositories } = await withPeople();
      await repositories.morningCheckIns.upsert({
        accountId: "dana",
        createdAt: T0,
        checkIn: { date: "2026-12-02", pain: 4, settled: false },
      });
      await repositories.morningCheckIns.upsert({
        accountId: "dana",
        createdAt: at(30),
        checkIn: { date: "2026-12-02", pain: 2, settled: true },
      });
      await repositories.morningCheckIns.upsert({
        accountId: "dana",
        createdAt: T0,
        checkIn: { date: "2026-12-01", pain: 3, settled: true },
      });
      const list = await repositories.morningCheckIns.listFor("dana");
      expect(list.map((record) => record.checkIn)).toEqual([
        { date: "2026-12-01", pain: 3, settled: true },
        { date: "2026-12-02", pain: 2, settled: true },
      ]);
    });

    it("stores pain and PSFS entries per person, by date", async () => {
      const { repositories } = await withPeople();
      await repositories.outcomes.insertPain({
        id: "e2",
        accountId: "dana",
        createdAt: T0,
        entry: { date: "2026-12-08", painNow: 2, painUsual: 3, painWorst: 5 },
      });
      await repositories.outcomes.insertPain({
        id: "e1",
        accountId: "dana",
        createdAt: T0,
        entry: { date: "2026-12-01", painNow: 4, painUsual: 5, painWorst: 7 },
      });
      await repositories.outcomes.insertPsfs({
        id: "f1",
        accountId: "dana",
        createdAt: T0,
        entry: { date: "2026-12-01", items: [{ activity: "Stairs down", score: 4 }] },
      });
      expect((await repositories.outcomes.listPain("dana")).map((record) => record.id)).toEqual(["e1", "e2"]);
      expect((await repositories.outcomes.listPsfs("dana"))[0]?.entry.items).toEqual([
        { activity: "Stairs down", score: 4 },
      ]);
      expect(await repositories.outcomes.listPain("leo")).toEqual([]);
    });

    it("writes a pain or PSFS entry once per person and id: a retry writes nothing, even racing", async () => {
      const { repositories } = await withPeople();
      const pain = {
        id: "phone-1",
        accountId: "dana",
        createdAt: T0,
        entry: { date: "2026-12-01", painNow: 4, painUsual: 5, painWorst: 7 },
      };
      const results = await Promise.all(
        Array.from({ length: 8 }, () => repositories.outcomes.insertPain(pain)),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(
        await repositories.outcomes.insertPain({
          ...pain,
          createdAt: at(1),
          entry: { ...pain.entry, painNow: 0 },
        }),
      ).toBe(false);
      expect(await repositories.outcomes.findPain("dana", "phone-1")).toEqual(pain);
      expect(await repositories.outcomes.insertPain({ ...pain, accountId: "leo" })).toBe(true);
      expect(await repositories.outcomes.listPain("dana")).toHaveLength(1);

      const psfs = {
        id: "phone-1",
        accountId: "dana",
        createdAt: T0,
        entry: { date: "2026-12-01", items: [{ activity: "Stairs down", score: 4 }] },
      };
      expect(await repositories.outcomes.insertPsfs(psfs)).toBe(true);
      expect(await repositories.outcomes.insertPsfs({ ...psfs, createdAt: at(1) })).toBe(false);
      expect(await repositories.outcomes.findPsfs("dana", "phone-1")).toEqual(psfs);
      expect(await repositories.outcomes.findPsfs("leo", "phone-1")).toBeUndefined();
      expect(await repositories.outcomes.listPsfs("dana")).toHaveLength(1);
    });

    it("keeps a strength check once under its id, re-parsed on read, by date", async () => {
      const { repositories } = await withPeople();
      const check = {
        id: "phone-strength-1",
        accountId: "dana",
        createdAt: T0,
        entry: {
          test: "hip-abduction-dynamometer" as const,
          date: "2026-12-02",
          firstSide: "right" as const,
          left: { forceN: 196.1 },
          right: { forceN: 180 },
          leverArmM: 0.45,
          bodyMassKg: 60.5,
          device: "MicroFET2",
          placement: "side-lying, above the lateral knee",
        },
      };
      const earlier = {
        id: "phone-strength-0",
        accountId: "dana",
        createdAt: T0,
        entry: {
          test: "side-bridge-hold" as const,
          date: "2026-11-20",
          firstSide: "left" as const,
          left: { holdSeconds: 41.3, timedBy: "camera" as const, stopReason: "hips-dropped" as const },
          right: { holdSeconds: 38, timedBy: "stopwatch" as const },
        },
      };
      expect(await repositories.strengthChecks.insert(check)).toBe(true);
      expect(await repositories.strengthChecks.insert({ ...check, createdAt: at(1) })).toBe(false);
      expect(await repositories.strengthChecks.insert(earlier)).toBe(true);
      expect(await repositories.strengthChecks.find("dana", "phone-strength-1")).toEqual(check);
      expect(await repositories.strengthChecks.find("leo", "phone-strength-1")).toBeUndefined();
      expect(await repositories.strengthChecks.listFor("dana")).toEqual([earlier, check]);
    });
  });

  describe("movement screens", () => {
    it("returns findings and keypoint series exactly as written", async () => {
      const { repositories } = await withPeople();
      const screen = movementScreen("m1", "dana", at(3));
      await repositories.movementScreens.insert(screen);
      expect(await repositories.movementScreens.findById("m1")).toEqual(screen);
      expect(await repositories.movementScreens.listFor("dana")).toEqual([screen]);
    });

    it("deletes one screen and leaves the others, Dana's and Leo's, as they were", async () => {
      const { repositories } = await withPeople();
      const first = movementScreen("m1", "dana", at(1));
      const second = movementScreen("m2", "dana", at(2));
      const leos = movementScreen("m3", "leo", at(3));
      for (const screen of [first, second, leos]) await repositories.movementScreens.insert(screen);
      await repositories.movementScreens.delete("m1");
      expect(await repositories.movementScreens.findById("m1")).toBeUndefined();
      expect(await repositories.movementScreens.listFor("dana")).toEqual([second]);
      expect(await repositories.movementScreens.listFor("leo")).toEqual([leos]);
      await repositories.movementScreens.delete("m1");
      expect(await repositories.movementScreens.listFor("dana")).toEqual([second]);
    });
  });

  describe("coach links, notes and groups", () => {
    const pending = {
      id: "l1",
      coachId: "maya",
      clientId: null,
      code: "HIP-AAAA-BBBB",
      createdAt: T0,
      acceptedAt: null,
      revokedAt: null,
    };

    it("an invitation is accepted once, by one person", async () => {
      const { repositories } = await withPeople();
      await repositories.coachLinks.insert(pending);
      const [first, second] = await Promise.all([
        repositories.coachLinks.accept("l1", "dana", at(1)),
        repositories.coachLinks.accept("l1", "leo", at(1)),
      ]);
      expect([first, second].filter(Boolean)).toHaveLength(1);
      expect((await repositories.coachLinks.findByCode("HIP-AAAA-BBBB"))?.clientId).toBe(
        first ? "dana" : "leo",
      );
    });

    it("an active link ends when revoked", async () => {
      const { repositories } = await withPeople();
      await repositories.coachLinks.insert(pending);
      await repositories.coachLinks.accept("l1", "dana", at(1));
      expect((await repositories.coachLinks.activeLink("maya", "dana"))?.id).toBe("l1");
      expect(await repositories.coachLinks.activeLink("omar", "dana")).toBeUndefined();
      await repositories.coachLinks.revoke("l1", at(2));
      expect(await repositories.coachLinks.activeLink("maya", "dana")).toBeUndefined();
      expect(await repositories.coachLinks.accept("l1", "leo", at(3))).toBe(false);
      expect((await repositories.coachLinks.listForClient("dana"))[0]?.revokedAt).toBe(at(2));
      expect(await repositories.coachLinks.listForCoach("maya")).toHaveLength(1);
    });

    it("invitation codes are unique", async () => {
      const { repositories } = await withPeople();
      await repositories.coachLinks.insert(pending);
      await expect(
        repositories.coachLinks.insert({ ...pending, id: "l2", coachId: "omar" }),
      ).rejects.toThrow();
    });

    it("notes are kept per coach and client", async () => {
      const { repositories } = await withPeople();
      await repositories.coachNotes.insert({
        id: "n1",
        coachId: "maya",
        clientId: "dana",
        createdAt: T0,
        body: "Knee tracks well on step-downs.",
      });
      await repositories.coachNotes.insert({
        id: "n2",
        coachId: "omar",
        clientId: "dana",
        createdAt: T0,
        body: "Other coach.",
      });
      expect((await repositories.coachNotes.list("maya", "dana")).map((note) => note.id)).toEqual(["n1"]);
    });

    it("a group keeps its template and members", async () => {
      const { repositories } = await withPeople();
      await repositories.groups.insert({
        id: "g1",
        coachId: "maya",
        name: "Tuesday yoga",
        createdAt: T0,
        template: null,
      });
      await repositories.groups.setTemplate("g1", program("template-g1"));
      await repositories.groups.addMember({ groupId: "g1", accountId: "dana", joinedAt: at(1) });
      await repositories.groups.addMember({ groupId: "g1", accountId: "dana", joinedAt: at(2) });
      await repositories.groups.addMember({ groupId: "g1", accountId: "leo", joinedAt: at(3) });
      await repositories.groups.removeMember("g1", "leo");
      expect((await repositories.groups.findById("g1"))?.template).toEqual(program("template-g1"));
      expect(await repositories.groups.members("g1")).toEqual([
        { groupId: "g1", accountId: "dana", joinedAt: at(1) },
      ]);
      expect((await repositories.groups.listForCoach("maya")).map((group) => group.id)).toEqual(["g1"]);
    });
  });

  describe("transactions", () => {
    it("a failing multi-row write leaves nothing behind", async () => {
      const { repositories } = await withPeople();
      const write = repositories.transaction(async (tx) => {
        await tx.programs.insert({
          id: "p1",
          accountId: "dana",
          groupId: null,
          createdAt: T0,
          updatedAt: T0,
          program: program("p1"),
        });
        await tx.outcomes.insertPain({
          id: "e1",
          accountId: "dana",
          createdAt: T0,
          entry: { date: "2026-12-01", painNow: 4, painUsual: 5, painWorst: 7 },
        });
        // Nested calls join the outer transaction.
        await tx.transaction((inner) => inner.checkIns.insert(checkIn("c1", "dana", "2026-12-01")));
        // A log for a program that does not exist breaks a foreign key.
        await tx.sessionLogs.insertIfAbsent({
          accountId: "dana",
          createdAt: T0,
          log: sessionLog("log-1", "no-such-program", "2026-12-01"),
        });
      });
      await expect(write).rejects.toThrow();
      expect(await repositories.programs.findById("p1")).toBeUndefined();
      expect(await repositories.outcomes.listPain("dana")).toEqual([]);
      expect(await repositories.checkIns.listFor("dana")).toEqual([]);
    });

    it("a successful one keeps everything", async () => {
      const { repositories } = await withPeople();
      await repositories.transaction(async (tx) => {
        await tx.programs.insert({
          id: "p1",
          accountId: "dana",
          groupId: null,
          createdAt: T0,
          updatedAt: T0,
          program: program("p1"),
        });
        await tx.sessionLogs.insertIfAbsent({
          accountId: "dana",
          createdAt: T0,
          log: sessionLog("log-1", "p1", "2026-12-01"),
        });
      });
      expect(await repositories.sessionLogs.listFor("dana")).toHaveLength(1);
    });
  });

  describe("deleting an account", () => {
    it("deletes everything Dana owns and her side of coach links, and nothing of anyone else", async () => {
      const { storage, repositories } = await withPeople();
      await repositories.profiles.upsert({
        accountId: "dana",
        language: "en",
        sports: [],
        equipment: [],
        availableDays: ["mon"],
        updatedAt: T0,
      });
      await repositories.authSessions.insert({
        tokenHash: "h",
        accountId: "dana",
        createdAt: T0,
        expiresAt: at(60),
      });
      await repositories.checkIns.insert(checkIn("c1", "dana", "2026-12-01"));
      await repositories.programs.insert({
        id: "p1",
        accountId: "dana",
        groupId: null,
        createdAt: T0,
        updatedAt: T0,
        program: program("p1"),
      });
      await repositories.programs.insertRevision({
        programId: "p1",
        changedByAccountId: "maya",
        revision: {
          revision: 1,
          changedAt: at(1),
          changedBy: "coach",
          reason: { en: "x", fr: "x" },
          changes: [],
        },
        programAfter: program("p1", 1),
      });
      await repositories.sessionLogs.insertIfAbsent({
        accountId: "dana",
        createdAt: T0,
        log: sessionLog("log-1", "p1", "2026-12-01"),
      });
      await repositories.morningCheckIns.upsert({
        accountId: "dana",
        createdAt: T0,
        checkIn: { date: "2026-12-02", pain: 2, settled: true },
      });
      await repositories.outcomes.insertPain({
        id: "e1",
        accountId: "dana",
        createdAt: T0,
        entry: { date: "2026-12-01", painNow: 4, painUsual: 5, painWorst: 7 },
      });
      await repositories.outcomes.insertPsfs({
        id: "f1",
        accountId: "dana",
        createdAt: T0,
        entry: { date: "2026-12-01", items: [{ activity: "Run", score: 4 }] },
      });
      await repositories.movementScreens.insert(movementScreen("m1", "dana", T0));
      await repositories.coachLinks.insert({
        id: "l1",
        coachId: "maya",
        clientId: "dana",
        code: "C1",
        createdAt: T0,
        acceptedAt: T0,
        revokedAt: null,
      });
      await repositories.coachNotes.insert({
        id: "n1",
        coachId: "maya",
        clientId: "dana",
        createdAt: T0,
        body: "note",
      });
      await repositories.groups.insert({
        id: "g1",
        coachId: "maya",
        name: "Yoga",
        createdAt: T0,
        template: null,
      });
      await repositories.groups.addMember({ groupId: "g1", accountId: "dana", joinedAt: T0 });
      await repositories.checkIns.insert(checkIn("c-leo", "leo", "2026-12-01"));

      await repositories.accounts.delete("dana");

      const tables = [
        "auth_sessions",
        "profiles",
        "check_ins",
        "programs",
        "program_revisions",
        "program_log_tags",
        "session_logs",
        "morning_check_ins",
        "pain_entries",
        "psfs_entries",
        "strength_checks",
        "movement_screens",
        "coach_links",
        "coach_notes",
        "group_members",
      ] as const;
      for (const table of tables) {
        const { rows } = await sql<{
          count: number | string;
        }>`select count(*) as count from ${sql.table(table)}`.execute(storage.db);
        const expected = table === "check_ins" ? 1 : 0;
        expect({ table, count: Number(rows[0]?.count) }).toEqual({ table, count: expected });
      }
      expect(await repositories.groups.findById("g1")).toBeDefined();
      expect(await repositories.accounts.findById("maya")).toBeDefined();
    });
  });
});
