import type { Command } from "commander";
import { z } from "zod";
import { AnswersV2Schema, SessionLogSchema, ProgramSchema } from "@hipcheck/core";
import type { CliIo, ExitCode } from "../io.js";
import { failWith, printJson } from "../output.js";

/** JSON Schemas generated from the very zod schemas the code validates with, so the two cannot drift. */
const SCHEMAS = {
  answers: { schema: AnswersV2Schema, title: "HipCheck answers file" },
  program: { schema: ProgramSchema, title: "HipCheck program" },
  "session-log": { schema: SessionLogSchema, title: "HipCheck session log" },
} as const;
type SchemaName = keyof typeof SCHEMAS;

export function jsonSchemaOf(name: SchemaName): Record<string, unknown> {
  const { schema, title } = SCHEMAS[name];
  return { title, ...z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) };
}

export function printSchema(io: CliIo, name: string): ExitCode {
  if (!(name in SCHEMAS)) {
    return failWith(io, {
      kind: "not-found",
      message: `no schema "${name}"; choose one of: ${Object.keys(SCHEMAS).join(", ")}`,
      field: "name",
    });
  }
  printJson(io, jsonSchemaOf(name as SchemaName));
  return 0;
}

export function registerSchemaCommand(program: Command, io: CliIo, finish: (code: ExitCode) => void): void {
  program
    .command("schema")
    .description(`print a JSON Schema: ${Object.keys(SCHEMAS).join(", ")}`)
    .argument("<name>", "which schema")
    .action((name: string) => {
      finish(printSchema(io, name));
    });
}
