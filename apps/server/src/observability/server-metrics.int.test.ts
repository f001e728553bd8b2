/**
 * The PostgreSQL pool as Prometheus sees it (decision 0391): how many connections may open, are open and idle,
 * and how many queries wait for one, read from the pool of a real server on the throwaway PostgreSQL.
 */
import { afterAll, describe, expect, it } from "vitest";
import { createTestApp } from "../testing/test-app.js";
import type { TestApp } from "../testing/test-app.js";
import { createServerMetrics } from "./server-metrics.js";

let opened: TestApp | undefined;
afterAll(async () => {
  await opened?.close();
});

describe("pool metrics on PostgreSQL", () => {
  it("reports the pool's size, its open connections and the queries waiting for one", async () => {
    const databaseUrl = process.env.TEST_DATABASE_URL;
    if (databaseUrl === undefined) throw new Error("TEST_DATABASE_URL is set by scripts/pg-test-server.mjs");
    const opening: { storage?: TestApp["storage"] } = {};
    const metrics = createServerMetrics({ poolUse: () => opening.storage?.poolUse() });
    opened = await createTestApp({ metrics }, { databaseUrl });
    opening.storage = opened.storage;
    expect((await opened.app.inject({ url: "/api/health" })).statusCode).toBe(200);

    const text = await metrics.registry.metrics();
    expect(text).toContain('hipcheck_db_pool_max_connections{database="postgres"} 10');
    expect(text).toMatch(/^hipcheck_db_pool_open_connections\{database="postgres"\} [1-9]\d*$/m);
    expect(text).toMatch(/^hipcheck_db_pool_idle_connections\{database="postgres"\} \d+$/m);
    expect(text).toContain('hipcheck_db_pool_waiting_queries{database="postgres"} 0');
  });
});
