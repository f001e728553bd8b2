import type { Actor, HipCheck } from "@hipcheck/application";
import type { RouteDefinition, Routes, WholeRouteName } from "@hipcheck/contracts";
import type { HipError, Result } from "@hipcheck/core";
import type { z } from "zod";
import type { HeavyWorkPool } from "../heavy-work/heavy-work-pool.js";

export type Part<R, K extends "params" | "query" | "body"> = R extends {
  readonly [P in K]: infer S extends z.ZodType;
}
  ? z.output<S>
  : undefined;

/** The session cookie, as far as a handler needs it: sign-in sets it, sign-out clears it. */
export type SessionControl = {
  readonly token: string | undefined;
  set(token: string, expiresAt: string): void;
  clear(): void;
};

/** A request after parsing: who acts, and the route's validated parts. */
export type HandlerInput<R extends RouteDefinition> = {
  readonly actor: Actor;
  readonly params: Part<R, "params">;
  readonly query: Part<R, "query">;
  readonly body: Part<R, "body">;
  readonly session: SessionControl;
  /** Worker threads for CPU-heavy work (PDF, activity files, FHIR), with a time limit and a bounded queue. */
  readonly heavy: HeavyWorkPool;
};

/** Use-cases answer with readonly arrays and objects; a response only has to match the schema's shape. */
type DeepReadonly<T> = T extends readonly (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/** What a file route's handler answers: the file and the name a browser saves it under. */
export type FileAnswer = { readonly fileName: string; readonly content: string | Uint8Array };

/**
 * Calls one use-case with the actor; the result's error is mapped by the error table, never here. A file route
 * then renders the use-case's data with `@hipcheck/interop`.
 */
export type RouteHandler<R extends RouteDefinition> = (
  hipcheck: HipCheck,
  input: HandlerInput<R>,
) => Promise<
  Result<R extends { readonly file: object } ? FileAnswer : DeepReadonly<z.input<R["response"]>>, HipError>
>;

/** Routes written as they are read have no whole-answer handler: `STREAMED_ANSWERS` answers them. */
export type RouteHandlers = { readonly [N in WholeRouteName]: RouteHandler<Routes[N]> };
export type HandlersOf<N extends WholeRouteName> = { readonly [K in N]: RouteHandler<Routes[K]> };

/**
 * Zod reads an absent optional field as `undefined`; the use-cases' inputs leave such fields out entirely
 * (exactOptionalPropertyTypes), so absent fields are dropped before the call.
 */
export function withoutUndefined<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, inner]) => inner !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };
}
