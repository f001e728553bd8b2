import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CliIo } from "../src/io.js";
import { runCli } from "../src/main.js";
import type { Choice, Prompter } from "../src/prompter.js";

export type CliRun = { code: number; stdout: string; stderr: string };

/** The repository root, for examples and shared test data. */
export const REPO_ROOT = new URL("../../../", import.meta.url).pathname;

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "hipcheck-cli-"));
}

/**
 * A prompter that answers from a script, in order, and fails loudly if the command asks something unexpected,
 * so a test notices when the questions change.
 */
export function scriptedPrompter(script: readonly unknown[]): Prompter & { remaining(): number } {
  const queue = [...script];
  const next = (message: string): unknown => {
    if (queue.length === 0) throw new Error(`unexpected question: ${message}`);
    return queue.shift();
  };
  return {
    confirm: (message) => Promise.resolve(next(message) as boolean),
    select: <T extends string>(message: string, choices: readonly Choice<T>[]) => {
      const value = next(message) as T;
      if (!choices.some((choice) => choice.value === value)) {
        throw new Error(`"${value}" is not a choice of: ${message}`);
      }
      return Promise.resolve(value);
    },
    checkbox: <T extends string>(message: string, choices: readonly Choice<T>[]) => {
      const values = next(message) as T[];
      for (const value of values) {
        if (!choices.some((choice) => choice.value === value)) {
          throw new Error(`"${value}" is not a choice of: ${message}`);
        }
      }
      return Promise.resolve(values);
    },
    integer: (message) => Promise.resolve(next(message) as number),
    text: (message) => Promise.resolve(next(message) as string),
    remaining: () => queue.length,
  };
}

export async function hipcheck(
  args: readonly string[],
  options: {
    interactive?: boolean;
    prompter?: Prompter;
    cwd?: string;
    today?: string;
    env?: CliIo["env"];
  } = {},
): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    isInteractive: options.interactive ?? false,
    cwd: options.cwd ?? REPO_ROOT,
    env: options.env ?? {},
  };
  const prompter = options.prompter;
  const code = await runCli(args, {
    io,
    today: () => options.today ?? "2026-11-22",
    prompter: () => {
      if (prompter === undefined) throw new Error("this test gave no prompter");
      return prompter;
    },
  });
  return { code, stdout, stderr };
}
