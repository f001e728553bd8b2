import { spawn } from "node:child_process";

export type ProcessOutput = {
  readonly exitCode: number | null;
  readonly stdout: string;
  readonly stderr: string;
};

/** Runs a program to completion and collects its output; rejects only when it cannot be started. */
export function runProcess(command: string, args: readonly string[]): Promise<ProcessOutput> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (text: string) => (stdout += text));
    child.stderr.setEncoding("utf8").on("data", (text: string) => (stderr += text));
    child.on("error", reject);
    child.on("close", (exitCode) => {
      resolve({ exitCode, stdout, stderr });
    });
  });
}
