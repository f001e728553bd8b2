import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testdataPath } from "../../../testdata/testdata-path.js";
import { DEFAULT_MODELS_DIR } from "./node/file-model-source.js";

/**
 * Specification: the browser entry runs in a real (headless) Chromium, on a page served cross-origin isolated
 * like HipCheck's, with the models and .wasm files from our own origin, and finds the same person as in Node.
 */
const SRC = dirname(fileURLToPath(import.meta.url));
const WASM_DIR = dirname(fileURLToPath(import.meta.resolve("@tensorflow/tfjs-backend-wasm")));
const PHOTO = testdataPath("images/tfjsmodels_pose.jpg");
const PHOTO_SIZE = { width: 1000, height: 667 };

const PAGE_SCRIPT = `
import { createBrowserPoseEstimator, detectPose, initBrowserBackend, wasmUsesThreads } from ${JSON.stringify(join(SRC, "browser.ts"))};
window.runPose = async (width, height) => {
  const backend = await initBrowserBackend(location.origin + "/wasm/");
  const estimator = await createBrowserPoseEstimator("movenet-lightning", location.origin + "/models/");
  const data = new Uint8ClampedArray(await (await fetch("/photo.rgba")).arrayBuffer());
  const frame = await detectPose(estimator, { width, height, data }, 0);
  return { backend, threads: wasmUsesThreads(), isolated: crossOriginIsolated, frame };
};`;

type PageResult = {
  backend: string;
  threads: boolean;
  isolated: boolean;
  frame: { keypoints: Record<string, { x: number; y: number; score: number }> };
};

let server: Server;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  const bundle = await build({
    stdin: { contents: PAGE_SCRIPT, resolveDir: SRC, loader: "js" },
    bundle: true,
    format: "esm",
    platform: "browser",
    conditions: ["@hipcheck/source"],
    write: false,
    logLevel: "silent",
  });
  const script = bundle.outputFiles[0]?.contents ?? new Uint8Array();
  const photo = execFileSync(
    "ffmpeg",
    ["-v", "error", "-i", PHOTO, "-f", "rawvideo", "-pix_fmt", "rgba", "-"],
    { maxBuffer: 1 << 24 },
  );
  const routes: Record<string, () => { type: string; body: Uint8Array | string }> = {
    "/": () => ({ type: "text/html", body: '<!doctype html><script type="module" src="/page.js"></script>' }),
    "/page.js": () => ({ type: "text/javascript", body: script }),
    "/photo.rgba": () => ({ type: "application/octet-stream", body: photo }),
  };
  server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    const file = path.startsWith("/wasm/")
      ? join(WASM_DIR, path.slice(6))
      : path.startsWith("/models/")
        ? join(DEFAULT_MODELS_DIR, path.slice(8))
        : undefined;
    const route =
      routes[path]?.() ??
      (file === undefined
        ? undefined
        : {
            type: file.endsWith(".wasm") ? "application/wasm" : "application/octet-stream",
            body: readFileSync(file),
          });
    // Cross-origin isolation (what lets WebAssembly use threads), as HipCheck's server sends it.
    response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    response.setHeader("Cross-Origin-Embedder-Policy", "require-corp");
    if (route === undefined) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "Content-Type": route.type }).end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox"],
  });
});

afterAll(async () => {
  await browser.close();
  await new Promise((resolve) => server.close(resolve));
});

describe("@hipcheck/detector/browser in Chromium", () => {
  it("finds the standing woman of MediaPipe's test photo on WebAssembly with threads", async () => {
    const page = await browser.newPage();
    await page.goto(origin);
    await page.waitForFunction(() => "runPose" in globalThis);
    const result = (await page.evaluate(
      ([width, height]) =>
        (globalThis as unknown as { runPose: (w: number, h: number) => Promise<unknown> }).runPose(
          width,
          height,
        ),
      [PHOTO_SIZE.width, PHOTO_SIZE.height] as const,
    )) as PageResult;
    // Headless Chromium renders WebGL in software, so the entry must choose WebAssembly.
    expect(result.backend).toBe("wasm");
    expect(result.isolated).toBe(true);
    expect(result.threads).toBe(true);
    // MediaPipe's expected left knee for this photo (mediapipe_tasks_pose_landmarks.pbtxt, landmark 25) is at
    // (0.602, 0.820) of the picture; 5 % of the picture is about 3 % of the woman's height.
    const knee = result.frame.keypoints.leftKnee;
    expect(knee?.score).toBeGreaterThan(0.3);
    expect(Math.abs((knee?.x ?? 0) / PHOTO_SIZE.width - 0.602)).toBeLessThan(0.05);
    expect(Math.abs((knee?.y ?? 0) / PHOTO_SIZE.height - 0.82)).toBeLessThan(0.05);
    await page.close();
  });
});
