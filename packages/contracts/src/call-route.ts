import { err, ok } from "@hipcheck/core";
import type { Result } from "@hipcheck/core";
import type { z } from "zod";
import { ErrorBodySchema } from "./error-body.js";
import type { ErrorBody } from "./error-body.js";
import { nextPageHref, PAGED_ROUTE_NAMES } from "./pagination.js";
import { CSRF_HEADER, CSRF_HEADER_VALUE } from "./route-definition.js";
import type { RouteDefinition } from "./route-definition.js";
import { routes } from "./routes.js";
import type { RouteName, Routes } from "./routes.js";

type InputPart<R, K extends "params" | "query" | "body"> = R extends {
  readonly [P in K]: infer S extends z.ZodType;
}
  ? { readonly [P in K]: z.input<S> }
  : { readonly [P in K]?: never };

/** What a caller passes for route `R`: exactly the parts the route declares. */
export type RouteInputOf<R extends RouteDefinition> = InputPart<R, "params"> &
  InputPart<R, "query"> &
  InputPart<R, "body">;
export type RouteOutputOf<R extends RouteDefinition> = z.output<R["response"]>;

/** A failed call: the server's error body plus the HTTP status (0 when the server could not be reached). */
export type ApiError = ErrorBody["error"] & { readonly status: number };

/** The part of `fetch` the client uses, so a browser, Node or a test's in-process transport can all serve. */
export type FetchLike = (
  url: string,
  init: {
    method: string;
    headers: Record<string, string>;
    body?: string;
    credentials?: "include" | "same-origin";
  },
) => Promise<{
  readonly status: number;
  text(): Promise<string>;
  /** A list route's `Link` header names its next page; a transport without headers reads the first page only. */
  readonly headers?: { get(name: string): string | null };
}>;

export type RouteTransport = {
  readonly baseUrl: string;
  readonly fetch: FetchLike;
  /** Extra headers on every call, e.g. a `cookie` header outside a browser. */
  readonly headers?: Readonly<Record<string, string>>;
};

export function pathOf(
  route: RouteDefinition,
  params: Readonly<Record<string, unknown>> | undefined,
): string {
  return route.path.replace(/:([A-Za-z]+)/g, (_whole, name: string) => {
    const value = params?.[name];
    if (typeof value !== "string" && typeof value !== "number") {
      throw new TypeError(`Route ${route.path} needs the path parameter "${name}"`);
    }
    return encodeURIComponent(String(value));
  });
}

function queryStringOf(query: Readonly<Record<string, unknown>> | undefined): string {
  if (query === undefined) return "";
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (typeof value === "string" || typeof value === "number") search.set(key, String(value));
  }
  const text = search.toString();
  return text === "" ? "" : `?${text}`;
}

function parseJson(text: string): unknown {
  try {
    return text === "" ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}

function failureOf(status: number, payload: unknown): ApiError {
  const parsed = ErrorBodySchema.safeParse(payload);
  if (parsed.success) return { ...parsed.data.error, status };
  const kind =
    status === 413
      ? "payload-too-large"
      : status === 429
        ? "rate-limited"
        : status === 503
          ? "unavailable"
          : "internal";
  return { kind, message: `The server answered ${status} without an explanation.`, status };
}

export type RouteInput<N extends RouteName> = RouteInputOf<Routes[N]>;
export type RouteOutput<N extends RouteName> = RouteOutputOf<Routes[N]>;

/** A route's address with its path parameters and query, relative to the server: a download link's `href`. */
export function routeHref<N extends RouteName>(name: N, input: RouteInput<N>): string {
  const parts = input as { params?: Record<string, unknown>; query?: Record<string, unknown> };
  return `${pathOf(routes[name], parts.params)}${queryStringOf(parts.query)}`;
}

/** The most pages one call follows: far beyond any quota, a stop should a server keep linking. */
const MAX_PAGES = 10_000;

/**
 * Calls a route of the table by name, validating the answer with the same schema the server used. Expected
 * failures (4xx, 5xx, an unreachable server, an answer that breaks the contract) come back as values. A list
 * route is read page by page, following each answer's `Link` header, and the caller gets the whole list.
 */
export async function callRoute<N extends RouteName>(
  transport: RouteTransport,
  name: N,
  input: RouteInput<N>,
): Promise<Result<RouteOutput<N>, ApiError>> {
  const route: RouteDefinition = routes[name];
  const parts = input as { body?: unknown };
  const headers: Record<string, string> = { ...transport.headers, [CSRF_HEADER]: CSRF_HEADER_VALUE };
  const init: Parameters<FetchLike>[1] = { method: route.method, headers, credentials: "same-origin" };
  if (parts.body !== undefined) {
    headers["content-type"] = "application/json";
    init.body = JSON.stringify(parts.body);
  }
  const paged = PAGED_ROUTE_NAMES.has(name);
  const items: unknown[] = [];
  let href: string | undefined = routeHref(name, input);
  for (let page = 0; href !== undefined && page < MAX_PAGES; page += 1) {
    const answer = await fetchOnce(transport, route, `${transport.baseUrl}${href}`, init);
    if (!answer.ok) return answer;
    if (!paged) return ok(answer.value.data as RouteOutput<N>);
    items.push(...(answer.value.data as unknown[]));
    href = nextPageHref(answer.value.link);
  }
  return ok(items as RouteOutput<N>);
}

async function fetchOnce(
  transport: RouteTransport,
  route: RouteDefinition,
  url: string,
  init: Parameters<FetchLike>[1],
): Promise<Result<{ data: unknown; link: string | null }, ApiError>> {
  let response: Awaited<ReturnType<FetchLike>>;
  try {
    response = await transport.fetch(url, init);
  } catch (cause) {
    const message = `Could not reach the HipCheck server at ${transport.baseUrl}: ${String(cause)}`;
    return err({ kind: "internal", message, status: 0 });
  }
  const text = await response.text();
  const payload = parseJson(text);
  if (response.status >= 400) return err(failureOf(response.status, payload));
  const link = response.headers?.get("link") ?? null;
  if (route.file !== undefined) return ok({ data: text, link });
  const parsed = route.response.safeParse(route.successStatus === 204 ? null : payload);
  if (!parsed.success) {
    const message = `The server's answer to ${route.method} ${route.path} does not match the contract.`;
    return err({ kind: "internal", message, status: response.status });
  }
  return ok({ data: parsed.data, link });
}
