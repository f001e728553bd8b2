/**
 * Every answer carries helmet's security headers, worked out once when the server starts (decision 0821): the
 * same names and values helmet itself sets on a response, on the API's answers, its refusals, a page not found
 * and the web app's files alike.
 */
import { IncomingMessage, ServerResponse } from "node:http";
import { Socket } from "node:net";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import helmet from "helmet";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SECURITY_HEADERS } from "./security-headers.js";
import { createTestApp, type TestApp } from "./testing/test-app.js";

/** What helmet, applied to a real response, leaves on it. */
function helmetsHeaders(): Record<string, unknown> {
  const request = new IncomingMessage(new Socket());
  const response = new ServerResponse(request);
  response.setHeader("X-Powered-By", "a framework that says so");
  helmet(SECURITY_HEADERS)(request, response, (error?: unknown) => {
    expect(error).toBeUndefined();
  });
  expect(response.hasHeader("x-powered-by")).toBe(false);
  return response.getHeaders();
}

let t: TestApp;
let webRoot: string;
beforeAll(async () => {
  webRoot = mkdtempSync(join(tmpdir(), "hipcheck-web-"));
  writeFileSync(join(webRoot, "index.html"), "<!doctype html><title>HipCheck</title>");
  t = await createTestApp({ webRoot });
});
afterAll(async () => {
  await t.close();
  rmSync(webRoot, { recursive: true });
});

describe("security headers", () => {
  it("are helmet's on every answer: health, a refused write, an unknown route, a page of the app", async () => {
    const expected = helmetsHeaders();
    expect(Object.keys(expected)).toHaveLength(13);
    const answers = [
      await t.app.inject({ method: "GET", url: "/api/health" }),
      // Refused before any handler: no CSRF header.
      await t.app.inject({ method: "POST", url: "/api/session-logs", payload: {} }),
      await t.app.inject({ method: "GET", url: "/api/no-such-route" }),
      await t.app.inject({ method: "GET", url: "/today" }),
    ];
    expect(answers.map((answer) => answer.statusCode)).toEqual([200, 403, 404, 200]);
    for (const answer of answers) {
      const carried = Object.fromEntries(Object.keys(expected).map((name) => [name, answer.headers[name]]));
      expect(carried).toEqual(expected);
      expect(answer.headers["x-powered-by"]).toBeUndefined();
    }
  });
});
