import { defineConfig } from "vitest/config";

// Tests run on the TypeScript sources: the "@hipcheck/source" export condition points each
// workspace package at its src/index.ts, so no build is needed before testing.
export default defineConfig({
  resolve: { conditions: ["@hipcheck/source", "import", "default"] },
  ssr: { resolve: { conditions: ["@hipcheck/source", "import", "default"] } },
  test: {
    include: ["packages/*/src/**/*.test.ts", "apps/server/src/**/*.test.ts", "apps/cli/src/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: "forks",
  },
});
