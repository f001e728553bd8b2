/**
 * The server as its own process, for the tests that must kill, restart or multiply it (crash safety, database
 * faults, several servers on one database), with the few HTTP calls they share. Only loopback addresses.
 */
import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";
import { CSRF_HEADER, CSRF_HEADER_VALUE, nextPageHref, routes, SESSION_COOKIE } from "@hipcheck/contracts";
import { personas } from "@hipcheck/core/testing";
import type { SessionLog } from "@hipcheck/core";
import { entryArgs } from "./entry-args.js";
import { firstPlanned } from "./scene.js";

export const REPO_ROOT = fileURLToPath(new URL("../../../../", import.meta.url));

export type ServerProcess = {
  readonly child: ChildProcess;
  readonly url: string;
  /** Resolves with the signal that ended the process (null after a clean exit). */
  readonly exited: Promise<NodeJS.Signals | null>;
};

/** Every server process a test file started, to be killed in its `afterAll` whatever happened. */
export const runningServers = new Set<ChildProcess>();

export function killRunningServers(): void {
  for (const child of runningServers) child.kill("SIGKILL");
}

/**
 * Starts `apps/server/src/main.ts` with the given storage arguments (`--data-dir …` or `--database-url …`) on a
 * free loopback port, and resolves with its URL once it listens.
 */
export function startServerProcess(
  storageArgs: readonly string[],
  options: { readonly stderr?: "inherit" | "ignore" } = {},
): Promise<ServerProcess> {
  const child = spawn(
    process.execPath,
    [
      ...entryArgs("apps/server/src/main.ts"),
      "--host",
      "127.0.0.1",
      "--port",
      "0",
      ...storageArgs,
      "--quiet",
    ],
    {
      cwd: REPO_ROOT,
      stdio: ["ignore", "pipe", options.stderr ?? "inherit"],
      // These processes take thousands of writes dated one day from one account (crash, fault and backup tests):
      // the operator's setting for that, far above the default of 50 a day (decision 0341).
      env: { ...process.env, HIPCHECK_QUOTA_ENTRIES_PER_DAY: "1000000" },
    },
  );
  runningServers.add(child);
  const exited = new Promise<NodeJS.Signals | null>((resolve) => {
    child.once("exit", (_code, signal) => {
      runningServers.delete(child);
      resolve(signal);
    });
  });
  return new Promise((resolve, reject) => {
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening (\S+)/.exec(output);
      if (match?.[1]) resolve({ child, url: match[1], exited });
    });
    child.once("exit", (code) => {
      reject(new Error(`server exited (${String(code)}) before listening`));
    });
  });
}

export type ServeProcess = ServerProcess & {
  /** What `hipcheck serve` printed before it was ready (its URL, the metrics URL, the LAN address). */
  readonly banner: string;
};

/**
 * Starts `hipcheck serve` itself (the command the README and the systemd unit run) with the given arguments, and
 * resolves once it says where it runs. Its request log is not kept.
 */
export function startServeCommand(args: readonly string[]): Promise<ServeProcess> {
  const child = spawn(
    process.execPath,
    [...entryArgs("apps/cli/src/hipcheck.ts"), "serve", ...args],
    { cwd: REPO_ROOT, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, DATABASE_URL: "" } },
  );
  runningServers.add(child);
  const exited = new Promise<NodeJS.Signals | null>((resolve) => {
    child.once("exit", (_code, signal) => {
      runningServers.delete(child);
      resolve(signal);
    });
  });
  return new Promise((resolve, reject) => {
    let output = "";
    let ready = false;
    const read = (chunk: Buffer) => {
      if (ready) return;
      output += chunk.toString();
      const match = /HipCheck is running at (\S+)/.exec(output);
      if (match?.[1] === undefined) return;
      ready = true;
      // The lines printed with the address (metrics, LAN) come in the same write.
      resolve({ child, url: match[1], exited, banner: output });
    };
    child.stdout.on("data", read);
    child.stderr.on("data", read);
    child.once("exit", (code) => {
      reject(new Error(`hipcheck serve exited (${String(code)}) before listening: ${output}`));
    });
  });
}

export type PgTestServer = {
  readonly url: string;
  stop(): void;
  restart(): void;
  sql(statement: string): string;
};

/** A throwaway PostgreSQL server on loopback (scripts/pg-test-server.mjs). */
export async function startPgTestServer(): Promise<PgTestServer> {
  const script = pathToFileURL(`${REPO_ROOT}scripts/pg-test-server.mjs`).href;
  const module = (await import(script)) as { startPgTestServer(): Promise<PgTestServer> };
  return module.startPgTestServer();
}

export type Answer = {
  readonly status: number;
  readonly body: unknown;
  readonly setCookie: string | null;
  readonly retryAfter: string | null;
};

/** One API call as a browser makes it: the CSRF header unless told otherwise, the cookie, a JSON body. */
/**
 * A list route read to its end, as the web app's client does: the pages its `Link: <…>; rel="next"` headers point
 * to, one after the other (decision 0340). Answers the first failing page's status, or 200 with the whole list.
 */
export async function requestEveryPage(url: string, path: string, cookie: string): Promise<Answer> {
  const items: unknown[] = [];
  let next: string | undefined = path;
  let last: Answer | undefined;
  while (next !== undefined) {
    const response = await fetch(new URL(next, url), {
      headers: { cookie },
      signal: AbortSignal.timeout(20_000),
    });
    const text = await response.text();
    const body = text === "" ? undefined : (JSON.parse(text) as unknown);
    last = {
      status: response.status,
      body,
      setCookie: response.headers.get("set-cookie"),
      retryAfter: response.headers.get("retry-after"),
    };
    if (response.status !== 200 || !Array.isArray(body)) return last;
    items.push(...(body as unknown[]));
    next = nextPageHref(response.headers.get("link"));
  }
  return { ...(last as Answer), body: items };
}

export async function request(
  url: string,
  method: string,
  path: string,
  cookie: string,
  body?: unknown,
  options: { readonly csrfHeader?: boolean } = {},
): Promise<Answer> {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: {
      ...(options.csrfHeader === false ? {} : { [CSRF_HEADER]: CSRF_HEADER_VALUE }),
      cookie,
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    signal: AbortSignal.timeout(20_000),
  });
  const text = await response.text();
  return {
    status: response.status,
    body: text === "" ? undefined : (JSON.parse(text) as unknown),
    setCookie: response.headers.get("set-cookie"),
    retryAfter: response.headers.get("retry-after"),
  };
}

export const DANA = { email: "dana@example.org", password: "correct horse battery" };

/** Signs Dana in and returns the `cookie` header value that carries her sign-in. */
export async function signIn(url: string): Promise<string> {
  const answer = await request(url, "POST", "/api/auth/sign-in", "", DANA);
  const token = new RegExp(`${SESSION_COOKIE}=([^;]+)`).exec(answer.setCookie ?? "")?.[1];
  if (answer.status !== 200 || token === undefined) throw new Error(`sign-in failed: ${answer.status}`);
  return `${SESSION_COOKIE}=${token}`;
}

export type DanasProgram = { readonly id: string; readonly exerciseId: string; readonly cookie: string };

/** Dana signs up and in, checks in as a runner with kneecap pain, and gets her program. */
export async function danaWithProgram(url: string): Promise<DanasProgram> {
  await request(url, "POST", "/api/accounts", "", DANA);
  const cookie = await signIn(url);
  await request(url, "POST", "/api/check-ins", cookie, { answers: personas.runnerPfp });
  const created = await request(url, "POST", "/api/programs", cookie, { startDate: "2026-11-22" });
  const view = routes.createProgram.response.parse(created.body);
  return { id: view.programId, exerciseId: firstPlanned(view.program).exerciseId, cookie };
}

/** The `n`th session log of writer `client`: ids never repeat across writers, so each is one new write. */
export function logFor(
  program: Pick<DanasProgram, "id" | "exerciseId">,
  client: number,
  n: number,
): SessionLog {
  return {
    id: `client-${client}-log-${n}`,
    programId: program.id,
    plannedSessionId: null,
    date: "2026-11-22",
    kind: "strength",
    entries: [
      {
        exerciseId: program.exerciseId,
        sets: [{ side: "left", reps: 10 + (n % 5) }],
        painDuring: n % 4,
        rpe: 5,
      },
    ],
    painBefore: 2,
    completed: true,
  };
}
