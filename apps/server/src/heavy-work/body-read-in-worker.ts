/**
 * A request body read in a worker thread (decisions 0511, 0600): the JSON parser hands the raw bytes of such a
 * route to the pool and gives the route this in place of the parsed body. The route's schema already ran in the
 * worker, so the validator lets it through as it is (`acceptBodiesReadInWorker`), and the handler takes what was
 * read, or the refusal, from it.
 */
import { routes } from "@hipcheck/contracts";
import type { HipError, Result } from "@hipcheck/core";
import type { FastifySchemaCompiler } from "fastify";
import type { ZodType } from "zod";
import type { HeavyOutput, UploadTask } from "./heavy-tasks.js";

/** The routes whose body is read in a worker, by path (each takes POST only), and the task that reads it. */
export const BODY_READ_IN_WORKER: ReadonlyMap<string, UploadTask["kind"]> = new Map([
  [routes.importActivities.path, "activity-upload"],
  [routes.importData.path, "import-upload"],
  [routes.importFhir.path, "fhir-upload"],
] as const);

export class BodyReadInWorker<K extends UploadTask["kind"] = UploadTask["kind"]> {
  constructor(
    readonly kind: K,
    readonly read: Result<HeavyOutput<K>, HipError>,
  ) {}
}

/** What the worker read from a body of this kind; anything else reaching the handler is a bug in the wiring. */
export function bodyReadInWorker<K extends UploadTask["kind"]>(
  kind: K,
  body: unknown,
): Result<HeavyOutput<K>, HipError> {
  if (!(body instanceof BodyReadInWorker) || body.kind !== kind) {
    throw new Error("This route's body is read in a worker thread.");
  }
  return (body as BodyReadInWorker<K>).read;
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
