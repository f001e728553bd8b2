import { hipError } from "@hipcheck/core";
import type { HipError } from "@hipcheck/core";
import type { FastifyReply, FastifyRequest } from "fastify";
import { sendHipError } from "./http-errors.js";

/** The dotted path of the first string holding a NUL character, or undefined. */
function nulPathOf(value: unknown, path: string): string | undefined {
  if (typeof value === "string") return value.includes("\u0000") ? path : undefined;
  if (value === null || typeof value !== "object") return undefined;
  for (const [key, inner] of Object.entries(value)) {
    const found = nulPathOf(inner, path === "" ? key : `${path}.${key}`);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Body fields are named as they are; query and path parameters get a `query.`/`params.` prefix. */
export function nulProblemOf(parts: {
  body: unknown;
  query: unknown;
  params: unknown;
}): HipError | undefined {
  const path =
    nulPathOf(parts.body, "") ?? nulPathOf(parts.query, "query") ?? nulPathOf(parts.params, "params");
  if (path === undefined) return undefined;
  const field = path === "" ? undefined : path;
  return hipError(
    "invalid-input",
    "Text may not contain the NUL character (\\u0000); remove it and send again.",
    field,
  );
}

/**
 * PostgreSQL cannot store a NUL character in text (SQLite can), so such a body would fail deep in the database
 * with a 500 on one backend only. It is refused at the edge instead, the same way on both.
 */
export async function rejectNulCharacters(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const problem = nulProblemOf(request);
  if (problem !== undefined) await sendHipError(reply, problem);
}
