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
 * Sets the headers on every answer, API, docs and web app alike. Helmet is applied to the raw response as
 * `@fastify/helmet` does; used directly, it loads the same way under every module resolution (the test runner
 * resolves `require("helmet")` to its ES module, which the plugin cannot call).
 */
export function addSecurityHeaders(app: FastifyInstance): void {
  const apply = helmet(SECURITY_HEADERS);
  app.addHook("onRequest", (request, reply, done) => {
    apply(request.raw, reply.raw, (error) => {
      done(error instanceof Error ? error : undefined);
    });
  });
}
