/** Coach–client links, coach notes, and groups with their program template and members. */
import type {
  CoachLinkRecord,
  CoachLinkRepository,
  CoachNoteRecord,
  CoachNoteRepository,
  GroupRecord,
  GroupRepository,
} from "@hipcheck/application";
import { ProgramSchema } from "@hipcheck/core";
import type { Kysely, Selectable } from "kysely";
import type { CoachGroupsTable, CoachLinksTable, CoachNotesTable, Database } from "../database-schema.js";
import { fromJson, toJson } from "../json-column.js";
import { pairKeysetPage } from "./keyset-page.js";

function toLink(row: Selectable<CoachLinksTable>): CoachLinkRecord {
  return {
    id: row.id,
    coachId: row.coach_id,
    clientId: row.client_id,
    code: row.code,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    acceptedAt: row.accepted_at,
    revokedAt: row.revoked_at,
    ...(row.mail_digest === null ? {} : { mailDigest: row.mail_digest }),
  };
}

export function coachLinkRepository(db: Kysely<Database>): CoachLinkRepository {
  const links = () => db.selectFrom("coach_links").selectAll();
  return {
    async insert(link) {
      const result = await db
        .insertInto("coach_links")
        .values({
          id: link.id,
          coach_id: link.coachId,
          client_id: link.clientId,
          code: link.code,
          created_at: link.createdAt,
          expires_at: link.expiresAt ?? null,
          accepted_at: link.acceptedAt,
          revoked_at: link.revokedAt,
          mail_digest: link.mailDigest ?? null,
        })
        .onConflict((conflict) => conflict.column("id").doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
    },
    async findById(id) {
      const row = await links().where("id", "=", id).executeTakeFirst();
      return row && toLink(row);
    },
    async findByCode(code) {
      const row = await links().where("code", "=", code).executeTakeFirst();
      return row && toLink(row);
    },
    async accept(id, clientId, acceptedAt) {
      // Conditional update: of two people racing to use one code, only one wins.
      const result = await db
        .updateTable("coach_links")
        .set({ client_id: clientId, accepted_at: acceptedAt })
        .where("id", "=", id)
        .where("client_id", "is", null)
        .where("revoked_at", "is", null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async revoke(id, revokedAt) {
      await db
        .updateTable("coach_links")
        .set({ revoked_at: revokedAt })
        .where("id", "=", id)
        .where("revoked_at", "is", null)
        .execute();
    },
    async activeLink(coachId, clientId) {
      const row = await links()
        .where("coach_id", "=", coachId)
        .where("client_id", "=", clientId)
        .where("accepted_at", "is not", null)
        .where("revoked_at", "is", null)
        .orderBy("accepted_at", "desc")
        .executeTakeFirst();
      return row && toLink(row);
    },
    async listForCoach(coachId) {
      const rows = await links()
        .where("coach_id", "=", coachId)
        .orderBy("created_at")
        .orderBy("id")
        .execute();
      return rows.map(toLink);
    },
    pageActiveForCoach(coachId, page) {
      const active = links()
        .where("coach_id", "=", coachId)
        .where("client_id", "is not", null)
        .where("accepted_at", "is not", null)
        .where("revoked_at", "is", null);
      return pairKeysetPage(
        active,
        { first: "created_at", tiebreak: "id" },
        page,
        (row) => ({ first: row.created_at, tiebreak: row.id }),
        toLink,
      );
    },
    pageOpenForCoach(coachId, now, undatedLifetimeDays, page) {
      const undatedSince = new Date(Date.parse(now) - undatedLifetimeDays * 86_400_000).toISOString();
      // Instants are stored in one ISO format, so text order is time order on both databases.
      const open = links()
        .where("coach_id", "=", coachId)
        .where("client_id", "is", null)
        .where("revoked_at", "is", null)
        .where((eb) =>
          eb.or([
            eb("expires_at", ">", now),
            eb.and([eb("expires_at", "is", null), eb("created_at", ">", undatedSince)]),
          ]),
        );
      return pairKeysetPage(
        open,
        { first: "created_at", tiebreak: "id" },
        page,
        (row) => ({ first: row.created_at, tiebreak: row.id }),
        toLink,
      );
    },
    pageForClient(clientId, page) {
      return pairKeysetPage(
        links().where("client_id", "=", clientId),
        { first: "created_at", tiebreak: "id" },
        page,
        (row) => ({ first: row.created_at, tiebreak: row.id }),
        toLink,
      );
    },
    async listForClient(clientId) {
      const rows = await links()
        .where("client_id", "=", clientId)
        .orderBy("created_at")
        .orderBy("id")
        .execute();
      return rows.map(toLink);
    },
  };
}

function toNote(row: Selectable<CoachNotesTable>): CoachNoteRecord {
  return {
    id: row.id,
    coachId: row.coach_id,
    clientId: row.client_id,
    createdAt: row.created_at,
    body: row.body,
  };
}

export function coachNoteRepository(db: Kysely<Database>): CoachNoteRepository {
  return {
    async insert(note) {
      const result = await db
        .insertInto("coach_notes")
        .values({
          id: note.id,
          coach_id: note.coachId,
          client_id: note.clientId,
          created_at: note.createdAt,
          body: note.body,
        })
        .onConflict((conflict) => conflict.column("id").doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
    },
    async findById(id) {
      const row = await db.selectFrom("coach_notes").selectAll().where("id", "=", id).executeTakeFirst();
      return row && toNote(row);
    },
    async list(coachId, clientId) {
      const rows = await db
        .selectFrom("coach_notes")
        .selectAll()
        .where("coach_id", "=", coachId)
        .where("client_id", "=", clientId)
        .orderBy("created_at")
        .orderBy("id")
        .execute();
      return rows.map(toNote);
    },
    page(coachId, clientId, page) {
      const notes = db
        .selectFrom("coach_notes")
        .selectAll()
        .where("coach_id", "=", coachId)
        .where("client_id", "=", clientId);
      return pairKeysetPage(
        notes,
        { first: "created_at", tiebreak: "id" },
        page,
        (row) => ({ first: row.created_at, tiebreak: row.id }),
        toNote,
      );
    },
  };
}

function toGroup(row: Selectable<CoachGroupsTable>): GroupRecord {
  return {
    id: row.id,
    coachId: row.coach_id,
    name: row.name,
    createdAt: row.created_at,
    template: row.template_json === null ? null : fromJson(ProgramSchema, row.template_json),
  };
}

export function groupRepository(db: Kysely<Database>): GroupRepository {
  return {
    async insert(group) {
      const result = await db
        .insertInto("coach_groups")
        .values({
          id: group.id,
          coach_id: group.coachId,
          name: group.name,
          created_at: group.createdAt,
          template_json: group.template === null ? null : toJson(group.template),
        })
        .onConflict((conflict) => conflict.column("id").doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
    },
    async findById(id) {
      const row = await db.selectFrom("coach_groups").selectAll().where("id", "=", id).executeTakeFirst();
      return row && toGroup(row);
    },
    async listForCoach(coachId) {
      const rows = await db
        .selectFrom("coach_groups")
        .selectAll()
        .where("coach_id", "=", coachId)
        .orderBy("created_at")
        .orderBy("id")
        .execute();
      return rows.map(toGroup);
    },
    pageForCoach(coachId, page) {
      return pairKeysetPage(
        db.selectFrom("coach_groups").selectAll().where("coach_id", "=", coachId),
        { first: "created_at", tiebreak: "id" },
        page,
        (row) => ({ first: row.created_at, tiebreak: row.id }),
        toGroup,
      );
    },
    async setTemplate(groupId, template) {
      await db
        .updateTable("coach_groups")
        .set({ template_json: toJson(template) })
        .where("id", "=", groupId)
        .execute();
    },
    async addMember(member) {
      await db
        .insertInto("group_members")
        .values({ group_id: member.groupId, account_id: member.accountId, joined_at: member.joinedAt })
        .onConflict((conflict) => conflict.columns(["group_id", "account_id"]).doNothing())
        .execute();
    },
    async removeMember(groupId, accountId) {
      await db
        .deleteFrom("group_members")
        .where("group_id", "=", groupId)
        .where("account_id", "=", accountId)
        .execute();
    },
    async members(groupId) {
      const rows = await db
        .selectFrom("group_members")
        .selectAll()
        .where("group_id", "=", groupId)
        .orderBy("joined_at")
        .orderBy("account_id")
        .execute();
      return rows.map((row) => ({
        groupId: row.group_id,
        accountId: row.account_id,
        joinedAt: row.joined_at,
      }));
    },
  };
}
