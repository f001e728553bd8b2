import { defineConfig } from "vitest/config";

/**
 * Browser journeys: the real server (spawned on 127.0.0.1 with a temporary SQLite file) serving the built app,
 * driven by playwright-core in Debian's Chromium. One file at a time: the machine is small and shared.
 */
export default defineConfig({
  resolve: { conditions: ["@hipcheck/source", "import", "default"] },
  ssr: { resolve: { conditions: ["@hipcheck/source", "import", "default"] } },
  test: {
    root: import.meta.dirname,
    include: ["**/*.int.test.ts"],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    retry: 0,
    pool: "forks",
  },
});
