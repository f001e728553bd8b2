/**
 * Read-only links to one program for someone without an account (a physiotherapist, a training partner). The
 * person or their linked coach makes one; it shows the plan only (no name, no answers, no measures, no reasons
 * drawn from the person's answers), lasts 30 days unless told otherwise (365 at most), and can be revoked. Only the
 * token's hash is stored, as for sign-in sessions; a revoked or expired link answers not-found, like a wrong one.
 * A link made under a client's id gets a token the server can make again from its own key (decision 0635).
 */
import { addDays, err, ok, type HipError, type Result, type Program } from "@hipcheck/core";
import { createHmac } from "node:crypto";
import type { Actor } from "../actor.js";
import { clientIdTaken } from "../client-entry-id.js";
import type { ListPage, ProgramRecord, Repositories, ShareLinkRecord, IsoInstant } from "../ports.js";
import type { PageInput } from "./tracking.js";
import { quotaProblemHeld, quotasOf } from "../account-quotas.js";
import { accessPerson, invalid, notFound } from "./access.js";
import { hashToken, type TokenInput } from "./accounts.js";
import type { HipCheckDeps, UseCase } from "../use-case.js";
import type { ProgramIdInput } from "./programs.js";
import type { HandoutSource } from "./sharing.js";

export const SHARE_LINK_DAYS_DEFAULT = 30;
export const SHARE_LINK_DAYS_MAX = 365;

function view(link: ShareLinkRecord, now: string): ShareLinkView {
  return {
    linkId: link.id,
    programId: link.programId,
    createdAt: link.createdAt,
    expiresAt: link.expiresAt,
    revokedAt: link.revokedAt,
    active: isUsable(link, now),
  };
}

function isUsable(link: ShareLinkRecord, now: string): boolean {
  return link.revokedAt === null && Date.parse(link.expiresAt) > Date.parse(now);
}

/** The program, if the actor may share it: its owner or a coach the owner linked (the program editors). */
async function shareableProgram(
  repositories: Repositories,
  actor: Actor,
  programId: string,
): Promise<Result<ProgramRecord, HipError>> {
  const record = await repositories.programs.findById(programId);
  if (record === undefined) return err(notFound("program"));
  const access = await accessPerson(repositories, actor, record.accountId, "edit-program");
  return access.ok ? ok(record) : err(notFound("program"));
}

function afterDays(instant: IsoInstant, days: number): IsoInstant {
  return addDays(instant.slice(0, 10), days) + instant.slice(10);
}

/**
 * The token of a link made under a client's id: an HMAC (SHA-256) of the maker's account and that id under the
 * server's key, so the same request sent again gives the same token, and the stored hash alone does not give it
 * (decision 0635). 256 bits, URL-safe, like a random token.
 */
function shareLinkToken(key: Uint8Array, accountId: string, clientId: string): string {
  return createHmac("sha256", key)
    .update(JSON.stringify(["share-link", accountId, clientId]), "utf8")
    .digest("base64url");
}

/** The link exists but was made under another key (or none): its token cannot be made again. */
function tokenNotShownAgain(): HipError {
  return {
    kind: "conflict",
    message:
      "This link was made already, and its address can no longer be shown: revoke it in the program's links and make a new one.",
    field: "id",
  };
}

export function shareLinkUseCases(deps: HipCheckDeps) {
  const { repositories, clock, ids, secrets, shareLinkKey } = deps;
  const quotas = quotasOf(deps);
  const usableLink = async (token: string): Promise<Result<ProgramRecord, HipError>> => {
    const link = await repositories.shareLinks.findByTokenHash(hashToken(token));
    if (link === undefined || !isUsable(link, clock.now())) return err(notFound("shared program"));
    const record = await repositories.programs.findById(link.programId);
    return record === undefined ? err(notFound("shared program")) : ok(record);
  };
  return {
    createShareLink: async (actor, input) => {
      const days = input.days ?? SHARE_LINK_DAYS_DEFAULT;
      if (!Number.isInteger(days) || days < 1 || days > SHARE_LINK_DAYS_MAX) {
        return err(invalid(`A link lasts 1 to ${SHARE_LINK_DAYS_MAX} days.`, "days"));
      }
      const program = await shareableProgram(repositories, actor, input.programId);
      if (!program.ok) return program;
      const createdByAccountId = actor.kind === "account" ? actor.accountId : null;
      const token =
        input.id === undefined || shareLinkKey === undefined || createdByAccountId === null
          ? secrets.sessionToken()
          : shareLinkToken(shareLinkKey, createdByAccountId, input.id);
      const createdAt = clock.now();
      const link: ShareLinkRecord = {
        id: input.id ?? ids.newId(),
        programId: program.value.id,
        tokenHash: hashToken(token),
        createdByAccountId,
        createdAt,
        expiresAt: afterDays(createdAt, days),
        revokedAt: null,
      };
      // A repeat under the client's id (decision 0635): the same program, maker and lifetime answer the link made
      // the first time, with the token it was made with; anything else under that id is refused, showing nothing.
      // It is answered before the quota, as the other repeated writes are.
      const answerRepeat = async () => {
        const stored = await repositories.shareLinks.findById(link.id);
        if (stored === undefined) return undefined;
        const same =
          stored.programId === link.programId &&
          stored.createdByAccountId === link.createdByAccountId &&
          stored.expiresAt === afterDays(stored.createdAt, days);
        if (!same) return err(clientIdTaken("share link"));
        if (stored.tokenHash !== link.tokenHash) return err(tokenNotShownAgain());
        return ok({ ...view(stored, clock.now()), token });
      };
      if (input.id !== undefined) {
        const repeat = await answerRepeat();
        if (repeat !== undefined) return repeat;
      }
      // A link is a row of the program's owner, and one of the links that may work at once on their programs,
      // whoever makes it (decision 0620).
      const outcome = await repositories.transaction(async (tx) => {
        const problem = await quotaProblemHeld(tx.usage, quotas, program.value.accountId, {
          rows: 1,
          capped: { kind: "share-link", now: createdAt },
        });
        return problem === undefined ? { inserted: await tx.shareLinks.insert(link) } : { problem };
      });
      if (outcome.problem !== undefined) return err(outcome.problem);
      if (outcome.inserted) return ok({ ...view(link, createdAt), token });
      // Stored meanwhile by the same request sent twice at once.
      return (await answerRepeat()) ?? err(clientIdTaken("share link"));
    },
    listShareLinks: async (actor, input) => {
      const program = await shareableProgram(repositories, actor, input.programId);
      if (!program.ok) return program;
      const now = clock.now();
      return ok(
        (await repositories.shareLinks.listForProgram(program.value.id)).map((link) => view(link, now)),
      );
    },
    pageShareLinks: async (actor, input) => {
      const program = await shareableProgram(repositories, actor, input.programId);
      if (!program.ok) return program;
      const now = clock.now();
      const page = await repositories.shareLinks.pageForProgram(program.value.id, input.page);
      return ok({ items: page.items.map((link) => view(link, now)), next: page.next });
    },
    revokeShareLink: async (actor, input) => {
      const link = await repositories.shareLinks.findById(input.linkId);
      if (link === undefined) return err(notFound("share link"));
      const program = await shareableProgram(repositories, actor, link.programId);
      if (!program.ok) return err(notFound("share link"));
      await repositories.shareLinks.revoke(link.id, clock.now());
      const revoked = await repositories.shareLinks.findById(link.id);
      return ok(view(revoked ?? link, clock.now()));
    },
    getSharedProgram: async (_actor, input) => {
      const record = await usableLink(input.token);
      if (!record.ok) return record;
      // The rationale explains the plan from the person's own answers: that is health data, so it stays home.
      return ok({ program: { ...record.value.program, rationale: [] } });
    },
    getSharedHandoutSource: async (_actor, input) => {
      const record = await usableLink(input.token);
      if (!record.ok) return record;
      return ok({
        programId: record.value.id,
        program: { ...record.value.program, rationale: [] },
        personName: "",
        language: record.value.program.language,
        // Strength checks are health data too: a program passed on by link carries none.
        strength: [],
      });
    },
  } satisfies ShareLinkUseCases;
}

export type CreateShareLinkInput = ProgramIdInput & {
  /** How long the link works; 30 days when not given, 365 at most. */
  readonly days?: number;
  /** Chosen by the client and kept across retries: a repeat answers the same link (decision 0635). */
  readonly id?: string;
};

export type ShareLinkView = {
  readonly linkId: string;
  readonly programId: string;
  readonly createdAt: IsoInstant;
  readonly expiresAt: IsoInstant;
  readonly revokedAt: IsoInstant | null;
  /** Neither revoked nor expired. */
  readonly active: boolean;
};

/** The token is shown once, when the link is made; only its hash is kept. */
export type CreatedShareLink = ShareLinkView & { readonly token: string };

export type ShareLinkIdInput = { readonly linkId: string };

/** The plan only: no name, no answers, no measures. */
export type SharedProgramView = { readonly program: Program };

/** Links that share one program, plan only. */
export type ShareLinkUseCases = {
  readonly createShareLink: UseCase<CreateShareLinkInput, CreatedShareLink>;
  readonly listShareLinks: UseCase<ProgramIdInput, readonly ShareLinkView[]>;
  /** The same list a page at a time, cut in SQL (decision 0621). */
  readonly pageShareLinks: UseCase<ProgramIdInput & PageInput, ListPage<ShareLinkView>>;
  readonly revokeShareLink: UseCase<ShareLinkIdInput, ShareLinkView>;
  /** Anyone holding an active link's token, signed in or not. */
  readonly getSharedProgram: UseCase<TokenInput, SharedProgramView>;
  readonly getSharedHandoutSource: UseCase<TokenInput, HandoutSource>;
};
