import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { brotliCompressSync, constants as zlib, gzipSync } from "node:zlib";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import type { Plugin } from "vite";
import { VitePWA } from "vite-plugin-pwa";

/**
 * The app is served by the HipCheck server from apps/web/dist (same origin, so the session cookie and the
 * CSRF header work without CORS). In development, /api and /models are proxied to a local server.
 */
const conditions = ["@hipcheck/source", "browser", "module", "import", "default"];

/**
 * The pose model's WebAssembly backend fetches its .wasm files by name from one folder; they are copied into
 * the build under /tfjs-wasm/ (the movement screen loads them, no other page does).
 */
function tfjsWasmFiles(): Plugin {
  // Resolved from the detector package, whose dependency the WebAssembly backend is.
  const fromDetector = createRequire(join(import.meta.dirname, "../../packages/detector/package.json"));
  const wasmDir = dirname(fromDetector.resolve("@tensorflow/tfjs-backend-wasm"));
  return {
    name: "hipcheck-tfjs-wasm",
    apply: "build",
    generateBundle() {
      for (const name of readdirSync(wasmDir).filter((file) => file.endsWith(".wasm"))) {
        this.emitFile({
          type: "asset",
          fileName: `tfjs-wasm/${name}`,
          source: readFileSync(join(wasmDir, name)),
        });
      }
    },
  };
}

/** Text-like files worth compressing; images other than SVG are compressed already. */
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|webmanifest|wasm)$/;
/** Below this, the encoding header costs about what it saves. */
const MIN_BYTES = 1024;

/**
 * Brotli and gzip copies of every compressible file of the build (`x.js.br`, `x.js.gz`), written once at build
 * time at the highest levels, which would be too slow per request; the server sends the copy the browser
 * accepts (serve-web-app.ts). Runs after the service worker is written, so it is compressed too.
 */
function precompressedCopies(): Plugin {
  let outDir = "dist";
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
    );
  return {
    name: "hipcheck-precompress",
    apply: "build",
    enforce: "post",
    configResolved(config) {
      outDir = join(config.root, config.build.outDir);
    },
    closeBundle: {
      order: "post",
      sequential: true,
      handler() {
        for (const file of walk(outDir).filter((name) => COMPRESSIBLE.test(name))) {
          const size = statSync(file).size;
          if (size < MIN_BYTES) continue;
          const source = readFileSync(file);
          // Quality 11 takes seconds on the megabyte-sized pose files: 9 there loses little.
          const quality = size > 1_000_000 ? 9 : zlib.BROTLI_MAX_QUALITY;
          writeFileSync(
            `${file}.br`,
            brotliCompressSync(source, {
              params: { [zlib.BROTLI_PARAM_QUALITY]: quality, [zlib.BROTLI_PARAM_SIZE_HINT]: size },
            }),
          );
          writeFileSync(`${file}.gz`, gzipSync(source, { level: zlib.Z_BEST_COMPRESSION }));
        }
      },
    },
  };
}

export default defineConfig({
  resolve: { conditions },
  plugins: [
    react(),
    tfjsWasmFiles(),
    VitePWA({
      registerType: "autoUpdate",
      injectRegister: null,
      manifest: {
        name: "HipCheck",
        short_name: "HipCheck",
        description: "Hip strengthening for knee pain / Renforcement des hanches contre la douleur au genou",
        theme_color: "#1d4e89",
        background_color: "#ffffff",
        display: "standalone",
        start_url: "/",
        icons: [{ src: "/icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" }],
      },
      workbox: {
        // The app shell and its lazy chunks are precached; pose models (several MB) are cached on first use only.
        globPatterns: ["**/*.{js,css,html,svg,json}"],
        // The pose detector (TFJS, about a megabyte) is fetched only by people who open the movement screen.
        globIgnores: ["assets/pose-*.js"],
        navigateFallback: "/index.html",
        // Web push reminders: the push and notification-click handlers (public/push-handler.js).
        importScripts: ["/push-handler.js"],
        navigateFallbackDenylist: [/^\/api\//, /^\/models\//],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        runtimeCaching: [
          {
            urlPattern: ({ url }) => url.pathname.startsWith("/models/"),
            handler: "CacheFirst",
            options: { cacheName: "hipcheck-models" },
          },
        ],
      },
    }),
    precompressedCopies(),
  ],
  server: {
    proxy: { "/api": "http://127.0.0.1:8080", "/models": "http://127.0.0.1:8080" },
  },
  build: {
    target: "es2022",
    sourcemap: false,
    rolldownOptions: {
      output: {
        chunkFileNames: (chunk) =>
          chunk.moduleIds.some((id) => id.includes("@tensorflow"))
            ? "assets/pose-[hash].js"
            : "assets/[name]-[hash].js",
      },
    },
  },
});
