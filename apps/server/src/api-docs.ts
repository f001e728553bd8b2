import { CSRF_HEADER, CSRF_HEADER_VALUE, SESSION_COOKIE } from "@hipcheck/contracts";
import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import type { FastifyInstance } from "fastify";
import { jsonSchemaTransform } from "fastify-type-provider-zod";

export const API_DOCS_PATH = "/api/docs";

/** The OpenAPI document, generated from the route table's zod schemas, and its browsable page. */
export async function registerApiDocs(app: FastifyInstance): Promise<void> {
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: "HipCheck API",
        description:
          "Hip strengthening for knee pain. Errors answer { error: { kind, message, field? } }. Writes need the " +
          `${CSRF_HEADER}: ${CSRF_HEADER_VALUE} header; signing in sets an HttpOnly session cookie.`,
        version: "1.0.0",
      },
      components: {
        securitySchemes: { session: { type: "apiKey", in: "cookie", name: SESSION_COOKIE } },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: API_DOCS_PATH });
}
