import type { HipError } from "@hipcheck/core";
import { hipError } from "@hipcheck/core";
import { httpStatusOf, toErrorBody, UNEXPECTED_ERROR } from "@hipcheck/contracts";
import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { isDatabaseUnavailable } from "@hipcheck/storage";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { invalidInput } from "./validation-problem.js";

/** What Fastify itself rejects before a handler runs, said so that a person can fix the request. */
function transportError(error: FastifyError): HipError | undefined {
  switch (error.code) {
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return hipError(
        "payload-too-large",
        "The request body is too large for this route; send less data at once.",
      );
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return hipError(
        "unsupported-media",
        "Send the body as JSON, with the header Content-Type: application/json.",
      );
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return hipError("invalid-input", "The body is empty: send a JSON object, or no Content-Type header.");
    case "FST_ERR_CTP_INVALID_JSON_BODY":
      return hipError("invalid-input", `The body is not valid JSON: ${error.message}`);
    default:
      break;
  }
  if (error.statusCode === 429) return hipError("rate-limited", error.message);
  if (error instanceof SyntaxError) {
    return hipError("invalid-input", `The body is not valid JSON: ${error.message}`);
  }
  if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
    return hipError("invalid-input", error.message);
  }
  return undefined;
}

/** Seconds a client waits before sending again a request the database could not take (a restart takes a few). */
export const RETRY_AFTER_SECONDS = 2;

export function sendHipError(reply: FastifyReply, error: HipError): FastifyReply {
  if (error.kind === "unavailable") void reply.header("retry-after", String(RETRY_AFTER_SECONDS));
  return reply.code(httpStatusOf(error.kind)).send(toErrorBody(error));
}

/**
 * The server's one error handler: validation failures and transport rejections become `HipError`s mapped through
 * the contracts' error table; a database that cannot be reached for now is a 503 with `retry-after`; anything
 * else is a bug, logged with its stack and answered 500 without details.
 */
export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (hasZodFastifySchemaValidationErrors(error)) {
    return sendHipError(reply, invalidInput(error.validation, error.validationContext));
  }
  const expected = transportError(error);
  if (expected !== undefined) return sendHipError(reply, expected);
  if (isDatabaseUnavailable(error)) {
    // Not a bug: the database is restarting or unreachable. One line without a stack, and a retry hint.
    request.log.warn({ code: (error as { code?: unknown }).code }, "database unavailable");
    return sendHipError(
      reply,
      hipError(
        "unavailable",
        "The database cannot be reached for a moment, so this may not have been saved. Send it again shortly.",
      ),
    );
  }
  request.log.error({ err: error }, "unexpected error");
  return reply.code(UNEXPECTED_ERROR.httpStatus).send({
    error: {
      kind: "internal",
      message:
        "Something went wrong on the server; it has been logged. Try again, and report it if it persists.",
    },
  });
}

export function handleNotFound(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const path = request.url.split("?")[0] ?? request.url;
  return sendHipError(
    reply,
    hipError("not-found", `There is no ${request.method} ${path} route in this API.`),
  );
}
