/**
 * HipCheck as it runs for real (decision 0393): Debian's Caddy, with `tls internal` instead of Let's Encrypt and
 * otherwise the shipped deploy/caddy/hipcheck.caddy, in front of two `hipcheck serve` processes on one PostgreSQL,
 * each started as the systemd unit starts it (loopback, `--trust-proxy 1`). Chromium trusts Caddy's local
 * authority through its own certificate store and reaches the site by a domain name, not localhost (which
 * browsers count as secure whatever the certificate). Dana signs in, the service worker registers, she logs a
 * session, and the camera screen shows her skeleton from the fake camera; the other server has her log, and both
 * servers answered requests.
 */
import { execFileSync, spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { request as httpsRequest } from "node:https";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DANA,
  danaWithProgram,
  killRunningServers,
  request,
  signIn,
  startPgTestServer,
  startServeCommand,
} from "../../server/src/testing/server-process.js";
import type { DanasProgram, PgTestServer, ServeProcess } from "../../server/src/testing/server-process.js";
import { AuthPage } from "./pages/auth-page.js";
import { MovementScreenPage } from "./pages/movement-screen-page.js";
import { SessionPage } from "./pages/session-page.js";
import { openBrowser } from "./support/browser.js";
import type { Person } from "./support/browser.js";
import { squatsAsFakeCamera } from "./support/fake-camera.js";
import type { FakeCamera } from "./support/fake-camera.js";
import { REPO_ROOT } from "./support/hipcheck-server.js";

const DOMAIN = "hipcheck.test";
const SNIPPET = join(REPO_ROOT, "deploy/caddy/hipcheck.caddy");

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) =>
    server.close(() => {
      resolve();
    }),
  );
  if (typeof address !== "object" || address === null) throw new Error("no port");
  return address.port;
}

type Fetched = { readonly status: number; readonly headers: Record<string, string | string[] | undefined> };

/** A GET through Caddy trusting only its local authority, to the test domain on loopback. */
function getThroughCaddy(port: number, path: string, ca: string, headers: Record<string, string> = {}) {
  return new Promise<Fetched>((resolve, reject) => {
    const call = httpsRequest(
      {
        host: "127.0.0.1",
        servername: DOMAIN,
        port,
        path,
        ca,
        headers: { host: `${DOMAIN}:${port}`, ...headers },
      },
      (response) => {
        response.resume();
        response.on("end", () => {
          resolve({ status: response.statusCode ?? 0, headers: response.headers });
        });
      },
    );
    call.on("error", reject);
    call.end();
  });
}

async function untilCaddyAnswers(rootCertPath: string, port: number): Promise<string> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (existsSync(rootCertPath)) {
      const ca = readFileSync(rootCertPath, "utf8");
      const answer = await getThroughCaddy(port, "/api/health", ca).catch(() => undefined);
      if (answer?.status === 200) return ca;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error("Caddy did not answer over HTTPS");
}

/** Files of the web app this server sent: only the browser asks for them, and only through Caddy. */
function webAppFilesServed(metricsText: string): number {
  return [
    ...metricsText.matchAll(/^hipcheck_http_requests_total\{[^}]*route="web app"[^}]*\} (\d+)$/gm),
  ].reduce((sum, match) => sum + Number(match[1]), 0);
}

describe("behind Caddy, two servers on one PostgreSQL", () => {
  let database: PgTestServer;
  let servers: ServeProcess[] = [];
  let metricsUrls: string[] = [];
  let caddy: ChildProcess | undefined;
  let folder: string;
  let httpsPort: number;
  let caPem: string;
  let dana: DanasProgram;
  let person: Person;
  let camera: FakeCamera;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), "hipcheck-caddy-"));
    database = await startPgTestServer();
    const dataDir = join(folder, "data");
    const metricsPorts = [await freePort(), await freePort()];
    // Both share one data folder, so they sign push messages with the same VAPID keys.
    servers = await Promise.all(
      metricsPorts.map((metricsPort) =>
        startServeCommand([
          "--host",
          "127.0.0.1",
          "--port",
          "0",
          "--data-dir",
          dataDir,
          "--database-url",
          database.url,
          "--trust-proxy",
          "1",
          "--metrics-port",
          String(metricsPort),
        ]),
      ),
    );
    metricsUrls = metricsPorts.map((port) => `http://127.0.0.1:${port}/metrics`);
    dana = await danaWithProgram(servers[0]?.url ?? "");

    httpsPort = await freePort();
    const httpPort = await freePort();
    const caddyfile = join(folder, "Caddyfile");
    writeFileSync(
      caddyfile,
      [
        "{",
        "\tadmin off",
        "\tskip_install_trust",
        `\thttp_port ${httpPort}`,
        `\thttps_port ${httpsPort}`,
        "}",
        `https://${DOMAIN}:${httpsPort} {`,
        "\ttls internal",
        `\timport ${SNIPPET}`,
        "}",
        "",
      ].join("\n"),
    );
    const upstreams = servers.map((server) => new URL(server.url).host).join(" ");
    caddy = spawn("caddy", ["run", "--config", caddyfile, "--adapter", "caddyfile"], {
      env: {
        ...process.env,
        HOME: folder,
        XDG_DATA_HOME: join(folder, "caddy-data"),
        XDG_CONFIG_HOME: join(folder, "caddy-config"),
        HIPCHECK_UPSTREAMS: upstreams,
      },
      stdio: "ignore",
    });
    caPem = await untilCaddyAnswers(
      join(folder, "caddy-data/caddy/pki/authorities/local/root.crt"),
      httpsPort,
    );

    // Chromium reads its trusted authorities from $HOME/.pki/nssdb, as on a person's Linux computer.
    const home = join(folder, "chromium-home");
    const nssdb = join(home, ".pki/nssdb");
    mkdirSync(nssdb, { recursive: true });
    execFileSync("certutil", ["-N", "-d", `sql:${nssdb}`, "--empty-password"]);
    execFileSync("certutil", [
      "-A",
      "-d",
      `sql:${nssdb}`,
      "-t",
      "C,,",
      "-n",
      "Caddy local authority",
      "-i",
      join(folder, "caddy-data/caddy/pki/authorities/local/root.crt"),
    ]);
    camera = squatsAsFakeCamera();
    person = await openBrowser(`https://${DOMAIN}:${httpsPort}`, {
      home,
      fakeCamera: camera.path,
      extraArgs: [`--host-resolver-rules=MAP ${DOMAIN} 127.0.0.1`],
    });
  });

  afterAll(async () => {
    await person.close();
    camera.remove();
    caddy?.kill("SIGTERM");
    killRunningServers();
    database.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it("answers over HTTP/2 with HSTS and compression, from the shipped Caddy configuration", async () => {
    // The OpenAPI document: a large answer the server sends uncompressed.
    const answer = await getThroughCaddy(httpsPort, "/api/docs/json", caPem, { "accept-encoding": "gzip" });
    expect(answer.status).toBe(200);
    expect(answer.headers["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
    expect(answer.headers["content-encoding"]).toBe("gzip");
  });

  it("signs Dana in over HTTPS, in a secure context where the service worker registers", async () => {
    const { page } = person;
    await page.goto("/");
    expect(await page.evaluate(() => window.isSecureContext)).toBe(true);
    expect(await page.evaluate(() => location.protocol)).toBe("https:");
    expect(
      await page.evaluate(
        () => (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).nextHopProtocol,
      ),
    ).toBe("h2");
    await new AuthPage(page).signIn(DANA.email, DANA.password);
    await page.getByTestId("sign-in-page").waitFor({ state: "detached" });
    await page.waitForFunction(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return registration?.active?.state === "activated";
    });
  });

  it("logs a session through one server that the other server then has", async () => {
    const { page } = person;
    const program = await request(servers[1]?.url ?? "", "GET", `/api/programs/${dana.id}`, dana.cookie);
    const sessions = (program.body as { program: { sessions: { id: string }[] } }).program.sessions;
    const first = sessions[0];
    if (first === undefined) throw new Error("Dana's program has no session");
    const session = new SessionPage(page);
    await session.open(first.id);
    await session.doCurrentExercise(10, 1);
    await session.skipToEndAndFinish();
    // Sent once the server (either one, through Caddy) acknowledged it; a busy machine may take seconds.
    await expect
      .poll(() => page.getByTestId("session-sync").getAttribute("data-sent"), { timeout: 30_000 })
      .toBe("true");

    const otherCookie = await signIn(servers[1]?.url ?? "");
    const logs = await request(servers[1]?.url ?? "", "GET", "/api/session-logs", otherCookie);
    expect((logs.body as { plannedSessionId: string | null }[]).map((log) => log.plannedSessionId)).toContain(
      first.id,
    );
  });

  it("shows the camera screen live from the phone-like browser, the pose model loaded through Caddy", async () => {
    const screen = new MovementScreenPage(person.page);
    await screen.open();
    await screen.chooseTest("squat");
    await screen.startCamera();
    await screen.liveSkeleton().waitFor({ timeout: 90_000 });
  });

  it("spread the requests over both servers, each counting its own in its metrics", async () => {
    const counts = await Promise.all(
      metricsUrls.map(async (url) => webAppFilesServed(await (await fetch(url)).text())),
    );
    for (const count of counts) expect(count).toBeGreaterThan(0);
  });
});
