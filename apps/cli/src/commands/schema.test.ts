import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { hipcheck, REPO_ROOT } from "../../test/kit.js";

describe("hipcheck schema", () => {
  it("prints the answers file's JSON Schema, generated from the schema the code validates with", async () => {
    const run = await hipcheck(["schema", "answers"]);
    expect(run.code).toBe(0);
    const schema = JSON.parse(run.stdout) as {
      title: string;
      properties: Record<string, unknown>;
      required: string[];
    };
    expect(schema.title).toBe("HipCheck answers file");
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining([
        "person",
        "selfCheck",
        "symptoms",
        "redFlags",
        "injury",
        "activities",
        "equipment",
        "availableDays",
      ]),
    );
    expect(JSON.stringify(schema.properties.symptoms)).toContain('"maximum":10');
  });

  it("describes version 2 of the answers file, with the safety questions added in it", async () => {
    const run = await hipcheck(["schema", "answers"]);
    const schema = JSON.parse(run.stdout) as {
      properties: { version: { const: number }; redFlags: { properties: object; required: string[] } };
    };
    expect(schema.properties.version.const).toBe(2);
    expect(schema.properties.redFlags.required).toEqual(
      expect.arrayContaining(["swellingHoursAfterInjury", "givesWayWithoutInjury", "youngUnwellOrBruising"]),
    );
    expect(Object.keys(schema.properties)).toContain("redFlagsNotAsked");
  });

  it("matches the example answers it documents", async () => {
    const run = await hipcheck(["schema", "answers"]);
    const schema = JSON.parse(run.stdout) as { required: string[] };
    const example = JSON.parse(
      readFileSync(`${REPO_ROOT}examples/answers/cyclist-itb.json`, "utf8"),
    ) as Record<string, unknown>;
    for (const field of schema.required) expect(example).toHaveProperty(field);
  });

  it("names the schemas it knows when asked for another", async () => {
    const run = await hipcheck(["schema", "nothing"]);
    expect(run.code).toBe(66);
    expect(run.stderr).toContain("choose one of: answers, program, session-log");
  });
});

describe("hipcheck usage errors", () => {
  it("answers an unknown command with the usage exit code", async () => {
    const run = await hipcheck(["jump"]);
    expect(run.code).toBe(64);
    expect(run.stderr).toContain("unknown command 'jump'");
  });

  it("prints help with exit code 0", async () => {
    const run = await hipcheck(["--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("exercises");
    expect(run.stdout).toContain("plan");
    expect(run.stdout).toContain("it does not diagnose");
  });
});
