/**
 * What whoever watches the server reads in Prometheus (decision 0391): request rates and latencies by route and
 * status, requests in flight, and PostgreSQL's pool (open, idle, waiting: the queue for a connection), with Node's
 * own process figures (event-loop lag, memory, open handles). On a SQLite file, how writes are grouped into commits
 * (decision 0501): commits, writes per commit, and writes rolled back alone. Labels are route templates, never a filled-in path,
 * so no id or email reaches a metric and the number of series stays bounded.
 */
import type { GroupCommitStats, GroupCommitWatcher, PoolUse } from "@hipcheck/storage";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";

export type ServerMetrics = {
  readonly registry: Registry;
  /** Counts and times every request the app answers. */
  instrument(app: FastifyInstance): void;
};

/** Seconds: from a cached page (a few ms) to the largest upload the server accepts (two minutes). */
const LATENCY_BUCKETS_SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 120];

/**
 * The route's template (`/api/programs/:programId`); files of the web app are one label, and an address no route
 * knows is `unmatched`, so a scan of random paths cannot grow the series without end.
 */
function routeLabelOf(request: FastifyRequest): string {
  const template = request.routeOptions.url;
  if (template === undefined) return "unmatched";
  if (template.startsWith("/api/")) return template;
  return template.startsWith("/models/") ? "/models/*" : "web app";
}

/** Writes in one commit: one alone up to the batch's cap (256, decision 0410). */
const WRITES_PER_COMMIT_BUCKETS = [1, 2, 4, 8, 16, 32, 64, 128, 256];

export type MetricsSource = {
  readonly poolUse: () => PoolUse | undefined;
  /** Present for a storage that groups commits: undefined when it does not (PostgreSQL, in memory). */
  readonly groupCommits?: () => GroupCommitStats | undefined;
  readonly watchGroupCommits?: (watcher: GroupCommitWatcher) => () => void;
};

/** Group-commit series, only for a storage that groups its commits: elsewhere they would read as a stalled writer. */
function watchGroupCommits(source: MetricsSource, registry: Registry): void {
  if (source.groupCommits?.() === undefined || source.watchGroupCommits === undefined) return;
  const commits = new Counter({
    name: "hipcheck_db_group_commits_total",
    help: "SQLite commits of the write batch (one fsync each, synchronous=FULL)",
    registers: [registry],
  });
  const writesPerCommit = new Histogram({
    name: "hipcheck_db_group_commit_writes",
    help: "Writes (requests' transactions) kept by one SQLite commit",
    buckets: WRITES_PER_COMMIT_BUCKETS,
    registers: [registry],
  });
  const rolledBack = new Counter({
    name: "hipcheck_db_group_commit_rolled_back_writes_total",
    help: "Writes that failed and were rolled back alone, the rest of their batch kept",
    registers: [registry],
  });
  source.watchGroupCommits({
    committed(writes) {
      commits.inc();
      writesPerCommit.observe(writes);
    },
    rolledBackAlone() {
      rolledBack.inc();
    },
  });
}

export function createServerMetrics(source: MetricsSource): ServerMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "hipcheck_" });
  const requests = new Counter({
    name: "hipcheck_http_requests_total",
    help: "Requests answered, by method, route template and status code",
    labelNames: ["method", "route", "status"] as const,
    registers: [registry],
  });
  const errors = new Counter({
    name: "hipcheck_http_server_errors_total",
    help: "Requests answered with a 5xx status (503: the database did not answer; 500: a bug)",
    labelNames: ["route", "status"] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: "hipcheck_http_request_duration_seconds",
    help: "Time from the request's arrival to its answer, by method and route template",
    labelNames: ["method", "route"] as const,
    buckets: LATENCY_BUCKETS_SECONDS,
    registers: [registry],
  });
  const inFlight = new Gauge({
    name: "hipcheck_http_requests_in_flight",
    help: "Requests received and not yet answered",
    registers: [registry],
  });
  const poolGauge = (name: string, help: string, read: (use: PoolUse) => number) =>
    new Gauge({
      name,
      help,
      labelNames: ["database"] as const,
      registers: [registry],
      collect() {
        const use = source.poolUse();
        // SQLite has no pool: the series are absent rather than a misleading zero.
        if (use === undefined) this.reset();
        else this.set({ database: "postgres" }, read(use));
      },
    });
  poolGauge("hipcheck_db_pool_max_connections", "PostgreSQL connections the pool may open", (u) => u.max);
  poolGauge("hipcheck_db_pool_open_connections", "PostgreSQL connections open (busy or idle)", (u) => u.open);
  poolGauge("hipcheck_db_pool_idle_connections", "PostgreSQL connections open and idle", (u) => u.idle);
  poolGauge(
    "hipcheck_db_pool_waiting_queries",
    "Queries waiting for a free PostgreSQL connection (queue depth)",
    (u) => u.waiting,
  );

  watchGroupCommits(source, registry);

  const timers = new WeakMap<FastifyRequest, (labels: { method: string; route: string }) => number>();
  return {
    registry,
    instrument(app) {
      app.addHook("onRequest", (request, _reply, done) => {
        inFlight.inc();
        timers.set(request, latency.startTimer());
        done();
      });
      app.addHook("onResponse", (request, reply, done) => {
        inFlight.dec();
        const route = routeLabelOf(request);
        const status = String(reply.statusCode);
        requests.inc({ method: request.method, route, status });
        if (reply.statusCode >= 500) errors.inc({ route, status });
        timers.get(request)?.({ method: request.method, route });
        done();
      });
    },
  };
}
