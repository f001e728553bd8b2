import { ANONYMOUS } from "@hipcheck/application";
import type { Actor, HipCheck } from "@hipcheck/application";
import { DEFAULT_BODY_LIMIT_BYTES } from "@hipcheck/contracts";
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
import { registerApiDocs } from "./api-docs.js";
import { handleError, handleNotFound, sendHipError } from "./http-errors.js";
import { loggerOptions } from "./logger-options.js";
import type { LogOptions } from "./logger-options.js";
import { registerRoutes } from "./routes/register-routes.js";
import type { RateLimit } from "./routes/register-routes.js";
import { addSecurityHeaders } from "./security-headers.js";
import { serveWebApp } from "./serve-web-app.js";

export type AppDeps = {
  readonly hipcheck: HipCheck;
  /** Off unless given; secrets are redacted from every log line. */
  readonly log?: LogOptions;
  /** Trust `X-Forwarded-*` from a reverse proxy (needed to see https, hence Secure cookies, behind one). */
  readonly trustProxy?: boolean;
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
};

/** Ten password attempts per minute and address: enough for typos, too slow for guessing (OWASP ASVS V2.2.1). */
export const DEFAULT_RATE_LIMIT: RateLimit = { max: 10, timeWindowMs: 60_000 };

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

/** The HTTP application, without listening: tests drive it with `app.inject()`. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const options: FastifyHttpOptions<RawServerDefault> = {
    logger: loggerOptions(deps.log),
    trustProxy: deps.trustProxy ?? false,
    bodyLimit: DEFAULT_BODY_LIMIT_BYTES,
  };
  const app = Fastify(options);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  await app.register(fastifyCookie);
  addSecurityHeaders(app);
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      message: `Too many attempts from this address: wait ${context.after} and try again.`,
    }),
  });
  await registerApiDocs(app);

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
    hipcheck: deps.hipcheck,
    actorOf: (request) => actors.get(request) ?? ANONYMOUS,
    rateLimit: deps.rateLimit ?? DEFAULT_RATE_LIMIT,
  });
  if (deps.webRoot === undefined) app.setNotFoundHandler(handleNotFound);
  else {
    await serveWebApp(app, deps.webRoot, deps.modelsRoot, {
      precompressed: deps.precompressedWebApp ?? true,
    });
  }
  return app;
}
