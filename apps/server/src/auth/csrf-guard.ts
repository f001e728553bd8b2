import { CSRF_HEADER, CSRF_HEADER_VALUE } from "@hipcheck/contracts";
import { hipError } from "@hipcheck/core";
import type { HipError } from "@hipcheck/core";
import type { FastifyRequest } from "fastify";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Cross-site request forgery guard for every API write (docs/decisions/0070-http.md): the request must carry
 * the custom header, which a browser sends cross-site only after a CORS preflight the server never grants; and
 * when the browser names the page's origin, it must be this server's own.
 */
export function csrfProblemOf(request: FastifyRequest): HipError | undefined {
  if (SAFE_METHODS.has(request.method)) return undefined;
  if (request.headers[CSRF_HEADER] !== CSRF_HEADER_VALUE) {
    return hipError(
      "forbidden",
      `Writes need the header ${CSRF_HEADER}: ${CSRF_HEADER_VALUE} (HipCheck's clients send it); the request was refused.`,
    );
  }
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== `${request.protocol}://${request.host}`) {
    return hipError("forbidden", `Writes from another site (${origin}) are refused.`);
  }
  return undefined;
}
