import { defaultClientConditions, defaultServerConditions } from "vite";
import { defineConfig } from "vitest/config";

// Tests run on the TypeScript sources: the "@hipcheck/source" export condition points each workspace package at
// its src/index.ts, so no build is needed before testing. Vite's default conditions stay, so dual-format
// dependencies keep resolving the way Node resolves them.
export default defineConfig({
  resolve: { conditions: ["@hipcheck/source", ...defaultClientConditions] },
  ssr: { resolve: { conditions: ["@hipcheck/source", ...defaultServerConditions] } },
  test: {
    include: ["packages/*/src/**/*.test.ts", "apps/server/src/**/*.test.ts", "apps/cli/src/**/*.test.ts"],
    // One throwaway PostgreSQL server for the whole run; the dialect contract suites read TEST_DATABASE_URL.
    globalSetup: ["scripts/pg-test-server.mjs"],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: "forks",
  },
});
