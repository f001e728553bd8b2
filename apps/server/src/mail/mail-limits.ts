/**
 * How much mail one address and one account can cause (decision 0420), counted in the database's shared attempt
 * counts (decision 0290) so every server on it counts together. Without these, "Forgot password?" would let anyone
 * fill a person's inbox, and an account could use the server to mail strangers.
 */
import type { Actor } from "@hipcheck/application";
import type { RouteName } from "@hipcheck/contracts";
import { hipError } from "@hipcheck/core";
import type { AttemptCounters } from "@hipcheck/storage";
import type { FastifyReply, FastifyRequest } from "fastify";
import { sendHipError } from "../http-errors.js";

export type MailLimitPolicy = {
  /** Reset mails one address can be sent per window: a person who asks again gets a new link, then waits. */
  readonly resetsPerAddress: number;
  readonly resetWindowMs: number;
  /** Invitation mails one coach or admin can send per window: a clinic's week of new clients, not a mailing list. */
  readonly invitationsPerAccount: number;
  readonly invitationWindowMs: number;
};

export const DEFAULT_MAIL_LIMITS: MailLimitPolicy = {
  resetsPerAddress: 3,
  resetWindowMs: 60 * 60_000,
  invitationsPerAccount: 50,
  invitationWindowMs: 24 * 60 * 60_000,
};

const INVITATION_ROUTES: ReadonlySet<RouteName> = new Set(["emailInvitation", "inviteAccount"]);

/**
 * The hook that counts mail for the route, if it sends any. A reset request past its address's limit gets the
 * same answer as any other and sends nothing, so the limit says nothing about the address either.
 */
export function mailLimitHooks(
  name: RouteName,
  counters: AttemptCounters,
  actorOf: (request: FastifyRequest) => Actor,
  policy: MailLimitPolicy = DEFAULT_MAIL_LIMITS,
  nowMs: () => number = Date.now,
): { preHandler?: (request: FastifyRequest, reply: FastifyReply) => Promise<unknown> } {
  if (name === "requestPasswordReset") {
    return {
      preHandler: async (request, reply) => {
        const email = (request.body as { email?: unknown } | undefined)?.email;
        const key = `reset-mail:${JSON.stringify(typeof email === "string" ? email.trim().toLowerCase() : "")}`;
        const count = await counters.add(key, nowMs(), { windowMs: policy.resetWindowMs, kind: "fixed" });
        if (count.count > policy.resetsPerAddress) return reply.code(200).send({ accepted: true });
        return undefined;
      },
    };
  }
  if (INVITATION_ROUTES.has(name)) {
    return {
      preHandler: async (request, reply) => {
        const actor = actorOf(request);
        if (actor.kind === "anonymous") return undefined;
        const count = await counters.add(`invite-mail:${actor.accountId}`, nowMs(), {
          windowMs: policy.invitationWindowMs,
          kind: "fixed",
        });
        if (count.count <= policy.invitationsPerAccount) return undefined;
        return sendHipError(
          reply,
          hipError(
            "rate-limited",
            "This account has sent as many invitations as a day allows: try again tomorrow.",
          ),
        );
      },
    };
  }
  return {};
}
