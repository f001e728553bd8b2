// Loopback load test of the session-logging route (`npm run bench`): 100 concurrent clients POST session logs
// to a HipCheck server on a fresh SQLite file, then the same load hits a bare Fastify route in the same run, and
// the ratio says what the whole stack (zod, auth, CSRF, security headers, SQLite with synchronous=FULL) costs.
// Servers run in their own processes on 127.0.0.1; each measurement lasts BENCH_SECONDS (at most 10 s).
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";

const CONNECTIONS = 100;
const BENCH_SECONDS = Math.min(10, Number(process.env.BENCH_SECONDS ?? 8));
const HOST = "127.0.0.1";
const CSRF = { "x-hipcheck-csrf": "1" };

if (process.argv.includes("--bare-server")) {
  const { default: Fastify } = await import("fastify");
  const app = Fastify();
  app.post("/bare", async (request) => ({ received: typeof request.body === "object" }));
  await app.listen({ port: 0, host: HOST });
  process.stdout.write(`listening http://${HOST}:${app.server.address().port}\n`);
} else {
  await main();
}

function startProcess(args) {
  const child = spawn(process.execPath, ["--conditions=@hipcheck/source", "--import", "tsx", ...args], {
    stdio: ["ignore", "pipe", "inherit"],
    // One account writes thousands of session logs dated one day: the operator's quota setting for that (0341).
    env: { ...process.env, HIPCHECK_QUOTA_ENTRIES_PER_DAY: "100000000" },
  });
  return new Promise((resolve, reject) => {
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk.toString();
      const match = /listening (\S+)/.exec(output);
      if (match) resolve({ child, url: match[1] });
    });
    child.once("exit", (code) => reject(new Error(`server exited (${code}) before listening`)));
  });
}

async function post(url, path, body, cookie = "") {
  const response = await fetch(`${url}${path}`, {
    method: "POST",
    headers: { ...CSRF, cookie, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
  return { body: await response.json(), setCookie: response.headers.get("set-cookie") ?? "" };
}

/** Dana's account, check-in and program, so that her session logs have a program to belong to. */
async function prepareDana(url) {
  const { personas } = await import("@hipcheck/core/testing");
  const credentials = { email: "dana@example.org", password: "correct horse battery" };
  await post(url, "/api/accounts", credentials);
  const signedIn = await post(url, "/api/auth/sign-in", credentials);
  const cookie = /hipcheck_session=[^;]+/.exec(signedIn.setCookie)?.[0] ?? "";
  await post(url, "/api/check-ins", { answers: personas.runnerPfp }, cookie);
  const program = (await post(url, "/api/programs", { startDate: "2026-11-22" }, cookie)).body;
  return {
    cookie,
    programId: program.programId,
    exerciseId: program.program.sessions[0].exercises[0].exerciseId,
  };
}

function sessionLog(dana, n) {
  return {
    id: `bench-${n}`,
    programId: dana.programId,
    plannedSessionId: null,
    date: "2026-11-22",
    kind: "strength",
    entries: [{ exerciseId: dana.exerciseId, sets: [{ side: "both", reps: 12 }], painDuring: 2, rpe: 5 }],
    painBefore: 2,
    painAfter: 3,
    completed: true,
  };
}

function load(url, path, headers, bodyOf) {
  let n = 0;
  return autocannon({
    url,
    connections: CONNECTIONS,
    duration: BENCH_SECONDS,
    requests: [
      {
        method: "POST",
        path,
        headers: { ...headers, "content-type": "application/json" },
        setupRequest: (request) => ({ ...request, body: JSON.stringify(bodyOf(n++)) }),
      },
    ],
  });
}

function summary(name, result) {
  const failed = result.non2xx + result.errors + result.timeouts;
  console.log(
    `${name.padEnd(28)} ${result.requests.average.toFixed(0).padStart(7)} req/s   p99 ${String(result.latency.p99).padStart(4)} ms` +
      `   ${result.requests.total} requests, ${failed} failed`,
  );
  return { rps: result.requests.average, p99: result.latency.p99, failed };
}

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), "hipcheck-bench-"));
  const servers = [];
  try {
    const hipcheck = await startProcess([
      "apps/server/src/main.ts",
      "--port",
      "0",
      "--data-dir",
      dataDir,
      "--quiet",
    ]);
    servers.push(hipcheck.child);
    const dana = await prepareDana(hipcheck.url);
    console.log(`${CONNECTIONS} connections, ${BENCH_SECONDS} s each, loopback ${HOST}`);
    const logging = summary(
      "POST /api/session-logs",
      await load(hipcheck.url, "/api/session-logs", { ...CSRF, cookie: dana.cookie }, (n) =>
        sessionLog(dana, n),
      ),
    );
    hipcheck.child.kill("SIGTERM");

    const bare = await startProcess([new URL(import.meta.url).pathname, "--bare-server"]);
    servers.push(bare.child);
    const baseline = summary(
      "bare Fastify POST (baseline)",
      await load(bare.url, "/bare", {}, (n) => sessionLog(dana, n)),
    );

    console.log(
      `ratio session-logs / bare: throughput ${(logging.rps / baseline.rps).toFixed(2)}, ` +
        `p99 latency ${(logging.p99 / Math.max(1, baseline.p99)).toFixed(1)}x`,
    );
    if (logging.failed > 0) process.exitCode = 1;
  } finally {
    for (const child of servers) child.kill("SIGKILL");
    rmSync(dataDir, { recursive: true, force: true });
  }
}
