import { ANONYMOUS } from "@hipcheck/application";
import { hipError } from "@hipcheck/core";
import type { Actor, HipCheck } from "@hipcheck/application";
import { DEFAULT_BODY_LIMIT_BYTES } from "@hipcheck/contracts";
import type { AttemptCounters } from "@hipcheck/storage";
import fastifyCookie from "@fastify/cookie";
import fastifyRateLimit from "@fastify/rate-limit";
import Fastify from "fastify";
import type {
  FastifyHttpOptions,
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  RawServerDefault,
} from "fastify";
import { serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import { csrfProblemOf } from "./auth/csrf-guard.js";
import { clearSessionCookie, sessionTokenOf } from "./auth/session-cookie.js";
import { sharedRateLimitStore } from "./auth/shared-rate-limit-store.js";
import { DEFAULT_THROTTLE_POLICY, SignInThrottle } from "./auth/sign-in-throttle.js";
import type { ThrottlePolicy } from "./auth/sign-in-throttle.js";
import { registerApiDocs } from "./api-docs.js";
import { handleError, handleNotFound, sendHipError } from "./http-errors.js";
import type { ServerMetrics } from "./observability/server-metrics.js";
import { createServer as createHttpsServer } from "node:https";
import type { LocalAuthority } from "./lan/local-authority.js";
import { registerTrustPage } from "./lan/trust-page.js";
import { jsonNestsDeeperThan, MAX_JSON_DEPTH } from "./json-depth.js";
import { loggerOptions } from "./logger-options.js";
import type { LogOptions } from "./logger-options.js";
import { registerRoutes } from "./routes/register-routes.js";
import { HeavyWorkPool } from "./heavy-work/heavy-work-pool.js";
import {
  acceptBodiesReadInWorker,
  BODY_READ_IN_WORKER,
  BodyReadInWorker,
} from "./heavy-work/body-read-in-worker.js";
import type { HeavyWorkOptions } from "./heavy-work/heavy-work-pool.js";
import { readBodyStreaming } from "./heavy-work/streamed-body.js";
import type { RateLimit } from "./routes/register-routes.js";
import type { MailLimitPolicy } from "./mail/mail-limits.js";
import { addSecurityHeaders } from "./security-headers.js";
import { serveWebApp } from "./serve-web-app.js";

export type AppDeps = {
  readonly hipcheck: HipCheck;
  /**
   * Where the password-route limits and the sign-in throttle count (the database's `Storage.attempts`), so that
   * every server on one database counts together.
   */
  readonly attempts: AttemptCounters;
  /** Off unless given; secrets are redacted from every log line. */
  readonly log?: LogOptions;
  /**
   * Which reverse proxies' `X-Forwarded-*` headers to believe (needed to see https, hence Secure cookies, and the
   * client's address behind one). Never "all": a client could then choose its own address and escape the limits.
   */
  readonly trustProxy?: TrustProxy;
  /** Attempts per address on routes that check a password. Default: 10 per minute. */
  readonly rateLimit?: RateLimit;
  /** The built web app (index.html and assets); without it, only the API is served. */
  readonly webRoot?: string;
  /** The pose model files, served under /models/ for the movement-screen page. */
  readonly modelsRoot?: string;
  /**
   * Serve the build's brotli and gzip copies to browsers that accept them (default). Off only to measure what
   * compression saves (`npm run bench`).
   */
  readonly precompressedWebApp?: boolean;
  /** How wrong passwords slow sign-in per account and address; `DEFAULT_THROTTLE_POLICY` unless given. */
  readonly signInThrottle?: ThrottlePolicy;
  /** How long a client may take; `DEFAULT_TIMEOUTS` unless given (tests shorten them). */
  readonly timeouts?: Timeouts;
  /** How often ended counts and sign-ins are deleted; `SWEEP_INTERVAL_MS` unless given. */
  readonly sweepIntervalMs?: number;
  /**
   * Resolves when the database answers (`Storage.ping`); `/api/health` answers 503 while it rejects. Without it,
   * the app counts itself ready.
   */
  readonly readiness?: () => Promise<void>;
  /** Counts and times every request, for `/metrics` on its own port; off unless given. */
  readonly metrics?: ServerMetrics;
  /**
   * `hipcheck serve --lan`: answer over HTTPS with the certificate this local authority issued, and serve the
   * page that explains how a phone trusts it (`/lan`) with the authority's certificate.
   */
  readonly localAuthority?: LocalAuthority;
  /** Worker threads for PDF, activity files and FHIR: count, time limit, queue (DEFAULT_HEAVY_WORK). */
  readonly heavyWork?: HeavyWorkOptions;
  /** How much account mail one address and one account may cause; `DEFAULT_MAIL_LIMITS` unless given. */
  readonly mailLimits?: MailLimitPolicy;
};

/** The readiness probe gives up on a database that takes longer than this (a hung connection is not ready). */
export const READINESS_TIMEOUT_MS = 2_000;

/** `/api/health` answers 503 `unavailable` while the database does not answer (decision 0390). */
function checkReadiness(app: FastifyInstance, readiness: () => Promise<void>): void {
  app.addHook("preHandler", async (request, reply) => {
    if (request.routeOptions.url !== "/api/health") return undefined;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => {
        reject(new Error(`no answer within ${READINESS_TIMEOUT_MS} ms`));
      }, READINESS_TIMEOUT_MS);
    });
    try {
      await Promise.race([readiness(), timedOut]);
      return undefined;
    } catch (error) {
      request.log.warn({ reason: error instanceof Error ? error.message : String(error) }, "not ready");
      return await sendHipError(
        reply,
        hipError("unavailable", "The database does not answer; try again shortly."),
      );
    } finally {
      clearTimeout(timer);
    }
  });
}

/** Ended attempt counts and sign-ins are deleted this often (each server sweeps; a sweep is idempotent). */
export const SWEEP_INTERVAL_MS = 10 * 60_000;

/** Deletes ended counts and sign-ins now and then while the app is open; a database fault only skips a sweep. */
function sweepNowAndThen(app: FastifyInstance, attempts: AttemptCounters, intervalMs: number): void {
  const timer = setInterval(() => {
    attempts.sweep(Date.now()).then(
      (deleted) => {
        if (deleted > 0) app.log.debug({ deleted }, "ended attempt counts and sign-ins deleted");
      },
      (error: unknown) => {
        app.log.warn({ reason: error instanceof Error ? error.message : String(error) }, "sweep skipped");
      },
    );
  }, intervalMs);
  timer.unref();
  app.addHook("onClose", (_instance, done) => {
    clearInterval(timer);
    done();
  });
}

/**
 * `hops`: how many proxies stand in front of the server (one nginx: 1); the client's address is the one that many
 * steps back in `X-Forwarded-For`, so whatever a client writes there itself is ignored. `addresses`: the proxies'
 * own addresses or CIDR ranges; forwarded headers are believed only from them.
 */
export type TrustProxy = { readonly hops: number } | { readonly addresses: readonly string[] };

function fastifyTrustProxy(
  trust: TrustProxy | undefined,
): string[] | false | ((address: string, hop: number) => boolean) {
  if (trust === undefined) return false;
  if ("addresses" in trust) return [...trust.addresses];
  // The same rule as proxy-addr's hop count: the first `hops` addresses, nearest first, are proxies.
  const { hops } = trust;
  return (_address, hop) => hop < hops;
}

export type Timeouts = {
  /** The whole request, headers and body, must arrive within this (answered 408, then closed). */
  readonly requestMs: number;
  /** A connection silent for this long is closed (a slow-body or half-open client). */
  readonly idleMs: number;
};

/**
 * Two minutes carry the largest allowed upload (64 MiB) at about 4 Mbit/s; a connection that sends nothing for
 * 30 s is closed. Without limits, a client sending one byte now and then held a connection open for ever.
 */
export const DEFAULT_TIMEOUTS: Timeouts = { requestMs: 120_000, idleMs: 30_000 };

/**
 * Thirty password attempts per minute and address: one office or household behind one address is not locked out
 * by a colleague's typos, and one address cannot spray many accounts fast (OWASP ASVS V2.2.1). Guessing at one
 * account is slowed much sooner, per account and address, by the sign-in throttle.
 */
export const DEFAULT_RATE_LIMIT: RateLimit = { max: 30, timeWindowMs: 60_000 };

async function authenticate(
  hipcheck: HipCheck,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<Actor> {
  const token = sessionTokenOf(request);
  if (token === undefined) return ANONYMOUS;
  const actor = await hipcheck.authenticate(ANONYMOUS, { token });
  if (actor.ok) return actor.value;
  // An expired or ended sign-in: forget the cookie, and go on as anonymous (public routes still work).
  clearSessionCookie(request, reply);
  return ANONYMOUS;
}

/**
 * Fastify's own JSON parser (with its `__proto__` and `constructor` poisoning checks), behind a nesting cap: a
 * body nesting deeper than any HipCheck document is a 400 before it is parsed. Every body is gathered as it arrives,
 * with the route's size limit checked on each chunk (decision 0600). The large bodies of `BODY_READ_IN_WORKER` are
 * not parsed here at all: their bytes go to a worker thread, which applies the same checks and the route's schema
 * (decisions 0511, 0600).
 */
function refuseDeepJson(app: FastifyInstance, heavy: HeavyWorkPool): void {
  const parseJson = app.getDefaultJsonParser("error", "error");
  app.removeContentTypeParser("application/json");
  app.addContentTypeParser("application/json", (request, payload, done) => {
    const failed = (error: unknown) => {
      done(error instanceof Error ? error : new Error(String(error)), undefined);
    };
    // Every route has its limit (`registerRoutes`), falling back to the server's default of `buildApp`.
    readBodyStreaming(payload, request.routeOptions.bodyLimit).then((bytes) => {
      const task = BODY_READ_IN_WORKER.get(request.routeOptions.url ?? "");
      if (task !== undefined) {
        heavy.run({ kind: task, json: bytes }).then((read) => {
          done(null, new BodyReadInWorker(task, read));
        }, failed);
        return;
      }
      const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
      if (jsonNestsDeeperThan(text, MAX_JSON_DEPTH)) {
        const error = Object.assign(
          new Error(`The body nests more than ${MAX_JSON_DEPTH} levels deep; no HipCheck document does.`),
          { statusCode: 400, code: "HIP_JSON_TOO_DEEP" },
        );
        done(error, undefined);
        return;
      }
      void parseJson(request, text, done);
    }, failed);
  });
}

/** The HTTP application, without listening: tests drive it with `app.inject()`. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const timeouts = deps.timeouts ?? DEFAULT_TIMEOUTS;
  const options: FastifyHttpOptions<RawServerDefault> = {
    requestTimeout: timeouts.requestMs,
    connectionTimeout: timeouts.idleMs,
    // Node checks request deadlines on this interval (30 s by default, longer than a short test timeout).
    http: {
      connectionsCheckingInterval: Math.min(1_000, timeouts.requestMs),
      headersTimeout: Math.min(20_000, timeouts.requestMs),
    },
    logger: loggerOptions(deps.log),
    // The router's own refusals (a path part past 100 characters, a malformed escape) get the contract's error body.
    frameworkErrors: (_error, _request, reply) => {
      void sendHipError(
        reply,
        hipError(
          "invalid-input",
          "A part of this address is malformed or longer than any id; check the link.",
        ),
      );
    },
    trustProxy: fastifyTrustProxy(deps.trustProxy),
    bodyLimit: DEFAULT_BODY_LIMIT_BYTES,
  };
  const authority = deps.localAuthority;
  if (authority !== undefined) {
    // HTTPS through Node's own server; Fastify's handler and timeouts are the same as over plain HTTP.
    options.serverFactory = (handler) =>
      createHttpsServer(
        {
          key: authority.serverKeyPem,
          cert: authority.serverCertPem,
          requestTimeout: timeouts.requestMs,
          headersTimeout: Math.min(20_000, timeouts.requestMs),
          connectionsCheckingInterval: Math.min(1_000, timeouts.requestMs),
        },
        handler,
      );
  }
  const app = Fastify(options);
  deps.metrics?.instrument(app);
  app.setValidatorCompiler(acceptBodiesReadInWorker(validatorCompiler));
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  const heavy = new HeavyWorkPool(deps.heavyWork);
  app.addHook("onClose", async () => {
    await heavy.close();
  });
  refuseDeepJson(app, heavy);
  await app.register(fastifyCookie);
  addSecurityHeaders(app);
  await app.register(fastifyRateLimit, {
    global: false,
    store: sharedRateLimitStore(deps.attempts),
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      message: `Too many attempts from this address: wait ${context.after} and try again.`,
    }),
  });
  await registerApiDocs(app);

  if (deps.readiness !== undefined) checkReadiness(app, deps.readiness);
  const actors = new WeakMap<FastifyRequest, Actor>();
  app.addHook("onRequest", async (request, reply) => {
    if (!request.url.startsWith("/api/")) return;
    // Health data must not linger in a browser or proxy cache.
    void reply.header("cache-control", "no-store");
    const csrf = csrfProblemOf(request);
    if (csrf !== undefined) return sendHipError(reply, csrf);
    actors.set(request, await authenticate(deps.hipcheck, request, reply));
    return undefined;
  });
  registerRoutes(app, {
    heavy,
    hipcheck: deps.hipcheck,
    actorOf: (request) => actors.get(request) ?? ANONYMOUS,
    rateLimit: deps.rateLimit ?? DEFAULT_RATE_LIMIT,
    signInThrottle: new SignInThrottle(deps.attempts, deps.signInThrottle ?? DEFAULT_THROTTLE_POLICY),
    attempts: deps.attempts,
    ...(deps.mailLimits === undefined ? {} : { mailLimits: deps.mailLimits }),
  });
  sweepNowAndThen(app, deps.attempts, deps.sweepIntervalMs ?? SWEEP_INTERVAL_MS);
  if (authority !== undefined) registerTrustPage(app, authority);
  if (deps.webRoot === undefined) app.setNotFoundHandler(handleNotFound);
  else {
    await serveWebApp(app, deps.webRoot, deps.modelsRoot, {
      precompressed: deps.precompressedWebApp ?? true,
    });
  }
  return app;
}
