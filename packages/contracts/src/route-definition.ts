import type { z } from "zod";

export const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/**
 * Who may even try a route. `public` routes need no session (sign-up, sign-in, health); `signed-in` routes answer
 * 401 without one. Finer rules (whose data, which role) belong to the application layer, not to this table.
 */
export type RouteAccess = "public" | "signed-in";

/**
 * One HTTP route, described once for the server (which registers it), the OpenAPI document and the clients
 * (which call it by name). Paths use Fastify's `:param` syntax.
 */
export type RouteDefinition = {
  readonly method: HttpMethod;
  readonly path: `/api/${string}`;
  readonly summary: string;
  readonly tag: string;
  readonly access: RouteAccess;
  /** Status of a successful answer; 204 answers carry no body. */
  readonly successStatus: 200 | 201 | 204;
  readonly params?: z.ZodType;
  readonly query?: z.ZodType;
  readonly body?: z.ZodType;
  readonly response: z.ZodType;
  /**
   * A file download (PDF, calendar, CSV, FHIR JSON) rather than a JSON answer: sent with this content type and
   * `Content-Disposition: attachment`. Its `response` schema describes the body as text.
   */
  readonly file?: { readonly contentType: string };
  /**
   * Written as it is read, a page at a time (decisions 0510, 0600, 0625): the server answers it from a stream and
   * has no handler building the whole answer; a refusal before the first byte is still a JSON error.
   */
  readonly streamed?: true;
};

/**
 * Cookie-authenticated writes must carry this header (docs/decisions/0070-http.md). A browser sends a custom
 * header cross-site only after a CORS preflight, which the server never grants, so a forged form post or
 * cross-site fetch cannot carry it.
 */
export const CSRF_HEADER = "x-hipcheck-csrf";
export const CSRF_HEADER_VALUE = "1";

/** The session cookie's name; HttpOnly, so only the server ever reads it. */
export const SESSION_COOKIE = "hipcheck_session";
