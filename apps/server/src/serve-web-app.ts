import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import { handleNotFound } from "./http-errors.js";

/**
 * Serves the built web app from `webRoot`. A GET for a page the app routes itself (`/program`, `/join?code=…`)
 * gets index.html; API paths keep their JSON 404.
 */
export async function serveWebApp(app: FastifyInstance, webRoot: string): Promise<void> {
  await app.register(fastifyStatic, { root: webRoot, wildcard: true });
  app.setNotFoundHandler((request, reply) => {
    const isPage = request.method === "GET" && !request.url.startsWith("/api/");
    return isPage ? reply.type("text/html").sendFile("index.html") : handleNotFound(request, reply);
  });
}
