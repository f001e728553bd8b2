// Loopback load test of the server (`npm run bench`), each figure beside a baseline measured in the same run:
// - durable writes: 100 concurrent clients POST session logs to a HipCheck server on a fresh SQLite file
//   (synchronous=FULL, group commit: decision 0410), twice: spread over 100 people, each logging into their own
//   program (what a clinic's server sees), and all into one person's one program, whose history grows by
//   thousands of logs during the run (the worst case for the revision each log causes: decision 0500). The same
//   load then hits a bare Fastify route, and the disk's own fsync rate is measured in the same folder. The ratios
//   say what the whole stack costs and how close the durable writes come to the disk's limit (issue 15: >= 4,000/s
//   or >= 0.8x the fsync rate, p99 < 50 ms). The server's group-commit counts (/metrics) are printed after each run.
// - health under heavy work: `/api/health` p99 while another account uploads the largest allowed activity file
//   and exports its 200,000 pain entries, over and over (issue 15: p99 < 100 ms), beside health on an idle server.
// Servers run in their own processes on 127.0.0.1; each measurement lasts BENCH_SECONDS (at most 10 s).
// With --health-only, `BENCH_EXPORT=fhir` exports the FHIR record (`/api/fhir`) instead of the JSON export, and
// `BENCH_UPLOADS=0` leaves the uploads out, so that one kind of heavy work can be measured alone. The server's own
// event-loop delay (`monitorEventLoopDelay` through its Prometheus metrics, 10 ms resolution) is printed for the idle
// and the loaded run: its longest stall and its p99, what the loop itself held, apart from the network and the bench.
// - the export's turns (`--export-turns`, decision 0673): one 200,000-entry export (`BENCH_EXPORT=fhir` for the FHIR
//   record) written in this process by the built server's streamed answer (`npx tsc -b tsconfig.build.json` first),
//   with nothing else running here;
//   each turn of the loop is timed in wall time and in CPU time (`process.cpuUsage`). On a machine shared with other
//   work the wall time counts what the other processes took; the CPU time is what the export itself held the loop.
import { spawn } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { closeSync, fdatasyncSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";

const CONNECTIONS = 100;
/** People writing at once in the spread run: one per connection. */
const PEOPLE = CONNECTIONS;
const EXPORTED_ENTRIES = 200_000;
/** A year of morning check-ins, which a long history (`BENCH_HISTORY`) gives each person of the in-process run. */
const MORNINGS_OF_HISTORY = 365;
const BENCH_SECONDS = Math.min(10, Number(process.env.BENCH_SECONDS ?? 8));
const HOST = "127.0.0.1";
const CSRF = { "x-hipcheck-csrf": "1" };
/** The export the health run repeats: the whole-record JSON (default) or the FHIR record. */
const EXPORT_PATH = process.env.BENCH_EXPORT === "fhir" ? "/api/fhir" : "/api/export";
const UPLOADS = process.env.BENCH_UPLOADS !== "0";

if (process.argv.includes("--bare-server")) {
  const { default: Fastify } = await import("fastify");
  const app = Fastify();
  app.post("/bare", async (request) => ({ received: typeof request.body === "object" }));
  await app.listen({ port: 0, host: HOST });
  process.stdout.write(`listening http://${HOST}:${app.server.address().port}\n`);
} else if (process.argv.includes("--health-only")) {
  await healthUnderHeavyWork();
} else if (process.argv.includes("--export-turns")) {
  await exportTurns();
} else if (process.argv.includes("--import-turns")) {
  await importTurns();
} else if (process.argv.includes("--in-process")) {
  await writesInProcess();
} else {
  await main();
}

/**
 * `BENCH_CPU_PROF=<folder>` writes a V8 CPU profile of each HipCheck server process there (read it by self and
 * inclusive time, as decisions 0500 and 0590 do).
 */
function profileArgs() {
  const folder = process.env.BENCH_CPU_PROF;
  return folder ? ["--cpu-prof", "--cpu-prof-dir", folder] : [];
}

function startProcess(args, nodeArgs = []) {
  const child = spawn(
    process.execPath,
    [...nodeArgs, "--conditions=@hipcheck/source", "--import", "tsx", ...args],
    {
      stdio: ["ignore", "pipe", "inherit"],
      // One account writes thousands of session logs dated one day: the operator's quota setting for that (0341).
      env: { ...process.env, HIPCHECK_QUOTA_ENTRIES_PER_DAY: "100000000" },
    },
  );
  return new Promise((resolve, reject) => {
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk.toString();
      const match = /listening (\S+)/.exec(output);
      const metrics = /metrics (\S+)/.exec(output);
      if (match && (metrics || !args.includes("--metrics-port"))) {
        resolve({ child, url: match[1], metricsUrl: metrics?.[1] });
      }
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

/**
 * `count` people, each with a check-in, a program and a session, made through the use-cases on the database file
 * before the server starts: signing up through the server would meet its limit of 30 password attempts a minute
 * per address. The server reads the sessions as its own (their tokens are what its cookie carries).
 */
async function preparePeople(dataDir, count) {
  const { openStorage } = await import("@hipcheck/storage");
  const { ANONYMOUS, createHipCheck } = await import("@hipcheck/application");
  const { personas } = await import("@hipcheck/core/testing");
  const storage = await openStorage({ dataDir });
  const hipcheck = createHipCheck({
    repositories: storage.repositories,
    clock: { now: () => new Date().toISOString(), today: () => new Date().toISOString().slice(0, 10) },
    ids: { newId: () => randomUUID() },
    secrets: {
      sessionToken: () => randomBytes(32).toString("base64url"),
      invitationCode: () => randomBytes(6).toString("hex"),
    },
    // Nobody signs in with these passwords through the server; the hash only has to round-trip here.
    passwords: {
      hash: async (password) => `bench:${password}`,
      verify: async (hash, password) => hash === `bench:${password}`,
    },
  });
  const ok = (result) => {
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  };
  const people = [];
  try {
    for (let n = 0; n < count; n += 1) {
      const credentials = { email: `person-${n}@example.org`, password: "bench password of a person" };
      ok(await hipcheck.signUp(ANONYMOUS, credentials));
      const { token } = ok(await hipcheck.signIn(ANONYMOUS, credentials));
      const actor = ok(await hipcheck.authenticate(ANONYMOUS, { token }));
      ok(await hipcheck.submitCheckIn(actor, { answers: personas.runnerPfp }));
      const program = ok(await hipcheck.createProgram(actor, { startDate: "2026-11-22" }));
      people.push({
        cookie: `hipcheck_session=${token}`,
        programId: program.programId,
        exerciseId: program.program.sessions[0].exercises[0].exerciseId,
      });
    }
  } finally {
    await storage.close();
  }
  return people;
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

/** Small writes, each followed by fdatasync (what SQLite's WAL does at each commit), for `durationMs`. */
function fsyncsPerSecond(dir, durationMs) {
  const fd = openSync(join(dir, "fsync-probe"), "w");
  const block = Buffer.alloc(4096, 1);
  const started = performance.now();
  let count = 0;
  try {
    while (performance.now() - started < durationMs) {
      writeSync(fd, block, 0, block.length, (count % 16) * block.length);
      fdatasyncSync(fd);
      count += 1;
    }
  } finally {
    closeSync(fd);
  }
  return count / ((performance.now() - started) / 1000);
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

/** Each connection is one person, logging into their own program. */
function loadSpread(url, people) {
  let n = 0;
  return autocannon({
    url,
    connections: people.length,
    duration: BENCH_SECONDS,
    requests: [
      {
        method: "POST",
        path: "/api/session-logs",
        setupRequest: (request, context) => {
          context.person ??= people[n++ % people.length];
          const person = context.person;
          return {
            ...request,
            headers: { ...CSRF, cookie: person.cookie, "content-type": "application/json" },
            body: JSON.stringify(sessionLog(person, `${person.programId}-${randomUUID()}`)),
          };
        },
      },
    ],
  });
}

/** The server's group-commit counts so far, from its /metrics (decision 0501). */
async function groupCommits(metricsUrl) {
  const text = await (await fetch(metricsUrl)).text();
  const value = (name) => Number(new RegExp(`^${name} (\\S+)$`, "m").exec(text)?.[1] ?? Number.NaN);
  return {
    commits: value("hipcheck_db_group_commits_total"),
    writes: value("hipcheck_db_group_commit_writes_sum"),
    alone: value("hipcheck_db_group_commit_rolled_back_writes_total"),
  };
}

/** The server's event-loop delay since the previous read (prom-client resets its histogram on each read). */
async function eventLoopDelay(metricsUrl) {
  const text = await (await fetch(metricsUrl)).text();
  const ms = (name) => 1_000 * Number(new RegExp(`^${name} (\\S+)$`, "m").exec(text)?.[1] ?? Number.NaN);
  return {
    maxMs: ms("hipcheck_nodejs_eventloop_lag_max_seconds"),
    p99Ms: ms("hipcheck_nodejs_eventloop_lag_p99_seconds"),
  };
}

function eventLoopLine(delay) {
  return `server event-loop delay: longest ${delay.maxMs.toFixed(0)} ms, p99 ${delay.p99Ms.toFixed(0)} ms`;
}

function groupCommitLine(before, after) {
  const commits = after.commits - before.commits;
  const writes = after.writes - before.writes;
  return (
    `group commit: ${commits} commits, ${(writes / Math.max(1, commits)).toFixed(1)} writes per commit, ` +
    `${after.alone - before.alone} rolled back alone`
  );
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
    const people = await preparePeople(dataDir, PEOPLE);
    const hipcheck = await startProcess(
      ["apps/server/src/main.ts", "--port", "0", "--data-dir", dataDir, "--metrics-port", "0", "--quiet"],
      profileArgs(),
    );
    servers.push(hipcheck.child);
    const dana = await prepareDana(hipcheck.url);
    console.log(`${CONNECTIONS} connections, ${BENCH_SECONDS} s each, loopback ${HOST}`);
    let commitsBefore = await groupCommits(hipcheck.metricsUrl);
    const runs = [];
    const measured = async (name, result) => {
      runs.push({ name, ...summary(name, result) });
      const commitsAfter = await groupCommits(hipcheck.metricsUrl);
      console.log(`${"".padEnd(28)} ${groupCommitLine(commitsBefore, commitsAfter)}`);
      commitsBefore = commitsAfter;
    };
    await measured(`POST session-logs, ${PEOPLE} people`, await loadSpread(hipcheck.url, people));
    // `--spread-only` leaves out the one-program run, so that a profile holds the 100 people's case alone.
    if (!process.argv.includes("--spread-only")) {
      await measured(
        "POST session-logs, 1 program",
        await load(hipcheck.url, "/api/session-logs", { ...CSRF, cookie: dana.cookie }, (n) =>
          sessionLog(dana, n),
        ),
      );
    }
    hipcheck.child.kill("SIGTERM");
    await new Promise((resolve) => hipcheck.child.once("exit", resolve));

    const bare = await startProcess([new URL(import.meta.url).pathname, "--bare-server"]);
    servers.push(bare.child);
    const baseline = summary(
      "bare Fastify POST (baseline)",
      await load(bare.url, "/bare", {}, (n) => sessionLog(dana, n)),
    );

    bare.child.kill("SIGTERM");
    const fsyncs = fsyncsPerSecond(dataDir, 3_000);
    console.log(
      `${"disk fsync rate (baseline)".padEnd(28)} ${fsyncs.toFixed(0).padStart(7)} fsync/s in ${dataDir}`,
    );

    for (const run of runs) {
      console.log(
        `${run.name}: ratio to bare ${(run.rps / baseline.rps).toFixed(2)} (p99 ${(run.p99 / Math.max(1, baseline.p99)).toFixed(1)}x), ` +
          `to fsync rate ${(run.rps / fsyncs).toFixed(2)} (target >= 4,000/s or >= 0.8; p99 target < 50 ms)`,
      );
      if (run.failed > 0) process.exitCode = 1;
    }
  } finally {
    for (const child of servers) child.kill("SIGKILL");
    rmSync(dataDir, { recursive: true, force: true });
  }
  if (!process.argv.includes("--writes-only")) await healthUnderHeavyWork();
}

/**
 * CPU per session-log write without HTTP (`--in-process`, decisions 0590 and 0630): the 100 people of the spread
 * run, on a SQLite file with group commit, each authenticating and logging in a loop, all at once. It prints the
 * main thread's CPU per write (`process.cpuUsage`) and how many writes changed the program; with
 * `BENCH_CPU_PROF=<folder>` it writes a V8 profile of the logging phase alone there. `BENCH_WRITES` sets how many
 * writes are made (4,000 by default), after 400 to warm up. `BENCH_HISTORY=<n>` first gives each person n pain
 * entries on earlier days (a long history, which the stored-rows quota reads: decision 0761) and a morning check-in
 * on each of the 365 days before their program (which the rules' revision reads: decision 0820), so that runs with
 * a short and a long history show what a write's cost owes to the history's length.
 */
async function writesInProcess() {
  const { openStorage } = await import("@hipcheck/storage");
  const { ANONYMOUS, createHipCheck } = await import("@hipcheck/application");
  const writes = Number(process.env.BENCH_WRITES ?? 4_000);
  const history = Number(process.env.BENCH_HISTORY ?? 0);
  const warmUp = 400;
  const dataDir = mkdtempSync(join(tmpdir(), "hipcheck-bench-in-process-"));
  try {
    const people = await preparePeople(dataDir, PEOPLE);
    if (history > 0) await giveHistory(dataDir, history);
    const storage = await openStorage({ dataDir });
    const hipcheck = createHipCheck({
      repositories: storage.repositories,
      clock: { now: () => new Date().toISOString(), today: () => new Date().toISOString().slice(0, 10) },
      ids: { newId: () => randomUUID() },
      secrets: { sessionToken: () => "", invitationCode: () => "" },
      passwords: { hash: async () => "", verify: async () => false },
      quotas: { entriesPerDay: 100_000_000 },
    });
    let revised = 0;
    const logAll = async (count) => {
      let next = 0;
      await Promise.all(
        people.map(async (person) => {
          const token = person.cookie.slice("hipcheck_session=".length);
          while (next < count) {
            next += 1;
            const actor = await hipcheck.authenticate(ANONYMOUS, { token });
            if (!actor.ok) throw new Error(actor.error.message);
            const logged = await hipcheck.logSession(actor.value, {
              log: sessionLog(person, `${person.programId}-${randomUUID()}`),
            });
            if (!logged.ok) throw new Error(logged.error.message);
            if (logged.value.revision !== null) revised += 1;
          }
        }),
      );
    };
    await logAll(warmUp);
    revised = 0;
    const profiler = await startProfile();
    const commitsBefore = storage.groupCommits();
    const ioBefore = readIo();
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    await logAll(writes);
    const ioAfter = readIo();
    const elapsedMs = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    const commitsAfter = storage.groupCommits();
    await profiler.stop();
    const cpuMsPerWrite = (cpu.user + cpu.system) / 1000 / writes;
    console.log(
      `in process, ${PEOPLE} people, ${writes} writes: ${cpuMsPerWrite.toFixed(3)} ms CPU a write ` +
        `(user ${(cpu.user / 1000 / writes).toFixed(3)}, system ${(cpu.system / 1000 / writes).toFixed(3)}), ` +
        `${((writes / elapsedMs) * 1000).toFixed(0)} writes/s, ${revised} revised the program, ` +
        `${((commitsAfter.writes - commitsBefore.writes) / Math.max(1, commitsAfter.commits - commitsBefore.commits)).toFixed(1)} writes per commit`,
    );
    console.log(
      `io per write: ${Object.entries(ioAfter)
        .map(([k, v]) => `${k} ${((v - ioBefore[k]) / writes).toFixed(1)}`)
        .join(", ")}`,
    );
    await storage.close();
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * Gives every account `entries` pain entries, one a day on the days before 2026-11-01, and a settled morning at pain
 * 2 on each of the 365 days before 2026-11-22 (their program's start), in one transaction.
 */
async function giveHistory(dataDir, entries) {
  const { openStorage } = await import("@hipcheck/storage");
  const { sql } = await import("kysely");
  const storage = await openStorage({ dataDir });
  const started = performance.now();
  try {
    await storage.db.transaction().execute(async (tx) => {
      const accounts = await tx.selectFrom("accounts").select("id").execute();
      for (const { id } of accounts) {
        await sql`with recursive n(i) as (select 1 union all select i + 1 from n where i < ${entries})
          insert into pain_entries (account_id, id, date, created_at, entry_json)
          select ${id}, ${`${id}-history-`} || i, date('2026-11-01', '-' || i || ' days'),
            '2026-11-01T08:00:00.000Z',
            '{"date":"' || date('2026-11-01', '-' || i || ' days') || '","painNow":2,"painUsual":3,"painWorst":5}'
          from n`.execute(tx);
        await sql`with recursive n(i) as (select 1 union all select i + 1 from n where i < ${MORNINGS_OF_HISTORY})
          insert into morning_check_ins (account_id, date, created_at, check_in_json)
          select ${id}, date('2026-11-22', '-' || i || ' days'), '2026-11-01T08:00:00.000Z',
            '{"date":"' || date('2026-11-22', '-' || i || ' days') || '","pain":2,"settled":true}'
          from n`.execute(tx);
      }
    });
  } finally {
    await storage.close();
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `history: ${entries} pain entries and ${MORNINGS_OF_HISTORY} mornings for each of ${PEOPLE} people, ` +
      `written in ${seconds.toFixed(1)} s`,
  );
}

function readIo() {
  return Object.fromEntries(
    readFileSync("/proc/self/io", "utf8")
      .trim()
      .split("\n")
      .map((line) => {
        const [key, value] = line.split(": ");
        return [key, Number(value)];
      }),
  );
}

/** A V8 profile of what runs until `stop()`, written to `BENCH_CPU_PROF` when it is set. */
async function startProfile() {
  const folder = process.env.BENCH_CPU_PROF;
  if (!folder) return { stop: async () => undefined };
  const { Session } = await import("node:inspector/promises");
  const { writeFileSync } = await import("node:fs");
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.start");
  return {
    stop: async () => {
      const { profile } = await session.post("Profiler.stop");
      const file = join(folder, `in-process-${Date.now()}.cpuprofile`);
      writeFileSync(file, JSON.stringify(profile));
      session.disconnect();
      console.log(`profile: ${file}`);
    },
  };
}

/**
 * The largest GPX track the activity import accepts: as many one-second points as a track may hold, each with the
 * elevation, heart rate and cadence a watch writes, and no more bytes than a file may have. A file over either cap
 * would be refused before the parse that the health measure is about.
 */
async function largestGpx() {
  const { ACTIVITY_FILE_BYTES_MAX, TRACK_POINTS_MAX } = await import("@hipcheck/interop");
  const budget = ACTIVITY_FILE_BYTES_MAX - 1024;
  const head =
    '<?xml version="1.0"?><gpx version="1.1" creator="bench" xmlns="http://www.topografix.com/GPX/1/1" ' +
    'xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1"><trk><type>running</type><trkseg>';
  const tail = "</trkseg></trk></gpx>";
  const start = Date.UTC(2026, 10, 20, 6, 0, 0);
  const points = [];
  let size = head.length + tail.length;
  for (let index = 0; index < TRACK_POINTS_MAX; index += 1) {
    const point =
      `<trkpt lat="48.87${index % 10}" lon="2.35${index % 7}"><ele>${(35 + (index % 40) / 10).toFixed(1)}</ele>` +
      `<time>${new Date(start + index * 1_000).toISOString()}</time><extensions><gpxtpx:TrackPointExtension>` +
      `<gpxtpx:hr>${140 + (index % 20)}</gpxtpx:hr><gpxtpx:cad>${85 + (index % 5)}</gpxtpx:cad>` +
      "</gpxtpx:TrackPointExtension></extensions></trkpt>";
    if (size + point.length > budget) break;
    points.push(point);
    size += point.length;
  }
  return {
    fileName: "largest.gpx",
    contentBase64: Buffer.from(head + points.join("") + tail).toString("base64"),
  };
}

/** 200,000 pain entries stored for one account, written straight into its database file. */
async function storePainEntries(dataDir, email, count = EXPORTED_ENTRIES) {
  const { openStorage } = await import("@hipcheck/storage");
  const storage = await openStorage({ dataDir });
  try {
    const account = await storage.repositories.accounts.findByEmail(email);
    await storage.repositories.transaction(async (tx) => {
      for (let n = 0; n < count; n += 1) {
        const day = new Date(Date.UTC(2020, 0, 1) + Math.floor(n / 40) * 86_400_000)
          .toISOString()
          .slice(0, 10);
        await tx.outcomes.insertPain({
          id: `pain-${n}`,
          accountId: account.id,
          createdAt: new Date(Date.UTC(2026, 0, 1) + n).toISOString(),
          // Worst pain at least the pain now, as the pain route and imports require.
          entry: { date: day, painNow: n % 11, painUsual: 3, painWorst: Math.max(5, n % 11) },
        });
      }
    });
  } finally {
    await storage.close();
  }
}

/** The process's high-water mark of resident memory (Linux), which a document built whole in memory raises. */
function peakResidentMb(pid) {
  try {
    const peak = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return peak ? `${(Number(peak[1]) / 1024).toFixed(0)} MB` : "not known";
  } catch {
    return "not known";
  }
}

function statusCounts(statuses) {
  const counts = new Map();
  for (const status of statuses) counts.set(status, (counts.get(status) ?? 0) + 1);
  return [...counts].map(([status, count]) => `${count} x ${status}`).join(", ") || "none";
}

/**
 * Accounts made through a server on `dataDir`, each with a check-in (a clinical record starts from its answers),
 * then the server stopped, so that their entries can be written straight into the database.
 */
async function accountsWithCheckIns(dataDir, people) {
  const { personas } = await import("@hipcheck/core/testing");
  const server = await startProcess([
    "apps/server/src/main.ts",
    "--port",
    "0",
    "--data-dir",
    dataDir,
    "--quiet",
  ]);
  for (const credentials of people) {
    await post(server.url, "/api/accounts", credentials);
    const signedIn = await post(server.url, "/api/auth/sign-in", credentials);
    const cookie = /hipcheck_session=[^;]+/.exec(signedIn.setCookie)?.[0] ?? "";
    await post(server.url, "/api/check-ins", { answers: personas.runnerPfp }, cookie);
  }
  server.child.kill("SIGTERM");
  await new Promise((resolve) => server.child.once("exit", resolve));
}

/**
 * One export of 200,000 pain entries written by the server's own streamed answer in this process, each turn of the
 * loop timed: the longest and the 99th percentile, in wall time (also by `monitorEventLoopDelay`) and in CPU time.
 */
async function exportTurns() {
  const dataDir = mkdtempSync(join(tmpdir(), "hipcheck-bench-turns-"));
  try {
    const credentials = { email: "heidi@example.org", password: "heavy lifting every day" };
    await accountsWithCheckIns(dataDir, [credentials]);
    await storePainEntries(dataDir, credentials.email);

    const { accountActor, createHipCheck } = await import("@hipcheck/application");
    const { openStorage } = await import("@hipcheck/storage");
    const { systemClock } = await import("@hipcheck/server");
    const { STREAMED_ANSWERS } = await import("../apps/server/dist/routes/streamed-answers.js");
    const { monitorEventLoopDelay } = await import("node:perf_hooks");
    const storage = await openStorage({ dataDir });
    try {
      const account = await storage.repositories.accounts.findByEmail(credentials.email);
      // Only reads run here: no id, secret or password is ever made.
      const unused = () => {
        throw new Error("an export makes nothing");
      };
      const hipcheck = createHipCheck({
        repositories: storage.repositories,
        clock: systemClock,
        ids: { newId: unused },
        secrets: { token: unused, code: unused },
        passwords: { hash: unused, verify: unused },
      });
      const fhir = process.env.BENCH_EXPORT === "fhir";
      const actor = accountActor(account.id, "person");
      const answer = fhir
        ? await STREAMED_ANSWERS.exportFhir(hipcheck, actor, {})
        : await STREAMED_ANSWERS.exportData(hipcheck, actor, undefined);
      if (!answer.ok) throw new Error(answer.error.message);
      const delay = monitorEventLoopDelay({ resolution: 1 });
      delay.enable();
      const turns = timeTurns();
      let bytes = 0;
      for await (const chunk of answer.value.body) bytes += chunk.length;
      const timed = turns.stop();
      delay.disable();
      console.log(
        `${fhir ? "FHIR record" : "JSON export"} of ${EXPORTED_ENTRIES} pain entries: ` +
          `${(bytes / 2 ** 20).toFixed(0)} MiB in ${timed.seconds.toFixed(1)} s, ${timed.count} turns of the loop`,
      );
      console.log(`turn ${timed.line}`);
      console.log(
        `monitorEventLoopDelay: longest ${(delay.max / 1e6).toFixed(1)} ms, ` +
          `p99 ${(delay.percentile(99) / 1e6).toFixed(1)} ms`,
      );
    } finally {
      await storage.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * Times each turn of this process's event loop, in wall and CPU time (`process.cpuUsage`, which also counts the
 * garbage collector's helper threads), from now until `stop()`.
 */
function timeTurns() {
  const turns = [];
  let running = true;
  let wall = performance.now();
  let cpu = process.cpuUsage();
  const started = wall;
  const tick = () => {
    const nowWall = performance.now();
    const nowCpu = process.cpuUsage(cpu);
    turns.push({ wallMs: nowWall - wall, cpuMs: (nowCpu.user + nowCpu.system) / 1_000 });
    wall = nowWall;
    cpu = process.cpuUsage();
    if (running) setImmediate(tick);
  };
  setImmediate(tick);
  return {
    stop: () => {
      running = false;
      const order = (key) => turns.map((turn) => turn[key]).sort((a, b) => a - b);
      const p99 = (sorted) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))];
      const walls = order("wallMs");
      const cpus = order("cpuMs");
      return {
        seconds: (performance.now() - started) / 1_000,
        count: turns.length,
        line:
          `wall time: longest ${walls.at(-1).toFixed(1)} ms, p99 ${p99(walls).toFixed(1)} ms; ` +
          `CPU time: longest ${cpus.at(-1).toFixed(1)} ms, p99 ${p99(cpus).toFixed(1)} ms`,
      };
    },
  };
}

/**
 * Each turn of the event loop while a person imports her own long record (`--import-turns`, decision 0740): an
 * export of `BENCH_IMPORT_ENTRIES` pain entries (30,000 by default: as the FHIR record, that still fits the 64 MiB
 * body limit), as the whole-record JSON and as the FHIR record, each imported into a fresh account (every entry
 * added), then into the same account again (nothing added). The file is read first as the server's worker thread
 * reads it; what is timed is the import's use-case, on this process's loop, turn by turn in wall and CPU time, as
 * `--export-turns` times an export: the loop's own hold, which the machine's other work does not lengthen.
 */
async function importTurns() {
  const entries = Number(process.env.BENCH_IMPORT_ENTRIES ?? 30_000);
  const dataDir = mkdtempSync(join(tmpdir(), "hipcheck-bench-import-"));
  try {
    const owner = { email: "ivy@example.org", password: "imports her whole record" };
    const others = [
      { email: "jo@example.org", password: "brings back the json export" },
      { email: "kim@example.org", password: "brings back the fhir record" },
    ];
    await accountsWithCheckIns(dataDir, [owner, ...others]);
    await storePainEntries(dataDir, owner.email, entries);

    const { accountActor, checkedExportDocument, createHipCheck } = await import("@hipcheck/application");
    const { clinicalImportOf, readFhirBundle } = await import("@hipcheck/interop");
    const { openStorage } = await import("@hipcheck/storage");
    const { systemClock } = await import("@hipcheck/server");
    const { randomUUID } = await import("node:crypto");
    const { STREAMED_ANSWERS } = await import("../apps/server/dist/routes/streamed-answers.js");
    const { loopPacing } = await import("../apps/server/dist/loop-turns.js");
    const storage = await openStorage({ dataDir });
    try {
      const unused = () => {
        throw new Error("an import makes no secret or password");
      };
      // As the server makes it: the import's loops let the loop turn (decision 0740).
      const hipcheck = createHipCheck({
        pacing: loopPacing,
        repositories: storage.repositories,
        clock: systemClock,
        ids: { newId: () => randomUUID() },
        secrets: { token: unused, code: unused },
        passwords: { hash: unused, verify: unused },
      });
      const actorOf = async (credentials) =>
        accountActor((await storage.repositories.accounts.findByEmail(credentials.email)).id, "person");
      const textOf = async (answer) => {
        if (!answer.ok) throw new Error(answer.error.message);
        let text = "";
        for await (const chunk of answer.value.body) text += chunk;
        return text;
      };
      const ownerActor = await actorOf(owner);
      const jsonText = await textOf(await STREAMED_ANSWERS.exportData(hipcheck, ownerActor, undefined));
      const fhirText = await textOf(await STREAMED_ANSWERS.exportFhir(hipcheck, ownerActor, {}));
      const files = [
        {
          name: "JSON export",
          bytes: jsonText.length,
          // As the server's worker reads the body (decision 0625), then the use-case on the loop.
          read: () => ({ checked: checkedExportDocument(JSON.parse(jsonText)) }),
          run: (actor, read) => hipcheck.importData(actor, read),
          account: others[0],
        },
        {
          name: "FHIR record",
          bytes: fhirText.length,
          read: () => {
            const bundle = readFhirBundle(JSON.parse(fhirText));
            if (!bundle.ok) throw new Error(bundle.error.message);
            return clinicalImportOf(bundle.value);
          },
          run: (actor, read) => hipcheck.importClinicalRecord(actor, read),
          account: others[1],
        },
      ];
      console.log(`\neach turn of the loop while a person imports her own record of ${entries} pain entries`);
      for (const file of files) {
        const actor = await actorOf(file.account);
        for (const round of ["into a fresh account", "again, adding nothing"]) {
          const read = file.read();
          const turns = timeTurns();
          const imported = await file.run(actor, read);
          const timed = turns.stop();
          if (!imported.ok) throw new Error(imported.error.message);
          const added = Object.values(imported.value.counts).reduce((sum, count) => sum + count, 0);
          console.log(
            `${file.name} (${(file.bytes / 2 ** 20).toFixed(0)} MiB) ${round}: ${added} added in ` +
              `${timed.seconds.toFixed(1)} s, ${timed.count} turns; ${timed.line}`,
          );
        }
      }
    } finally {
      await storage.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function healthUnderHeavyWork() {
  const dataDir = mkdtempSync(join(tmpdir(), "hipcheck-bench-health-"));
  let server;
  try {
    const serve = () =>
      startProcess(
        ["apps/server/src/main.ts", "--port", "0", "--data-dir", dataDir, "--metrics-port", "0", "--quiet"],
        profileArgs(),
      );
    const credentials = { email: "heidi@example.org", password: "heavy lifting every day" };
    // The account is made through the server; its entries are written while no server runs, then it starts again.
    // The uploads come from an account of their own: the exporting one holds more entries than its quota allows, and
    // an import into it would be refused after its file is read, not stored.
    const uploader = { email: "uli@example.org", password: "uploads the longest rides" };
    const first = await serve();
    await post(first.url, "/api/accounts", credentials);
    await post(first.url, "/api/accounts", uploader);
    if (EXPORT_PATH === "/api/fhir") {
      // A clinical record starts from the check-in's answers, given before the entries fill the quota.
      const { personas } = await import("@hipcheck/core/testing");
      const firstSignIn = await post(first.url, "/api/auth/sign-in", credentials);
      const firstCookie = /hipcheck_session=[^;]+/.exec(firstSignIn.setCookie)?.[0] ?? "";
      await post(first.url, "/api/check-ins", { answers: personas.runnerPfp }, firstCookie);
    }
    first.child.kill("SIGTERM");
    await new Promise((resolve) => first.child.once("exit", resolve));
    await storePainEntries(dataDir, credentials.email);
    server = await serve();
    const signedIn = await post(server.url, "/api/auth/sign-in", credentials);
    const cookie = /hipcheck_session=[^;]+/.exec(signedIn.setCookie)?.[0] ?? "";
    const uploaderSignedIn = await post(server.url, "/api/auth/sign-in", uploader);
    const uploaderCookie = /hipcheck_session=[^;]+/.exec(uploaderSignedIn.setCookie)?.[0] ?? "";
    const gpx = await largestGpx();
    // Serialised once: building 44 MB of JSON per upload would stall this process's own loop, and with it the
    // latencies autocannon measures here.
    const uploadBody = Buffer.from(JSON.stringify(gpx));
    console.log(
      `\n/api/health with ${EXPORTED_ENTRIES} pain entries exported (${EXPORT_PATH})` +
        (UPLOADS ? ` and a ${(gpx.contentBase64.length / 2 ** 20).toFixed(0)} MB upload (base64)` : "") +
        ` over and over by another account, ${BENCH_SECONDS} s`,
    );
    const health = () =>
      autocannon({ url: `${server.url}/api/health`, connections: 10, duration: BENCH_SECONDS });
    // Each read of the metrics starts the server's delay histogram again, so each figure covers one run.
    await eventLoopDelay(server.metricsUrl);
    const idle = summary("GET /api/health, idle", await health());
    console.log(`${"".padEnd(28)} ${eventLoopLine(await eventLoopDelay(server.metricsUrl))}`);

    let heavy = true;
    const statuses = { upload: [], export: [] };
    const loop = async (kind, call) => {
      while (heavy) {
        try {
          const response = await call();
          // Read and dropped chunk by chunk, so that this process holds no 20 MB answer.
          for await (const chunk of response.body ?? []) void chunk;
          statuses[kind].push(response.status);
        } catch (error) {
          statuses[kind].push(error.name);
        }
      }
    };
    const uploads = !UPLOADS
      ? Promise.resolve()
      : loop("upload", () =>
          fetch(`${server.url}/api/activities/import`, {
            method: "POST",
            headers: { ...CSRF, cookie: uploaderCookie, "content-type": "application/json" },
            body: uploadBody,
          }),
        );
    const exports = loop("export", () => fetch(`${server.url}${EXPORT_PATH}`, { headers: { cookie } }));
    const loadedResult = await health();
    const loaded = summary("GET /api/health, heavy work", loadedResult);
    console.log(`${"".padEnd(28)} ${eventLoopLine(await eventLoopDelay(server.metricsUrl))}`);
    if (loadedResult.requests.total === 0) {
      // No answer at all within the run: autocannon's p99 of 0 would read as a success.
      console.log(
        `GET /api/health answered nothing in ${BENCH_SECONDS} s of heavy work: the target is not met`,
      );
      process.exitCode = 1;
    }
    heavy = false;
    await Promise.all([uploads, exports]);
    console.log(
      `uploads answered: ${statusCounts(statuses.upload)}; exports answered: ${statusCounts(statuses.export)}`,
    );
    console.log(`server's peak resident memory: ${peakResidentMb(server.child.pid)}`);
    console.log(
      `ratio health p99 heavy / idle: ${(loaded.p99 / Math.max(1, idle.p99)).toFixed(1)}x (target: p99 < 100 ms)`,
    );
    if (loaded.failed > 0) process.exitCode = 1;
  } finally {
    server?.child.kill("SIGKILL");
    rmSync(dataDir, { recursive: true, force: true });
  }
}
