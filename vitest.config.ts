import { availableParallelism } from "node:os";
import { defaultClientConditions, defaultServerConditions } from "vite";
import { defineConfig } from "vitest/config";

const SOURCES = ["packages/*/src", "apps/server/src", "apps/cli/src", "scripts"];
const INTEGRATION = "**/*.int.test.ts";

// Tests run on the TypeScript sources: the "@hipcheck/source" export condition points each workspace package at
// its src/index.ts, so no build is needed before testing. Vite's default conditions stay, so dual-format
// dependencies keep resolving the way Node resolves them.
// Two projects: `unit` (pure tests, no database, seconds: `npm run test:unit`) and `integration` (`*.int.test.ts`:
// a real database, ffmpeg or a browser). `npx vitest run <file>` runs one file of either kind.
export default defineConfig({
  resolve: { conditions: ["@hipcheck/source", ...defaultClientConditions] },
  ssr: { resolve: { conditions: ["@hipcheck/source", ...defaultServerConditions] } },
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: "forks",
    // Vitest's default is one worker fewer than the cores: a single worker on a 2-core machine, where most of the
    // integration files wait on PostgreSQL, a server process or ffmpeg. Two at least keep both cores busy.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // The files a worker runs one after the other share the modules it has imported, instead of each importing
    // the whole domain afresh: no file mocks a module or leaves a global, a database or a server behind it
    // (decision 0920).
    isolate: false,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: SOURCES.map((dir) => `${dir}/**/*.test.ts`),
          exclude: [INTEGRATION, "**/node_modules/**"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: SOURCES.map((dir) => `${dir}/${INTEGRATION}`),
          // One throwaway PostgreSQL server for the integration run only; the dialect contract suites read
          // TEST_DATABASE_URL.
          globalSetup: ["scripts/pg-test-server.mjs"],
        },
      },
    ],
  },
});
