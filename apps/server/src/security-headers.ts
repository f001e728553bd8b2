import { IncomingMessage, type ServerResponse } from "node:http";
import { Socket } from "node:net";
import type { FastifyInstance } from "fastify";
import helmet from "helmet";
import type { HelmetOptions } from "helmet";

/**
 * Helmet's defaults plus what the web app needs: cross-origin isolation (COOP same-origin + COEP require-corp)
 * so the pose model's WebAssembly can use threads (SharedArrayBuffer needs it), WebAssembly compilation, camera
 * frames as blob: images, and the API docs' inline styles.
 */
export const SECURITY_HEADERS: HelmetOptions = {
  crossOriginOpenerPolicy: { policy: "same-origin" },
  crossOriginEmbedderPolicy: { policy: "require-corp" },
  crossOriginResourcePolicy: { policy: "same-origin" },
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", "data:", "blob:"],
      mediaSrc: ["'self'", "blob:"],
      workerSrc: ["'self'", "blob:"],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      frameAncestors: ["'none'"],
      // A self-hosted server is often reached over plain http on a local network: upgrading would break it.
      upgradeInsecureRequests: null,
    },
  },
};

/**
 * What helmet does to an answer, with `SECURITY_HEADERS`: the headers it sets and the ones it removes. None of them
 * depends on the request (no directive is a function), so helmet is asked once, when the server starts, on a
 * response that only records (decision 0821).
 */
export function securityHeaderSet(): {
  readonly set: readonly (readonly [string, string])[];
  readonly removed: readonly string[];
} {
  const set: [string, string][] = [];
  const removed: string[] = [];
  const recorder = {
    setHeader: (name: string, value: string) => set.push([name, value]),
    removeHeader: (name: string) => removed.push(name),
  };
  let failure: unknown;
  helmet(SECURITY_HEADERS)(
    new IncomingMessage(new Socket()),
    recorder as unknown as ServerResponse,
    (error?: unknown) => {
      failure = error;
    },
  );
  if (failure !== undefined) throw new Error("helmet refused the security headers", { cause: failure });
  return { set, removed };
}

/**
 * Sets the headers on every answer, API, docs and web app alike: helmet's, worked out once (`securityHeaderSet`),
 * set on the raw response as `@fastify/helmet` does. Helmet is used directly, so that it loads the same way under
 * every module resolution (the test runner resolves `require("helmet")` to its ES module, which the plugin cannot
 * call).
 */
export function addSecurityHeaders(app: FastifyInstance): void {
  const { set, removed } = securityHeaderSet();
  app.addHook("onRequest", (_request, reply, done) => {
    for (const [name, value] of set) reply.raw.setHeader(name, value);
    for (const name of removed) reply.raw.removeHeader(name);
    done();
  });
}
