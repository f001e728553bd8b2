import { defineConfig } from "vitest/config";

/** Unit tests of the web app's pure parts (no browser); the browser journeys live in e2e/. */
export default defineConfig({
  resolve: { conditions: ["@hipcheck/source", "import", "default"] },
  ssr: { resolve: { conditions: ["@hipcheck/source", "import", "default"] } },
  test: {
    root: import.meta.dirname,
    include: ["src/**/*.test.ts"],
    environment: "node",
    // These files hold no state between them (no mocks, no globals, no DOM): the files a worker runs share the
    // modules it has imported, and two workers keep a 2-core machine busy (decision 0920).
    isolate: false,
    maxWorkers: 2,
  },
});
