import { existsSync } from "node:fs";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import { hipError } from "@hipcheck/core";
import type { FastifyInstance } from "fastify";
import { handleNotFound, sendHipError } from "./http-errors.js";

/**
 * Serves the built web app from `webRoot`. A GET for a page the app routes itself (`/program`, `/join?code=…`)
 * gets index.html; API paths keep their JSON 404. Without a built app (no index.html), the API still runs and
 * pages say how to build it.
 */
export async function serveWebApp(app: FastifyInstance, webRoot: string, modelsRoot?: string): Promise<void> {
  const built = existsSync(join(webRoot, "index.html"));
  if (built) await app.register(fastifyStatic, { root: webRoot, wildcard: true });
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
