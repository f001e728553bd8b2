/**
 * An activity upload read whole in a worker thread (decision 0511). The body of `POST /api/activities/import` may
 * be 44 MB of JSON around one base64 string; on the event loop, decoding it to text, parsing it, checking the
 * base64 with the schema and decoding it again held every other request for seconds. Here the raw bytes go to a
 * worker, which does what the event loop would have done, with the same answers: the nesting cap, Fastify's JSON
 * parsing with its prototype-poisoning checks, the hostile-input guard, the route's schema; then the file's own
 * reading and its hash. Only the file name, the hash and the activities read come back.
 */
import { fileHashOf } from "@hipcheck/application";
import { routes } from "@hipcheck/contracts";
import { err, hipError, ok } from "@hipcheck/core";
import type { HipError, Result } from "@hipcheck/core";
import { parseActivityFile } from "@hipcheck/interop";
import secureJson from "secure-json-parse";
import type { z } from "zod";
import { inputProblemOf } from "../input-guard.js";
import { jsonNestsDeeperThan, MAX_JSON_DEPTH } from "../json-depth.js";
import { invalidInput } from "../validation-problem.js";

type ParsedActivities = ReturnType<typeof parseActivityFile> extends Result<infer T, HipError> ? T : never;

/** What the handler needs of an upload read in a worker. */
export type ActivityUploadRead = {
  readonly fileName: string;
  readonly fileHash: string;
  readonly activities: ParsedActivities;
};

/** The JSON text of a body, as Fastify's own parser reads it, with the same refusals. */
function jsonBodyOf(bytes: Uint8Array): Result<unknown, HipError> {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
  if (text === "") {
    return err(
      hipError("invalid-input", "The body is empty: send a JSON object, or no Content-Type header."),
    );
  }
  if (jsonNestsDeeperThan(text, MAX_JSON_DEPTH)) {
    return err(
      hipError(
        "invalid-input",
        `The body nests more than ${MAX_JSON_DEPTH} levels deep; no HipCheck document does.`,
      ),
    );
  }
  try {
    return ok(secureJson.parse(text, null, { protoAction: "error", constructorAction: "error" }));
  } catch {
    // Word for word what the event loop answers (Fastify's FST_ERR_CTP_INVALID_JSON_BODY, through the error table).
    return err(
      hipError(
        "invalid-input",
        "The body is not valid JSON: Body is not valid JSON but content-type is set to 'application/json'",
      ),
    );
  }
}

/**
 * The body as the event loop would have handed it to the route: parsed, free of hostile input and checked against
 * the route's schema, or the same refusal.
 */
export function checkedBodyOf<S extends z.ZodType>(
  bytes: Uint8Array,
  schema: S,
): Result<z.output<S>, HipError> {
  const json = jsonBodyOf(bytes);
  if (!json.ok) return json;
  const hostile = inputProblemOf({ body: json.value, query: undefined, params: undefined });
  if (hostile !== undefined) return err(hostile);
  const body = schema.safeParse(json.value);
  if (!body.success) {
    const issues = body.error.issues.map((issue) => ({
      instancePath: `/${issue.path.map(String).join("/")}`,
      message: issue.message,
    }));
    return err(invalidInput(issues, "body"));
  }
  return ok(body.data);
}

export function readActivityUpload(bytes: Uint8Array): Result<ActivityUploadRead, HipError> {
  const body = checkedBodyOf(bytes, routes.importActivities.body);
  if (!body.ok) return body;
  const { fileName, contentBase64, timeZone } = body.value;
  const file = new Uint8Array(Buffer.from(contentBase64, "base64"));
  const activities = parseActivityFile(file, fileName, timeZone === undefined ? {} : { timeZone });
  if (!activities.ok) return activities;
  return ok({ fileName, fileHash: fileHashOf(file), activities: activities.value });
}
