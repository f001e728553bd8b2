/** docs/api.md lists the routes by hand-readable line; this keeps it from drifting from the route table. */
import { readFileSync } from "node:fs";
import { ROUTE_NAMES, routes } from "@hipcheck/contracts";
import { describe, expect, it } from "vitest";

const apiDoc = readFileSync(new URL("../../../docs/api.md", import.meta.url), "utf8");

describe("docs/api.md", () => {
  it.each(ROUTE_NAMES)("lists %s with its method and path", (name) => {
    const route = routes[name];
    expect(apiDoc).toContain(`| \`${route.method} ${route.path}\` | \`${name}\` |`);
  });
});
