// First load of the web app on a phone's slow link (`npm run bench`): Chromium (playwright-core, Debian's
// /usr/bin/chromium) opens the home page in a fresh profile with the network throttled through the DevTools
// protocol (1.6 Mb/s down, 750 kb/s up, 150 ms latency, the usual "slow 4G" preset), and reports the first
// contentful paint and the bytes of JavaScript received before it. The same build is served twice in the same
// run: as shipped (brotli/gzip copies made at build time) and uncompressed (as it was before them), the baseline.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createHipCheck } from "@hipcheck/application";
import {
  buildApp,
  createArgon2PasswordHasher,
  cryptoSecrets,
  systemClock,
  TEST_ARGON2_COST,
  uuidV7Ids,
} from "@hipcheck/server";
import { openStorage } from "@hipcheck/storage";
import { chromium } from "playwright-core";

const WEB_ROOT = join(import.meta.dirname, "../apps/web/dist");
const LOADS = Math.max(1, Number(process.env.BENCH_LOADS ?? 3));
const LINK = { latencyMs: 150, downloadBitsPerSecond: 1.6e6, uploadBitsPerSecond: 750e3 };

if (!existsSync(join(WEB_ROOT, "index.html"))) {
  console.log("The web app is not built: run `npm run build --workspace @hipcheck/web` first.");
  process.exit(1);
}

async function startServer(precompressedWebApp, dataDir) {
  const storage = await openStorage({ dataDir });
  const hipcheck = createHipCheck({
    repositories: storage.repositories,
    clock: systemClock,
    ids: uuidV7Ids,
    secrets: cryptoSecrets,
    passwords: createArgon2PasswordHasher(TEST_ARGON2_COST),
  });
  const app = await buildApp({
    hipcheck,
    attempts: storage.attempts,
    webRoot: WEB_ROOT,
    precompressedWebApp,
  });
  const url = await app.listen({ host: "127.0.0.1", port: 0 });
  return { url, close: async () => (await app.close(), await storage.close()) };
}

/** One first visit in a fresh browser context (empty cache, no service worker). */
async function firstLoad(browser, url) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: LINK.latencyMs,
    downloadThroughput: LINK.downloadBitsPerSecond / 8,
    uploadThroughput: LINK.uploadBitsPerSecond / 8,
  });
  await page.goto(url, { waitUntil: "load", timeout: 120_000 });
  await page.waitForFunction(() => performance.getEntriesByName("first-contentful-paint").length > 0);
  const figures = await page.evaluate(() => {
    const paintMs = performance.getEntriesByName("first-contentful-paint")[0].startTime;
    const scripts = performance
      .getEntriesByType("resource")
      .filter((entry) => /\.m?js(\?|$)/.test(entry.name) && entry.responseEnd <= paintMs);
    return {
      paintMs,
      jsBytes: scripts.reduce((sum, entry) => sum + entry.encodedBodySize, 0),
      jsFiles: scripts.length,
    };
  });
  await context.close();
  return figures;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const dataDir = mkdtempSync(join(tmpdir(), "hipcheck-bench-paint-"));
const shipped = await startServer(true, join(dataDir, "shipped"));
const baseline = await startServer(false, join(dataDir, "baseline"));
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking"],
});
try {
  const runs = { baseline: [], shipped: [] };
  // Interleaved, so that whatever else the machine does weighs on both alike.
  for (let n = 0; n < LOADS; n += 1) {
    runs.baseline.push(await firstLoad(browser, baseline.url));
    runs.shipped.push(await firstLoad(browser, shipped.url));
  }
  const row = (name, loads) => {
    const paintMs = median(loads.map((load) => load.paintMs));
    const jsBytes = median(loads.map((load) => load.jsBytes));
    console.log(
      `${name.padEnd(34)} first paint ${paintMs.toFixed(0).padStart(5)} ms   JS before first paint ` +
        `${(jsBytes / 1000).toFixed(1).padStart(6)} kB on the wire (${loads[0].jsFiles} files)`,
    );
    return { paintMs, jsBytes };
  };
  console.log(
    `Home page, first visit, ${LINK.downloadBitsPerSecond / 1e6} Mb/s down, ${LINK.uploadBitsPerSecond / 1e3} kb/s up, ` +
      `${LINK.latencyMs} ms latency; median of ${LOADS} fresh loads each`,
  );
  const before = row("uncompressed (baseline)", runs.baseline);
  const after = row("brotli/gzip copies (as shipped)", runs.shipped);
  console.log(
    `ratio shipped / baseline: first paint ${(after.paintMs / before.paintMs).toFixed(2)}, ` +
      `JS bytes ${(after.jsBytes / before.jsBytes).toFixed(2)}`,
  );
} finally {
  await browser.close();
  await shipped.close();
  await baseline.close();
  rmSync(dataDir, { recursive: true, force: true });
}
