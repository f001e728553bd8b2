/**
 * The route table is the one description of the API that the server, the OpenAPI document and the clients
 * share; these checks keep it coherent as routes are added.
 */
import { describe, expect, it } from "vitest";
import { pathOf } from "./call-route.js";
import { PAGED_ROUTE_NAMES } from "./pagination.js";
import { ROUTE_NAMES, routes, STREAMED_ROUTE_NAMES } from "./routes.js";
import type { RouteDefinition } from "./route-definition.js";

const all: [string, RouteDefinition][] = ROUTE_NAMES.map((name) => [name, routes[name]]);

function pathParams(route: RouteDefinition): string[] {
  return [...route.path.matchAll(/:(\w+)/g)].map((match) => match[1] ?? "");
}

describe("the route table", () => {
  it("has one route per method and path", () => {
    const keys = all.map(([, route]) => `${route.method} ${route.path}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(all)("%s declares a params schema for exactly the parameters in its path", (_name, route) => {
    const declared =
      route.params === undefined ? [] : Object.keys((route.params as unknown as { shape: object }).shape);
    expect(declared.sort()).toEqual(pathParams(route).sort());
  });

  it.each(all)("%s: reads take no body, and 204 answers carry nothing", (_name, route) => {
    if (route.method === "GET") expect(route.body).toBeUndefined();
    if (route.successStatus === 204) expect(route.response.safeParse(null).success).toBe(true);
  });

  it("says which answers are written as they are read: the whole-record export, the FHIR record, the spreadsheets", () => {
    expect([...STREAMED_ROUTE_NAMES].sort()).toEqual([
      "exportData",
      "exportFhir",
      "exportMovementCsv",
      "exportPainCsv",
      "exportSessionsCsv",
      "exportStrengthCsv",
    ]);
  });

  it.each(STREAMED_ROUTE_NAMES)("%s, written as it is read, is a read and no paged list", (name) => {
    expect(routes[name].method).toBe("GET");
    expect(PAGED_ROUTE_NAMES.has(name)).toBe(false);
  });
});

describe("pathOf", () => {
  it("fills and escapes path parameters", () => {
    expect(pathOf(routes.addGroupMember, { groupId: "g 1", clientId: "c/2" })).toBe(
      "/api/groups/g%201/members/c%2F2",
    );
  });

  it("refuses a missing parameter instead of calling a wrong URL", () => {
    expect(() => pathOf(routes.getProgram, {})).toThrow(/programId/);
  });
});
