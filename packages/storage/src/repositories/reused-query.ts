import { CompiledQuery } from "kysely";
import type { Compilable, Kysely } from "kysely";
import type { Database } from "../database-schema.js";

/** SQL texts by dialect (its adapter) and by the shape a caller names. */
const textsByAdapter = new WeakMap<object, Map<string, string>>();

/** Shapes kept per dialect: the callers' shapes are few (a count of terms each), this only bounds a mistake. */
const MAX_SHAPES = 1_000;

/**
 * A query whose SQL text depends only on its `shape` (how many terms it has, which clauses), built and compiled by
 * Kysely the first time that shape is seen, then run again with new `parameters` (decision 0590): building and
 * compiling a union of thirty selects cost more than running it. `parameters` must be the values Kysely binds,
 * in its order; the first compile of each shape checks that they are, so a wrong order fails at once, on every
 * dialect the tests run, rather than binding a value to the wrong place.
 */
export function reusedQuery<R>(
  db: Kysely<Database>,
  shape: string,
  build: () => Compilable<R>,
  parameters: readonly unknown[],
): CompiledQuery<R> {
  const adapter = db.getExecutor().adapter;
  let texts = textsByAdapter.get(adapter);
  if (texts === undefined) {
    texts = new Map();
    textsByAdapter.set(adapter, texts);
  }
  // Kysely leaves out what is undefined (a column of an insert, say), which changes the text: not one shape.
  if (parameters.includes(undefined)) throw new Error(`reusedQuery ${shape}: a value is undefined`);
  const known = texts.get(shape);
  if (known !== undefined) return CompiledQuery.raw(known, [...parameters]);
  const compiled = build().compile();
  const bound = compiled.parameters;
  if (bound.length !== parameters.length || bound.some((value, index) => value !== parameters[index])) {
    throw new Error(`reusedQuery ${shape}: the parameters given are not the ones the query binds, in order`);
  }
  if (texts.size >= MAX_SHAPES) texts.clear();
  texts.set(shape, compiled.sql);
  return compiled;
}

/** The rows of a `reusedQuery`, run on `db` (inside its transaction when it is one). */
export async function reusedRows<R>(
  db: Kysely<Database>,
  shape: string,
  build: () => Compilable<R>,
  parameters: readonly unknown[],
): Promise<readonly R[]> {
  return (await db.executeQuery(reusedQuery(db, shape, build, parameters))).rows;
}
