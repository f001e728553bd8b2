/**
 * A fuzzer that reads the server's own OpenAPI document and, for every route that takes a body, builds bodies from
 * the route's schema and then breaks them the way an attacker would: each field in turn given a value of the wrong
 * type, at or past its bounds, a far date, a NUL character, huge text, a deep nest; `__proto__` and `constructor`
 * keys; unknown fields; whole bodies that are not objects. Over 4,000 bodies, in-process (no network), with a seeded
 * generator so a failure repeats: not one may answer 5xx, and every refusal has the contract's error body.
 */
import { ErrorBodySchema } from "@hipcheck/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSmtpAccountMailer } from "./mail/smtp-account-mailer.js";
import type { SmtpAccountMailer } from "./mail/smtp-account-mailer.js";
import { createScene } from "./testing/scene.js";
import type { Scene, SceneRole } from "./testing/scene.js";
import { startSmtpSink } from "./testing/smtp-sink.js";
import type { SmtpSink } from "./testing/smtp-sink.js";

const BODIES_PER_ROUTE = 180;
const MIN_BODIES_IN_ALL = 4_000;

type Schema = {
  readonly type?: string | readonly string[];
  readonly $ref?: string;
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly nullable?: boolean;
  readonly anyOf?: readonly Schema[];
  readonly oneOf?: readonly Schema[];
  readonly allOf?: readonly Schema[];
  readonly properties?: Readonly<Record<string, Schema>>;
  readonly required?: readonly string[];
  readonly items?: Schema;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly format?: string;
  readonly pattern?: string;
  readonly description?: string;
};

type Operation = {
  readonly requestBody?: { readonly content?: Record<string, { readonly schema?: Schema }> };
  readonly parameters?: readonly { readonly in: string; readonly name: string }[];
};
type OpenApi = {
  readonly paths: Record<string, Record<string, Operation>>;
  readonly components?: { readonly schemas?: Record<string, Schema> };
};

/** mulberry32: a small seeded generator, so the same bodies are sent on every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const random = seededRandom(20_261_204);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

let document: OpenApi;
const resolve = (schema: Schema): Schema => {
  if (schema.$ref === undefined) return schema;
  const name = schema.$ref.split("/").at(-1) ?? "";
  return document.components?.schemas?.[name] ?? {};
};

function typeOf(schema: Schema): string | undefined {
  return Array.isArray(schema.type)
    ? (schema.type.find((t) => t !== "null") as string)
    : (schema.type as string);
}

const isDateField = (schema: Schema) =>
  schema.format === "date" || (schema.description ?? "").includes("YYYY-MM-DD");

/** A value that fits the schema as far as the document says (refinements it cannot state may still fail). */
function validValue(raw: Schema, depth = 0): unknown {
  const schema = resolve(raw);
  if (schema.const !== undefined) return schema.const;
  if (schema.enum !== undefined) return pick(schema.enum);
  const choices = schema.anyOf ?? schema.oneOf;
  if (choices !== undefined) return validValue(pick(choices), depth + 1);
  if (schema.allOf !== undefined) return validValue(schema.allOf[0] ?? {}, depth + 1);
  switch (typeOf(schema)) {
    case "object": {
      const result: Record<string, unknown> = {};
      for (const [key, inner] of Object.entries(schema.properties ?? {})) {
        if (depth < 12 && ((schema.required ?? []).includes(key) || random() < 0.5)) {
          result[key] = validValue(inner, depth + 1);
        }
      }
      return result;
    }
    case "array": {
      const count = depth < 12 ? Math.max(schema.minItems ?? 0, Math.min(schema.maxItems ?? 3, 2)) : 0;
      return Array.from({ length: count }, () => validValue(schema.items ?? {}, depth + 1));
    }
    case "integer":
      return Math.max(schema.minimum ?? 0, Math.min(schema.maximum ?? 10, 3));
    case "number":
      return Math.max(schema.minimum ?? 0, Math.min(schema.maximum ?? 10, 2.5));
    case "boolean":
      return random() < 0.5;
    case "string":
      if (isDateField(schema)) return "2026-11-22";
      if (schema.format === "date-time") return "2026-11-22T08:00:00.000Z";
      if (schema.format === "email") return "fuzz@example.org";
      return "x".repeat(Math.max(schema.minLength ?? 1, 8));
    default:
      return null;
  }
}

const deep = (levels: number): unknown => {
  let value: unknown = 1;
  for (let level = 0; level < levels; level += 1) value = { a: value };
  return value;
};

/** What an attacker puts in one field, chosen with the field's schema in mind. */
function hostileValue(raw: Schema): unknown {
  const schema = resolve(raw);
  const type = typeOf(schema);
  const common: unknown[] = [
    null,
    true,
    [],
    {},
    "",
    -1,
    1e308,
    -1e308,
    2 ** 53,
    0.1,
    "\u0000",
    "x\u0000y",
    "9999-12-31",
    "0000-00-00",
    "2026-02-30",
    "1899-12-31T23:59:59Z",
    "' OR 1=1; --",
    "<script>alert(1)</script>",
    "🏃‍♀️".repeat(500),
    "a".repeat(70_000),
    [deep(40)],
    deep(70),
    Array.from({ length: 5_000 }, () => 0),
    { __proto__: { admin: true } },
  ];
  const typed: unknown[] = [];
  if (type === "string") {
    typed.push(
      "a".repeat((schema.maxLength ?? 10) + 1),
      "a".repeat(schema.maxLength ?? 10),
      " ".repeat(schema.minLength ?? 1),
      "\ud800",
      isDateField(schema)
        ? pick(["9999-12-31", "0001-01-01", "2199-12-31", "1900-01-01", "2026-13-01"])
        : "é",
    );
  }
  if (type === "integer" || type === "number") {
    const min = schema.minimum ?? 0;
    const max = schema.maximum ?? 100;
    typed.push(min - 1, max + 1, min, max, min + 0.5, -0, Number.MAX_SAFE_INTEGER + 2, "3");
  }
  if (type === "array") {
    typed.push(
      Array.from({ length: (schema.maxItems ?? 50) + 1 }, () => validValue(schema.items ?? {})),
      [null],
      [hostileValue(schema.items ?? {})],
    );
  }
  if (type === "object") typed.push({ ...(validValue(schema) as object), unknownField: 1 }, "object");
  if (schema.enum !== undefined) typed.push("not-in-the-list", String(schema.enum[0]).toUpperCase());
  return random() < 0.6 && typed.length > 0 ? pick(typed) : pick(common);
}

/** Every dotted path into a value, with the schema that describes it. */
function pathsOf(
  value: unknown,
  raw: Schema,
  path: (string | number)[] = [],
  found: [(string | number)[], Schema][] = [],
) {
  const schema = resolve(raw);
  found.push([path, schema]);
  if (Array.isArray(value)) {
    value.forEach((inner, index) => pathsOf(inner, schema.items ?? {}, [...path, index], found));
  } else if (value !== null && typeof value === "object") {
    const properties =
      schema.properties ?? (schema.anyOf ?? schema.oneOf ?? []).map(resolve)[0]?.properties ?? {};
    for (const [key, inner] of Object.entries(value)) {
      pathsOf(inner, properties[key] ?? {}, [...path, key], found);
    }
  }
  return found;
}

function setAt(root: unknown, path: readonly (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let cursor = copy;
  for (const key of path.slice(0, -1)) cursor = cursor[key] as Record<string | number, unknown>;
  cursor[path.at(-1) as string | number] = replacement;
  return copy;
}

/** One hostile request body, as the text sent (a `__proto__` key only survives as text). */
function hostileBody(schema: Schema): string {
  const valid = validValue(schema);
  const strategy = random();
  if (strategy < 0.08) return JSON.stringify(pick([null, 0, "text", [], [valid], true]));
  if (strategy < 0.16 && valid !== null && typeof valid === "object" && !Array.isArray(valid)) {
    const key = pick(["__proto__", "constructor", "prototype"]);
    return JSON.stringify(valid).replace(/^\{/, `{"${key}":{"role":"admin","prototype":{"x":1}},`);
  }
  if (strategy < 0.24) {
    const required = resolve(schema).required ?? [];
    const dropped = required.length > 0 ? pick(required) : undefined;
    const without = Object.fromEntries(
      Object.entries(valid as Record<string, unknown>).filter(([key]) => key !== dropped),
    );
    return JSON.stringify(without);
  }
  const paths = pathsOf(valid, schema);
  const [path, fieldSchema] = pick(paths);
  let body = setAt(valid, path, hostileValue(fieldSchema));
  if (random() < 0.3) {
    const [otherPath, otherSchema] = pick(pathsOf(body, schema));
    body = setAt(body, otherPath, hostileValue(otherSchema));
  }
  return JSON.stringify(body);
}

let scene: Scene;
let sink: SmtpSink;
let mailer: SmtpAccountMailer;
beforeAll(async () => {
  // Mail set up, so that the mail routes judge the bodies rather than answering that this server sends no mail.
  sink = await startSmtpSink();
  mailer = createSmtpAccountMailer(
    { smtpUrl: sink.url, from: "hipcheck@clinic.example", publicUrl: "https://hipcheck.clinic.example" },
    () => undefined,
  );
  scene = await createScene({}, { filename: ":memory:" }, { mailer });
  document = (await scene.t.app.inject({ url: "/api/docs/json" })).json<OpenApi>();
});
afterAll(async () => {
  await scene.close();
  await mailer.close();
  await sink.close();
});

function roleFor(path: string): SceneRole {
  if (path.startsWith("/api/admin")) return "admin";
  if (path.startsWith("/api/coach") || path.startsWith("/api/groups")) return "coach";
  return "person";
}

function filledPath(path: string): string {
  const ids: Record<string, string> = {
    programId: scene.ids.programId,
    clientId: scene.ids.person,
    personId: scene.ids.person,
    groupId: scene.ids.groupId,
    linkId: scene.ids.linkId,
    screenId: scene.ids.screenId,
  };
  return path.replace(/\{(\w+)\}/g, (_whole, name: string) =>
    random() < 0.15
      ? encodeURIComponent(pick(["..%2F..", "x".repeat(500), "9999-12-31", "%00"]))
      : (ids[name] ?? "x"),
  );
}

describe("schema-aware fuzzing from the OpenAPI document", () => {
  it("sends over 4,000 hostile bodies across every write route without a single 5xx", async () => {
    const writeRoutes = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.entries(operations).flatMap(([method, operation]) => {
        const schema = operation.requestBody?.content?.["application/json"]?.schema;
        return schema === undefined ? [] : [{ path, method: method.toUpperCase(), schema }];
      }),
    );
    expect(writeRoutes.length).toBeGreaterThan(20);
    const failures: string[] = [];
    let sent = 0;
    for (const route of writeRoutes) {
      const client = scene.as[route.path === "/api/accounts" ? "anonymous" : roleFor(route.path)];
      for (let index = 0; index < BODIES_PER_ROUTE; index += 1) {
        const payload = hostileBody(route.schema);
        const answer = await scene.t.app.inject({
          method: route.method as "POST",
          url: filledPath(route.path),
          headers: {
            "content-type": "application/json",
            "x-hipcheck-csrf": "1",
            ...(client.cookieValue === undefined ? {} : { cookie: `hipcheck_session=${client.cookieValue}` }),
          },
          payload,
        });
        sent += 1;
        if (answer.statusCode >= 500) {
          failures.push(`${route.method} ${route.path} ${answer.statusCode}: ${payload.slice(0, 300)}`);
        } else if (answer.statusCode >= 400 && !ErrorBodySchema.safeParse(answer.json()).success) {
          failures.push(`${route.method} ${route.path} ${answer.statusCode} without an error body`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThanOrEqual(MIN_BODIES_IN_ALL);
  }, 300_000);
});
