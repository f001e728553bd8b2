import { describe, expect, it } from "vitest";
import { routeHref } from "./call-route.js";

describe("routeHref", () => {
  it("builds a download link from the route table, with escaped parameters and the query", () => {
    expect(routeHref("getHandoutPdf", { params: { programId: "p 1/2" }, query: { lang: "fr" } })).toBe(
      "/api/programs/p%201%2F2/handout.pdf?lang=fr",
    );
    expect(routeHref("exportPainCsv", { query: { personId: "client-7" } })).toBe(
      "/api/pain.csv?personId=client-7",
    );
  });

  it("leaves out an absent query and absent query values", () => {
    expect(routeHref("exportFhir", { query: {} })).toBe("/api/fhir");
    expect(routeHref("getSharedHandoutPdf", { params: { token: "abc" }, query: {} })).toBe(
      "/api/shared/abc/handout.pdf",
    );
  });
});
