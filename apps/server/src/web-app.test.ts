/**
 * The server also serves the built web app: its files, index.html for the pages the app routes itself, the
 * headers that let the pose model's WebAssembly use threads, and the API's OpenAPI document.
 */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import { join } from "node:path";
import { ROUTE_NAMES, routes } from "@hipcheck/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp } from "./testing/test-app.js";
import type { TestApp } from "./testing/test-app.js";

let t: TestApp;
let webRoot: string;
let modelsRoot: string;
beforeAll(async () => {
  webRoot = mkdtempSync(join(tmpdir(), "hipcheck-web-"));
  writeFileSync(join(webRoot, "index.html"), "<!doctype html><title>HipCheck</title>");
  mkdirSync(join(webRoot, "assets"));
  writeFileSync(join(webRoot, "assets", "app.js"), "console.log('hip');");
  // As the build leaves them: each text file beside its brotli and gzip copies.
  const bundle = `console.log(${JSON.stringify("glute medius ".repeat(200))});`;
  writeFileSync(join(webRoot, "assets", "index-Bq3xY7z1.js"), bundle);
  writeFileSync(join(webRoot, "assets", "index-Bq3xY7z1.js.br"), brotliCompressSync(bundle));
  writeFileSync(join(webRoot, "assets", "index-Bq3xY7z1.js.gz"), gzipSync(bundle));
  writeFileSync(join(webRoot, "sw.js"), "self.addEventListener('fetch', () => {});");
  writeFileSync(join(webRoot, "workbox-ebea30cf.js"), "/* workbox */");
  modelsRoot = mkdtempSync(join(tmpdir(), "hipcheck-models-"));
  writeFileSync(join(modelsRoot, "movenet-lightning.json"), '{"format":"graph-model"}');
  t = await createTestApp({ webRoot, modelsRoot });
});
afterAll(async () => {
  await t.close();
  rmSync(webRoot, { recursive: true });
  rmSync(modelsRoot, { recursive: true });
});

describe("the web app", () => {
  it("serves its files with cross-origin isolation headers", async () => {
    const script = await t.app.inject({ url: "/assets/app.js" });
    expect(script.statusCode).toBe(200);
    expect(script.body).toContain("hip");
    expect(script.headers).toMatchObject({
      "cross-origin-opener-policy": "same-origin",
      "cross-origin-embedder-policy": "require-corp",
    });
  });

  it.each(["/", "/program", "/join?code=HIP-7KQ2-MX4D", "/shared/q8Zr1xVb-TkP3aW9mN0sYc"])(
    "answers %s with index.html",
    async (url) => {
      const page = await t.app.inject({ url });
      expect(page.statusCode).toBe(200);
      expect(page.headers["content-type"]).toMatch(/text\/html/);
      expect(page.body).toContain("<title>HipCheck</title>");
    },
  );

  it("serves the pose models under /models/, and a JSON 404 (not the app) for a model that is not there", async () => {
    const model = await t.app.inject({ url: "/models/movenet-lightning.json" });
    expect(model.statusCode).toBe(200);
    expect(model.json()).toEqual({ format: "graph-model" });
    const missing = await t.app.inject({ url: "/models/nothing.bin" });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ error: { kind: "not-found" } });
  });

  it("sends the brotli copy of a script to a browser that accepts it, and says so", async () => {
    const answer = await t.app.inject({
      url: "/assets/index-Bq3xY7z1.js",
      headers: { "accept-encoding": "gzip, deflate, br" },
    });
    expect(answer.statusCode).toBe(200);
    expect(answer.headers["content-encoding"]).toBe("br");
    expect(answer.headers["content-type"]).toMatch(/javascript/);
    expect(answer.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(answer.rawPayload).toString()).toContain("glute medius");
    expect(answer.rawPayload.length).toBeLessThan(400);
  });

  it("sends gzip to a browser that takes only gzip, and the plain file to one that takes neither", async () => {
    const gzip = await t.app.inject({
      url: "/assets/index-Bq3xY7z1.js",
      headers: { "accept-encoding": "gzip" },
    });
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gzip.rawPayload).toString()).toContain("glute medius");
    const plain = await t.app.inject({
      url: "/assets/index-Bq3xY7z1.js",
      headers: { "accept-encoding": "identity" },
    });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body).toContain("glute medius");
    expect(plain.headers.vary).toMatch(/accept-encoding/i);
  });

  it("lets browsers keep hashed files for a year, and asks again for index.html and the service worker", async () => {
    for (const url of ["/assets/index-Bq3xY7z1.js", "/workbox-ebea30cf.js"]) {
      const answer = await t.app.inject({ url, headers: { "accept-encoding": "br" } });
      expect(answer.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    }
    for (const url of ["/", "/index.html", "/program", "/sw.js"]) {
      const answer = await t.app.inject({ url, headers: { "accept-encoding": "br" } });
      expect(answer.statusCode).toBe(200);
      expect(answer.headers["cache-control"]).toBe("no-cache");
    }
  });

  it("keeps JSON 404s for unknown API paths", async () => {
    const answer = await t.app.inject({ url: "/api/no-such-thing" });
    expect(answer.statusCode).toBe(404);
    expect(answer.json()).toMatchObject({ error: { kind: "not-found" } });
  });
});

describe("without a built web app", () => {
  it("still serves the API, and pages say how to build the app", async () => {
    const bare = await createTestApp({ webRoot: join(webRoot, "not-built") });
    try {
      expect((await bare.app.inject({ url: "/api/health" })).statusCode).toBe(200);
      const page = await bare.app.inject({ url: "/program" });
      expect(page.statusCode).toBe(404);
      expect(page.json<{ error: { message: string } }>().error.message).toMatch(/npm run build/);
    } finally {
      await bare.close();
    }
  });
});

describe("the API documentation", () => {
  it("describes every route of the table in OpenAPI at /api/docs/json", async () => {
    const document = (await t.app.inject({ url: "/api/docs/json" })).json<{
      openapi: string;
      paths: Record<string, Record<string, { operationId: string }>>;
    }>();
    expect(document.openapi).toMatch(/^3\./);
    const operations = Object.values(document.paths).flatMap((methods) =>
      Object.values(methods).map((op) => op.operationId),
    );
    expect(operations.sort()).toEqual([...ROUTE_NAMES].sort());
    const painPath = document.paths[routes.recordPain.path.replace(/:(\w+)/g, "{$1}")];
    expect(JSON.stringify(painPath)).toContain("painNow");
  });

  it("serves a browsable page at /api/docs", async () => {
    const page = await t.app.inject({ url: "/api/docs/" });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("swagger");
  });
});
