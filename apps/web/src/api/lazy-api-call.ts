import type { ApiCall } from "./api-client.js";

/**
 * The route table carries every wire schema (and with them the core's knowledge base), so it is loaded on the
 * first call rather than with the first page: the welcome page never needs it.
 */
export function lazyApiCall(baseUrl: string): ApiCall {
  let loaded: Promise<ApiCall> | undefined;
  return async (name, input) => {
    loaded ??= import("./api-client.js").then((client) =>
      client.createApiCall(client.browserTransport(baseUrl)),
    );
    return (await loaded)(name, input);
  };
}
