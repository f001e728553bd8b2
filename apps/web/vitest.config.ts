import { defineConfig } from "vitest/config";

/** Unit tests of the web app's pure parts (no browser); the browser journeys live in e2e/. */
export default defineConfig({
  resolve: { conditions: ["@hipcheck/source", "import", "default"] },
  ssr: { resolve: { conditions: ["@hipcheck/source", "import", "default"] } },
  test: {
    root: import.meta.dirname,
    include: ["src/**/*.test.ts"],
    environment: "node",
  },
});
