/** docs/api.md lists the routes by hand-readable line; this keeps it from drifting from the route table. */
import { readFileSync } from "node:fs";
import { isStreamedRoute, ROUTE_NAMES, routes } from "@hipcheck/contracts";
import { describe, expect, it } from "vitest";

const apiDoc = readFileSync(new URL("../../../docs/api.md", import.meta.url), "utf8");

describe("docs/api.md", () => {
  it.each(ROUTE_NAMES)("lists %s with its method and path", (name) => {
    const route = routes[name];
    expect(apiDoc).toContain(`| \`${route.method} ${route.path}\` | \`${name}\` |`);
  });

  it.each(ROUTE_NAMES)("says whether %s is written as it is read, as the route table does", (name) => {
    const route = routes[name];
    const line = apiDoc.split("\n").find((text) => text.startsWith(`| \`${route.method} ${route.path}\` |`));
    expect(line?.endsWith("; written as it is read |")).toBe(isStreamedRoute(name));
  });
});
