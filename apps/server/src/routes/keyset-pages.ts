/**
 * The longest lists are paged in SQL (decision 0412): the page's rows are read after the key the cursor names,
 * with one index seek, instead of the whole list being read and cut at the edge (decision 0340). The cursor is
 * that key, `k` + base64url JSON; the route, its query and its `Link` header are as for every other list.
 */
import type { Actor, HipCheck, ListKey, ListPage, ListPageRequest, Role } from "@hipcheck/application";
import { isKeysetCursor } from "@hipcheck/contracts";
import type { RouteName } from "@hipcheck/contracts";
import { err, hipError, ok } from "@hipcheck/core";
import type { HipError, Result } from "@hipcheck/core";
import { withoutUndefined } from "./route-handler.js";

/** The route's own query and path parameters, validated by their schemas before the handler runs. */
type KeysetHandler = (
  hipcheck: HipCheck,
  actor: Actor,
  query: unknown,
  page: ListPageRequest,
  params: unknown,
) => Promise<Result<ListPage<unknown>, HipError>>;

type PersonQuery = { readonly personId?: string | undefined };
type LogQuery = PersonQuery & { readonly from?: string | undefined; readonly to?: string | undefined };
type RoleQuery = { readonly role?: Role | undefined };

function personQuery(query: unknown): { readonly personId?: string } {
  return withoutUndefined((query as PersonQuery | undefined) ?? {});
}

export const KEYSET_PAGED: Partial<Record<RouteName, KeysetHandler>> = {
  listSessionLogs: (hipcheck, actor, query, page) =>
    hipcheck.pageSessionLogs(actor, { ...withoutUndefined((query as LogQuery | undefined) ?? {}), page }),
  listPain: (hipcheck, actor, query, page) =>
    hipcheck.pagePain(actor, { ...withoutUndefined((query as PersonQuery | undefined) ?? {}), page }),
  listPsfs: (hipcheck, actor, query, page) =>
    hipcheck.pagePsfs(actor, { ...withoutUndefined((query as PersonQuery | undefined) ?? {}), page }),
  listCheckIns: (hipcheck, actor, query, page) =>
    hipcheck.pageCheckIns(actor, { ...withoutUndefined((query as PersonQuery | undefined) ?? {}), page }),
  listActivities: (hipcheck, actor, query, page) =>
    hipcheck.pageActivities(actor, { ...withoutUndefined((query as PersonQuery | undefined) ?? {}), page }),
  // Decision 0621: the lists that grow with the server first, then a coach's and a person's longer lists.
  listAccounts: (hipcheck, actor, query, page) =>
    hipcheck.pageAccounts(actor, { ...withoutUndefined((query as RoleQuery | undefined) ?? {}), page }),
  listClients: (hipcheck, actor, _query, page) => hipcheck.pageClients(actor, { page }),
  listCoachNotes: (hipcheck, actor, _query, page, params) =>
    hipcheck.pageCoachNotes(actor, { clientId: (params as { clientId: string }).clientId, page }),
  listMovementScreens: (hipcheck, actor, query, page) =>
    hipcheck.pageMovementScreens(actor, { ...personQuery(query), page }),
  listPrograms: (hipcheck, actor, query, page) =>
    hipcheck.pagePrograms(actor, { ...personQuery(query), page }),
  listMorningCheckIns: (hipcheck, actor, query, page) =>
    hipcheck.pageMorningCheckIns(actor, { ...personQuery(query), page }),
  listGroups: (hipcheck, actor, _query, page) => hipcheck.pageGroups(actor, { page }),
  listInvitations: (hipcheck, actor, _query, page) => hipcheck.pageInvitations(actor, { page }),
  listCoaches: (hipcheck, actor, _query, page) => hipcheck.pageCoaches(actor, { page }),
  listShareLinks: (hipcheck, actor, _query, page, params) =>
    hipcheck.pageShareLinks(actor, { programId: (params as { programId: string }).programId, page }),
  listPushSubscriptions: (hipcheck, actor, _query, page) => hipcheck.pagePushSubscriptions(actor, { page }),
};

export function keysetCursorOf(key: ListKey): string {
  const json = JSON.stringify([key.date, key.createdAt, key.id]);
  return `k${Buffer.from(json, "utf8").toString("base64url")}`;
}

/** The key a keyset cursor names; a cursor the server did not write is an invalid `cursor`. */
export function listKeyOf(cursor: string): Result<ListKey, HipError> {
  const invalid = err(
    hipError("invalid-input", "This is not a cursor from a previous answer.", "query.cursor"),
  );
  if (!isKeysetCursor(cursor)) return invalid;
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(cursor.slice(1), "base64url").toString("utf8"));
  } catch {
    return invalid;
  }
  if (!Array.isArray(parts) || parts.length !== 3 || !parts.every((part) => typeof part === "string")) {
    return invalid;
  }
  const [date, createdAt, id] = parts as [string, string, string];
  return ok({ date, createdAt, id });
}
