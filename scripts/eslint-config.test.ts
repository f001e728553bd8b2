/**
 * The repository's own lint rules, checked on small pieces of code: the rule is taken from the configuration
 * ESLint computes for a given path, then run on the piece with TypeScript's parser.
 */
import { ESLint, Linter } from "eslint";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import { describe, expect, it } from "vitest";

const repoRoot = new URL("..", import.meta.url).pathname;
const eslint = new ESLint({ cwd: repoRoot });

/** The messages one rule of the repository's configuration gives on `code`, as if it were the file at `path`. */
async function messagesOf(rule: string, path: string, code: string): Promise<string[]> {
  const config = (await eslint.calculateConfigForFile(path)) as { rules?: Record<string, unknown> };
  const setting = config.rules?.[rule];
  if (setting === undefined) return [];
  const linter = new Linter({ configType: "flat" });
  const messages = linter.verify(
    code,
    [
      {
        files: ["**/*.ts", "**/*.tsx"],
        languageOptions: { parser: tseslint.parser },
        plugins: { "@typescript-eslint": tseslint.plugin, "react-hooks": { rules: reactHooks.rules } },
        rules: { [rule]: setting as Linter.RuleEntry },
      },
    ],
    path,
  );
  return messages.map((message) => `${message.ruleId ?? "parse"}: ${message.message}`);
}

const TESTING_RULE = "@typescript-eslint/no-restricted-imports";

describe("production code and test helpers", () => {
  const imports = [
    'import { personas } from "@hipcheck/core/testing";',
    'import { syntheticFrame } from "@hipcheck/motion/testing";',
    'import { sceneOf } from "../testing/scene.js";',
    'import { personas } from "./personas/index.js";',
    'export * from "./testing.js";',
  ];

  it("refuses every way into a testing entry from a production file", async () => {
    for (const code of imports) {
      const messages = await messagesOf(TESTING_RULE, "apps/server/src/routes/any-route.ts", code);
      expect(messages, code).toHaveLength(1);
      expect(messages[0], code).toContain("production code never imports a `testing` entry");
    }
  });

  it("refuses it in the web app too", async () => {
    const messages = await messagesOf(
      TESTING_RULE,
      "apps/web/src/features/today/today-page.tsx",
      imports[0]!,
    );
    expect(messages).toHaveLength(1);
  });

  it("lets tests, browser journeys, scripts and the helpers themselves use them", async () => {
    for (const path of [
      "packages/storage/src/sqlite-store.test.ts",
      "apps/server/src/api.int.test.ts",
      "apps/web/e2e/journey.int.test.ts",
      "apps/web/scripts/initial-size.ts",
      "packages/storage/src/testing/records.ts",
      "packages/core/src/testing.ts",
      "packages/core/src/personas/index.ts",
    ]) {
      expect(await messagesOf(TESTING_RULE, path, imports[0]!), path).toEqual([]);
    }
  });

  it("leaves ordinary imports alone", async () => {
    const code = 'import { generateProgram } from "@hipcheck/core";\nimport { x } from "./testing-day.js";';
    expect(await messagesOf(TESTING_RULE, "apps/server/src/routes/any-route.ts", code)).toEqual([]);
  });
});

describe("React's rules of hooks in the web app", () => {
  it("refuses a hook called conditionally", async () => {
    const code = [
      'import { useState } from "react";',
      "export function Page({ shown }: { shown: boolean }) {",
      "  if (shown) useState(0);",
      "  return null;",
      "}",
    ].join("\n");
    const messages = await messagesOf("react-hooks/rules-of-hooks", "apps/web/src/features/x/page.tsx", code);
    expect(messages).toHaveLength(1);
  });

  it("refuses an effect that leaves out a dependency", async () => {
    const code = [
      'import { useEffect } from "react";',
      "export function Page({ id }: { id: string }) {",
      "  useEffect(() => { console.log(id); }, []);",
      "  return null;",
      "}",
    ].join("\n");
    const messages = await messagesOf(
      "react-hooks/exhaustive-deps",
      "apps/web/src/features/x/page.tsx",
      code,
    );
    expect(messages.join("\n")).toContain("'id'");
  });
});
