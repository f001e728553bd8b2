/**
 * Watching the server (decision 0390–0391): `/api/health` is ready only while the database answers, liveness
 * answers regardless, and the metrics count requests by route template on a port of their own, never the public
 * one, behind a token off loopback; on a SQLite file, how writes are grouped into commits (decision 0501).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { personas } from "@hipcheck/core/testing";
import { openStorage } from "@hipcheck/storage";
import { afterEach, describe, expect, it } from "vitest";
import { sessionLogFor } from "../testing/scene.js";
import { createTestApp, TestClient, TODAY } from "../testing/test-app.js";
import type { TestApp } from "../testing/test-app.js";
import { metricsExposureProblem, startMetricsListener } from "./metrics-listener.js";
import type { MetricsListener } from "./metrics-listener.js";
import { createServerMetrics } from "./server-metrics.js";

let opened: TestApp | undefined;
let listener: MetricsListener | undefined;
afterEach(async () => {
  await listener?.close();
  listener = undefined;
  await opened?.close().catch(() => undefined);
  opened = undefined;
});

describe("readiness apart from liveness", () => {
  it("is ready while the database answers, and 503 unavailable once it does not, while still alive", async () => {
    const t = await createTestApp();
    opened = t;
    const ready = await t.app.inject({ url: "/api/health" });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: "ok" });

    await t.storage.close();
    const notReady = await t.app.inject({ url: "/api/health" });
    expect(notReady.statusCode).toBe(503);
    expect(notReady.json()).toMatchObject({ error: { kind: "unavailable" } });
    expect(notReady.headers["retry-after"]).toMatch(/^\d+$/);

    const alive = await t.app.inject({ url: "/api/health/live" });
    expect(alive.statusCode).toBe(200);
    expect(alive.json()).toEqual({ status: "alive" });
  });
});

describe("request metrics", () => {
  it("counts requests and their latency by route template, with no id, and no pool series on SQLite", async () => {
    const opening: { storage?: TestApp["storage"] } = {};
    const metrics = createServerMetrics({ poolUse: () => opening.storage?.poolUse() });
    const t = await createTestApp({ metrics });
    opened = t;
    opening.storage = t.storage;
    await t.app.inject({ url: "/api/health" });
    await t.app.inject({ url: "/api/health" });
    await t.app.inject({ url: "/api/programs/0190a7f0-0000-7000-8000-000000000001" });
    await t.app.inject({ url: "/no/such/page" });

    const text = await metrics.registry.metrics();
    expect(text).toContain('hipcheck_http_requests_total{method="GET",route="/api/health",status="200"} 2');
    expect(text).toContain(
      'hipcheck_http_requests_total{method="GET",route="/api/programs/:programId",status="401"} 1',
    );
    expect(text).toContain('hipcheck_http_requests_total{method="GET",route="unmatched",status="404"} 1');
    expect(text).toMatch(
      /hipcheck_http_request_duration_seconds_count\{method="GET",route="\/api\/health"\} 2/,
    );
    expect(text).toContain("hipcheck_http_requests_in_flight 0");
    expect(text).toContain("hipcheck_nodejs_eventloop_lag_seconds");
    expect(text).not.toContain("0190a7f0");
    expect(text).not.toMatch(/^hipcheck_db_pool_waiting_queries\{/m);
  });

  it("counts a SQLite file's group commits: commits, writes per commit, and a write rolled back alone", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "hipcheck-metrics-"));
    const storage = await openStorage({ dataDir });
    const metrics = createServerMetrics(storage);
    const t = await createTestApp({ metrics }, storage);
    opened = t;
    try {
      const dana = new TestClient(t.app);
      const credentials = { email: "dana@example.org", password: "correct horse battery" };
      await dana.expectOk("signUp", { body: credentials });
      await dana.expectOk("signIn", { body: credentials });
      await dana.expectOk("submitCheckIn", { body: { answers: personas.runnerPfp } });
      const view = await dana.expectOk("createProgram", { body: { startDate: TODAY } });
      const exerciseId = view.program.sessions[0]?.exercises[0]?.exerciseId ?? "";
      const before = storage.groupCommits();
      // Twenty logs sent at once share commits; a write that fails is undone alone.
      await Promise.all(
        Array.from({ length: 20 }, (_, n) =>
          dana.expectOk("logSession", { body: sessionLogFor(view.programId, exerciseId, `log-${n}`) }),
        ),
      );
      await expect(
        storage.repositories.transaction(() => Promise.reject(new Error("a write that fails"))),
      ).rejects.toThrow("a write that fails");
      const after = storage.groupCommits();
      if (before === undefined || after === undefined) throw new Error("a SQLite file groups its commits");
      expect(after.writes - before.writes).toBeGreaterThanOrEqual(20);
      expect(after.commits - before.commits).toBeLessThan(20);

      const text = await metrics.registry.metrics();
      expect(text).toContain(`hipcheck_db_group_commits_total ${after.commits}`);
      expect(text).toContain(`hipcheck_db_group_commit_writes_count ${after.commits}`);
      expect(text).toContain(`hipcheck_db_group_commit_writes_sum ${after.writes}`);
      expect(text).toMatch(/hipcheck_db_group_commit_writes_bucket\{le="256"\} \d+/);
      expect(text).toContain("hipcheck_db_group_commit_rolled_back_writes_total 1");
    } finally {
      await t.close();
      opened = undefined;
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it("has no group-commit series for a database that commits each write itself", async () => {
    const t = await createTestApp();
    opened = t;
    const metrics = createServerMetrics(t.storage);
    expect(await metrics.registry.metrics()).not.toContain("hipcheck_db_group_commit");
  });

  it("counts a 503 from a database that stopped answering as a server error", async () => {
    const metrics = createServerMetrics({ poolUse: () => undefined });
    const t = await createTestApp({ metrics });
    opened = t;
    await t.storage.close();
    await t.app.inject({ url: "/api/health" });
    expect(await metrics.registry.metrics()).toContain(
      'hipcheck_http_server_errors_total{route="/api/health",status="503"} 1',
    );
  });

  it("is not served on the public port", async () => {
    const metrics = createServerMetrics({ poolUse: () => undefined });
    const t = await createTestApp({ metrics });
    opened = t;
    expect((await t.app.inject({ url: "/metrics" })).statusCode).toBe(404);
  });
});

describe("the metrics port", () => {
  it("serves /metrics on loopback in Prometheus' text format, and nothing else", async () => {
    const metrics = createServerMetrics({ poolUse: () => undefined });
    listener = await startMetricsListener(metrics.registry, { port: 0 });
    expect(listener.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
    const answer = await fetch(listener.url);
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toContain("text/plain; version=0.0.4");
    expect(await answer.text()).toContain("# TYPE hipcheck_http_requests_total counter");
    expect((await fetch(listener.url.replace("/metrics", "/"))).status).toBe(404);
  });

  it("asks for the bearer token when one is set, and compares it whole", async () => {
    const metrics = createServerMetrics({ poolUse: () => undefined });
    const token = "a".repeat(40);
    listener = await startMetricsListener(metrics.registry, { port: 0, token });
    expect((await fetch(listener.url)).status).toBe(401);
    const wrong = await fetch(listener.url, { headers: { authorization: `Bearer ${"a".repeat(39)}` } });
    expect(wrong.status).toBe(401);
    const right = await fetch(listener.url, { headers: { authorization: `Bearer ${token}` } });
    expect(right.status).toBe(200);
  });

  it("refuses to listen beyond loopback without a token, or with a short one", async () => {
    expect(metricsExposureProblem({ port: 9464, host: "0.0.0.0" })).toContain("HIPCHECK_METRICS_TOKEN");
    expect(metricsExposureProblem({ port: 9464, host: "0.0.0.0", token: "short" })).toContain("32");
    expect(metricsExposureProblem({ port: 9464, host: "0.0.0.0", token: "b".repeat(32) })).toBeUndefined();
    expect(metricsExposureProblem({ port: 9464, host: "::1" })).toBeUndefined();
    const metrics = createServerMetrics({ poolUse: () => undefined });
    await expect(startMetricsListener(metrics.registry, { port: 0, host: "0.0.0.0" })).rejects.toThrow(
      /token/,
    );
  });
});
