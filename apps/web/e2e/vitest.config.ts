import { defineConfig } from "vitest/config";

/**
 * Browser journeys: the real server (spawned on 127.0.0.1 with a temporary SQLite file) serving the built app,
 * driven by playwright-core in Debian's Chromium. Two files at a time: one journey keeps about one core busy (its
 * server, Chromium, the test), so two fill a 2-core machine without starving either; each file has its own server,
 * data folder, browser profile and ports.
 */
export default defineConfig({
  resolve: { conditions: ["@hipcheck/source", "import", "default"] },
  ssr: { resolve: { conditions: ["@hipcheck/source", "import", "default"] } },
  test: {
    root: import.meta.dirname,
    include: ["**/*.int.test.ts"],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    fileParallelism: true,
    maxWorkers: 2,
    retry: 0,
    pool: "forks",
  },
});
