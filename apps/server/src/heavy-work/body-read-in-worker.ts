/**
 * A request body read in a worker thread (decision 0511): the JSON parser hands the raw bytes of such a route to
 * the pool and gives the route this in place of the parsed body. The route's schema already ran in the worker, so
 * the validator lets it through as it is (`acceptBodiesReadInWorker`), and the handler takes what was read, or
 * the refusal, from it.
 */
import { routes } from "@hipcheck/contracts";
import type { HipError, Result } from "@hipcheck/core";
import type { FastifySchemaCompiler } from "fastify";
import type { ZodType } from "zod";
import type { ActivityUploadRead } from "./activity-upload.js";

/** The routes whose body is read in a worker, by path (each takes POST only). */
export const BODY_READ_IN_WORKER_PATHS: ReadonlySet<string> = new Set([routes.importActivities.path]);

export class BodyReadInWorker {
  constructor(readonly read: Result<ActivityUploadRead, HipError>) {}
}

/** What the worker read from an upload; anything else reaching the handler is a bug in the wiring. */
export function uploadReadInWorker(body: unknown): Result<ActivityUploadRead, HipError> {
  if (!(body instanceof BodyReadInWorker)) throw new Error("This route's body is read in a worker thread.");
  return body.read;
}

/** The route's own validator, except for a body the worker has already checked against the same schema. */
export function acceptBodiesReadInWorker(
  compile: FastifySchemaCompiler<ZodType>,
): FastifySchemaCompiler<ZodType> {
  return (route) => {
    const validate = compile(route);
    return (value: unknown) => (value instanceof BodyReadInWorker ? { value } : validate(value));
  };
}
