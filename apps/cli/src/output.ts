import { Option } from "commander";
import { exitCodeOf } from "@hipcheck/contracts";
import type { HipError, Lang } from "@hipcheck/core";
import type { CliIo, ExitCode } from "./io.js";

/** One line, no stack trace: what went wrong and, through the message, what to do about it. */
export function failWith(io: CliIo, error: HipError): ExitCode {
  io.stderr(`hipcheck: ${error.message}\n`);
  return exitCodeOf(error.kind);
}

export function printJson(io: CliIo, value: unknown): void {
  io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}

export function parseLang(value: string | undefined, fallback: Lang = "en"): Lang {
  return value === "fr" || value === "en" ? value : fallback;
}

/** Wraps text at a width for the terminal, keeping an indent on continuation lines. */
export function wrap(text: string, indent: string, width = 96): string {
  const words = text.split(/\s+/).filter((word) => word !== "");
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    if (line !== "" && indent.length + line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === "" ? word : `${line} ${word}`;
    }
  }
  if (line !== "") lines.push(line);
  return lines.map((l) => `${indent}${l}`).join("\n");
}

/** `--lang` everywhere accepts exactly the languages HipCheck speaks. */
export function langOption(description = "en or fr"): Option {
  return new Option("--lang <lang>", description).choices(["en", "fr"]);
}
