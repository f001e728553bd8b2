import type { Actor, HipCheck } from "@hipcheck/application";
import {
  BODY_LIMIT_BYTES,
  DEFAULT_BODY_LIMIT_BYTES,
  ErrorBodySchema,
  isKeysetCursor,
  isStreamedRoute,
  PAGE_LIMIT_DEFAULT,
  PAGE_LIMIT_MAX,
  PAGED_ROUTE_NAMES,
  pagedQuerySchemaOf,
  pageOf,
  ROUTE_NAMES,
  routes,
} from "@hipcheck/contracts";
import type { RouteDefinition, RouteName } from "@hipcheck/contracts";
import { hipError } from "@hipcheck/core";
import type { HipError, Result } from "@hipcheck/core";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { clearSessionCookie, sessionTokenOf, setSessionCookie } from "../auth/session-cookie.js";
import { sendHipError } from "../http-errors.js";
import { commonPasswordProblem } from "../auth/common-passwords.js";
import type { SignInThrottle } from "../auth/sign-in-throttle.js";
import type { AttemptCounters } from "@hipcheck/storage";
import { inputProblemOf } from "../input-guard.js";
import type { HeavyWorkPool } from "../heavy-work/heavy-work-pool.js";
import { mailLimitHooks } from "../mail/mail-limits.js";
import type { MailLimitPolicy } from "../mail/mail-limits.js";
import type { FileAnswer, HandlerInput, RouteHandler } from "./route-handler.js";
import { routeHandlers } from "./route-handlers.js";
import { KEYSET_PAGED, keysetCursorOf, listKeyOf } from "./keyset-pages.js";
import { STREAMED_ANSWERS } from "./streamed-answers.js";
import type { StreamedAnswer } from "./streamed-answers.js";
import { BodyReadInWorker } from "../heavy-work/body-read-in-worker.js";

/** A streamed route's answer, its query already checked by the route's own schema. */
type StreamedHandlerOfAny = (
  hipcheck: HipCheck,
  actor: Actor,
  query: unknown,
) => Promise<Result<StreamedAnswer, HipError>>;

/** Password guessing is slowed on every route that checks a password. */
const RATE_LIMITED_ROUTES: ReadonlySet<RouteName> = new Set([
  "signIn",
  "signUp",
  "changePassword",
  "deleteAccount",
  "resetPassword",
  "requestPasswordReset",
  "completeTwoStepSignIn",
  "confirmTwoStepEnrolment",
  "regenerateRecoveryCodes",
  "disableTwoStep",
]);

export type RateLimit = { readonly max: number; readonly timeWindowMs: number };

export type RouteOptions = {
  readonly hipcheck: HipCheck;
  readonly actorOf: (request: FastifyRequest) => Actor;
  readonly rateLimit: RateLimit;
  readonly signInThrottle: SignInThrottle;
  readonly heavy: HeavyWorkPool;
  /** Where mail sent per address and per account is counted (decision 0420). */
  readonly attempts: AttemptCounters;
  readonly mailLimits?: MailLimitPolicy;
};

/** The body field that sets a new password, on every route that sets one. */
const NEW_PASSWORD_FIELDS: Partial<Record<RouteName, string>> = {
  signUp: "password",
  changePassword: "newPassword",
  resetPassword: "newPassword",
  createCoachAccount: "password",
  createAdminAccount: "password",
};

/** A new password found in the common-password list is refused, naming the field. */
function refuseCommonPassword(field: string) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const password = (request.body as Record<string, unknown> | undefined)?.[field];
    const problem = typeof password === "string" ? commonPasswordProblem(password, field) : undefined;
    if (problem !== undefined) await sendHipError(reply, problem);
  };
}

function emailOf(request: FastifyRequest): string {
  const email = (request.body as { email?: unknown } | undefined)?.email;
  return typeof email === "string" ? email : "";
}

/** Sign-in waits when this address has guessed wrong for this account too often; the outcome feeds the count. */
function throttleSignIn(throttle: SignInThrottle) {
  return {
    preHandler: async (request: FastifyRequest, reply: FastifyReply) => {
      const waitMs = await throttle.waitMsFor(emailOf(request), request.ip);
      if (waitMs > 0) {
        const seconds = Math.ceil(waitMs / 1_000);
        void reply.header("retry-after", String(seconds));
        await sendHipError(
          reply,
          hipError(
            "rate-limited",
            `Too many wrong passwords for this account from this address: wait ${seconds} s and try again.`,
          ),
        );
      }
    },
    // Counted before the answer leaves, so the client's next try already sees this one, on any server.
    onSend: async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
      try {
        if (reply.statusCode === 401) await throttle.recordFailure(emailOf(request), request.ip);
        else if (reply.statusCode === 200) await throttle.recordSuccess(emailOf(request), request.ip);
      } catch (error) {
        // The database went away after the check: the answer stands, this attempt goes uncounted.
        request.log.warn(
          { reason: error instanceof Error ? error.message : String(error) },
          "sign-in count not kept",
        );
      }
      return payload;
    },
  };
}

function schemaOf(name: RouteName, route: RouteDefinition) {
  return {
    operationId: name,
    summary: route.summary,
    tags: [route.tag],
    ...(route.params === undefined ? {} : { params: route.params }),
    ...(PAGED_ROUTE_NAMES.has(name)
      ? { querystring: pagedQuerySchemaOf(route) }
      : route.query === undefined
        ? {}
        : { querystring: route.query }),
    ...(route.body === undefined ? {} : { body: route.body }),
    // A file is sent as bytes with its own content type; only JSON answers go through the response schema.
    response: {
      ...(route.file === undefined ? { [route.successStatus]: route.response } : {}),
      "4xx": ErrorBodySchema,
      "5xx": ErrorBodySchema,
    },
  };
}

/** `attachment`, with an ASCII fallback name and the exact name in RFC 6266 / RFC 5987 form. */
function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

function sendFile(reply: FastifyReply, contentType: string, file: FileAnswer) {
  const bytes =
    typeof file.content === "string" ? Buffer.from(file.content, "utf8") : Buffer.from(file.content);
  return reply
    .code(200)
    .header("content-type", contentType)
    .header("content-disposition", contentDisposition(file.fileName))
    .send(bytes);
}

type PageRequest = { readonly cursor?: string; readonly limit?: number };

/** A list route's query without the page's own fields, which the use-case never sees. */
function splitPageQuery(query: unknown): { own: Record<string, unknown>; page: PageRequest } {
  const { cursor, limit, ...own } = (query ?? {}) as Record<string, unknown>;
  return {
    own,
    page: {
      ...(typeof cursor === "string" ? { cursor } : {}),
      ...(typeof limit === "number" ? { limit } : {}),
    },
  };
}

/** `Link: <path?…&cursor=…>; rel="next"` (RFC 8288), keeping the request's own query and limit. */
function nextLink(request: FastifyRequest, own: Record<string, unknown>, page: PageRequest, cursor: string) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(own)) {
    if (typeof value === "string" || typeof value === "number") search.set(key, String(value));
  }
  if (page.limit !== undefined) search.set("limit", String(page.limit));
  search.set("cursor", cursor);
  const path = request.url.split("?")[0] ?? request.url;
  return `<${path}?${search.toString()}>; rel="next"`;
}

function handlerInput(
  options: RouteOptions,
  request: FastifyRequest,
  reply: FastifyReply,
  query: unknown = request.query,
) {
  return {
    actor: options.actorOf(request),
    params: request.params,
    query,
    body: request.body,
    heavy: options.heavy,
    session: {
      token: sessionTokenOf(request),
      set: (token: string, expiresAt: string) => {
        setSessionCookie(request, reply, token, expiresAt);
      },
      clear: () => {
        clearSessionCookie(request, reply);
      },
    },
  } as HandlerInput<RouteDefinition>;
}

/**
 * Two checks every route gets before its schema runs. PostgreSQL cannot store a NUL character in text (SQLite
 * can), so such a body would fail deep in the database with a 500 on one backend only; it is refused at the edge
 * instead, the same way on both. And one rule for dates everywhere: a date (or an instant's date) outside
 * `PLAUSIBLE_DATE_RANGE` is refused, wherever it sits in a document (a session log, an import), so a far date
 * can never be stored and then break program revisions or date arithmetic later.
 */
async function rejectHostileInput(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  // A body read in a worker thread was checked there, as sent; what the worker read from the file is not input.
  const body = request.body instanceof BodyReadInWorker ? undefined : request.body;
  const problem = inputProblemOf({ body, query: request.query, params: request.params });
  if (problem !== undefined) await sendHipError(reply, problem);
}

/** Answers 401 before the body is even parsed when a signed-in route is called without a valid sign-in. */
function requireSignIn(options: RouteOptions) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (options.actorOf(request).kind === "anonymous") {
      await sendHipError(
        reply,
        hipError("unauthenticated", "Sign in first: this needs a signed-in account."),
      );
    }
  };
}

/** Registers every route of the contracts' table with its schemas, limits and handler. */
export function registerRoutes(app: FastifyInstance, options: RouteOptions): void {
  for (const name of ROUTE_NAMES) {
    const route: RouteDefinition = routes[name];
    // A route written as it is read has its streamed answer and no handler; every other route the opposite (0670).
    const answerer = isStreamedRoute(name)
      ? { streamed: STREAMED_ANSWERS[name] as StreamedHandlerOfAny }
      : { handle: routeHandlers[name] as RouteHandler<RouteDefinition> };
    app.route({
      method: route.method,
      url: route.path,
      bodyLimit: BODY_LIMIT_BYTES[name] ?? DEFAULT_BODY_LIMIT_BYTES,
      schema: schemaOf(name, route),
      config: RATE_LIMITED_ROUTES.has(name)
        ? { rateLimit: { max: options.rateLimit.max, timeWindow: options.rateLimit.timeWindowMs } }
        : {},
      ...(route.access === "signed-in" ? { onRequest: requireSignIn(options) } : {}),
      preValidation: rejectHostileInput,
      ...(name === "signIn" ? throttleSignIn(options.signInThrottle) : {}),
      ...mailLimitHooks(name, options.attempts, options.actorOf, options.mailLimits),
      ...(NEW_PASSWORD_FIELDS[name] === undefined
        ? {}
        : { preHandler: refuseCommonPassword(NEW_PASSWORD_FIELDS[name]) }),
      handler: async (request, reply) => {
        const paged = PAGED_ROUTE_NAMES.has(name);
        const { own, page } = splitPageQuery(request.query);
        const query = paged ? (route.query === undefined ? undefined : own) : request.query;
        const keyset = paged ? KEYSET_PAGED[name] : undefined;
        // A list paged in SQL (decision 0412); a position cursor from before it is still read at the edge.
        if (keyset !== undefined && (page.cursor === undefined || isKeysetCursor(page.cursor))) {
          const after = page.cursor === undefined ? undefined : listKeyOf(page.cursor);
          if (after !== undefined && !after.ok) return sendHipError(reply, after.error);
          const listed = await keyset(
            options.hipcheck,
            options.actorOf(request),
            query,
            {
              limit: Math.min(page.limit ?? PAGE_LIMIT_DEFAULT, PAGE_LIMIT_MAX),
              ...(after === undefined ? {} : { after: after.value }),
            },
            request.params,
          );
          if (!listed.ok) return sendHipError(reply, listed.error);
          if (listed.value.next !== undefined) {
            void reply.header("link", nextLink(request, own, page, keysetCursorOf(listed.value.next)));
          }
          return reply.code(route.successStatus).send(listed.value.items);
        }
        if ("streamed" in answerer) {
          const answer = await answerer.streamed(options.hipcheck, options.actorOf(request), query);
          if (!answer.ok) return sendHipError(reply, answer.error);
          if (answer.value.fileName !== undefined) {
            void reply.header("content-disposition", contentDisposition(answer.value.fileName));
          }
          return reply.code(route.successStatus).type(answer.value.contentType).send(answer.value.body);
        }
        const result = await answerer.handle(options.hipcheck, handlerInput(options, request, reply, query));
        if (!result.ok) return sendHipError(reply, result.error);
        if (paged) {
          const slice = pageOf(result.value as readonly unknown[], page);
          if (!slice.ok) return sendHipError(reply, slice.error);
          if (slice.value.nextCursor !== undefined) {
            void reply.header("link", nextLink(request, own, page, slice.value.nextCursor));
          }
          return reply.code(route.successStatus).send(slice.value.items);
        }
        if (route.file !== undefined) {
          return sendFile(reply, route.file.contentType, result.value as FileAnswer);
        }
        if (route.successStatus === 204) return reply.code(204).send();
        return reply.code(route.successStatus).send(result.value);
      },
    });
  }
}
