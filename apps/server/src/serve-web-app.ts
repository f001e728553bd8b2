import { existsSync } from "node:fs";
import { basename, join, relative, sep } from "node:path";
import fastifyStatic from "@fastify/static";
import { hipError } from "@hipcheck/core";
import type { FastifyInstance } from "fastify";
import { handleNotFound, sendHipError } from "./http-errors.js";

/** A year, the most HTTP caches keep anything (RFC 9111 §5.2.2.1 advises no more). */
const IMMUTABLE = "public, max-age=31536000, immutable";
/** Stored, but asked again before each use: index.html and the service worker must reach a phone the day they change. */
const REVALIDATE = "no-cache";

/**
 * Files whose name carries a hash of their content (Vite's `assets/name-hash.js`, Workbox's runtime): a new build
 * gives them a new name, so a browser may keep them for good. Anything else (index.html, the service worker, the
 * manifest, the icon) keeps its name across builds and is checked with the server each time.
 */
export function isContentHashed(webRoot: string, filePath: string): boolean {
  const inWeb = relative(webRoot, filePath).split(sep).join("/");
  return inWeb.startsWith("assets/") || /^workbox-[0-9a-f]{8,}\.js$/.test(basename(inWeb));
}

export type ServeWebAppOptions = {
  /** Send `x.br` / `x.gz` (made at build time) for `x` when the browser accepts it. */
  readonly precompressed: boolean;
};

/**
 * Serves the built web app from `webRoot`. A GET for a page the app routes itself (`/program`, `/join?code=…`)
 * gets index.html; API paths keep their JSON 404. Without a built app (no index.html), the API still runs and
 * pages say how to build it. The build's precompressed copies are sent to browsers that accept them, and hashed
 * files are cached for a year, so a phone on a slow link downloads the app once and small.
 */
export async function serveWebApp(
  app: FastifyInstance,
  webRoot: string,
  modelsRoot?: string,
  options: ServeWebAppOptions = { precompressed: true },
): Promise<void> {
  const built = existsSync(join(webRoot, "index.html"));
  if (built) {
    await app.register(fastifyStatic, {
      root: webRoot,
      wildcard: true,
      preCompressed: options.precompressed,
      // Cache-Control is set per file below: hashed files for good, the rest revalidated.
      cacheControl: false,
      setHeaders: (response, filePath) => {
        const served = filePath.replace(/\.(br|gz)$/, "");
        response.setHeader("cache-control", isContentHashed(webRoot, served) ? IMMUTABLE : REVALIDATE);
        // The same address answers differently by Accept-Encoding: shared caches must keep one copy per encoding.
        response.setHeader("vary", "accept-encoding");
      },
    });
  }
  // The pose models the movement-screen page loads (several MB): only ever fetched, never listed.
  if (modelsRoot !== undefined && existsSync(modelsRoot)) {
    await app.register(fastifyStatic, {
      root: modelsRoot,
      prefix: "/models/",
      decorateReply: false,
      maxAge: "1d",
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const isAsset = request.url.startsWith("/api/") || request.url.startsWith("/models/");
    if (request.method !== "GET" || isAsset) return handleNotFound(request, reply);
    if (built) return reply.type("text/html").sendFile("index.html");
    const message = `The web app is not built in ${webRoot} (run npm run build); the API answers under /api.`;
    return sendHipError(reply, hipError("not-found", message));
  });
}
