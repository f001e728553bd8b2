/**
 * The web app's way to the server: the contracts' route table through `callRoute`, over the browser's fetch
 * on the same origin (the server serves the app, so the HttpOnly session cookie travels with each call).
 */
import { callRoute } from "@hipcheck/contracts";
import type {
  AccountViewBody,
  ApiError,
  RouteInput,
  RouteName,
  RouteOutput,
  RouteTransport,
} from "@hipcheck/contracts";
import type { Result } from "@hipcheck/core";

export type Me = AccountViewBody;

export type ApiCall = <N extends RouteName>(
  name: N,
  input: RouteInput<N>,
) => Promise<Result<RouteOutput<N>, ApiError>>;

export function browserTransport(baseUrl: string): RouteTransport {
  return { baseUrl, fetch: (url, init) => window.fetch(url, init) };
}

export function createApiCall(transport: RouteTransport): ApiCall {
  return (name, input) => callRoute(transport, name, input);
}
