/**
 * Where the real files the tests read live: the repository's own `testdata/` folder, or the shared test data
 * beside the checkout until that copy lands. Tests only.
 */
import { existsSync } from "node:fs";
import { dirname, join, parse } from "node:path";
import { fileURLToPath } from "node:url";

export function testdataPath(relative: string): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  while (folder !== parse(folder).root) {
    for (const candidate of [
      join(folder, "testdata", relative),
      join(folder, "shared", "testdata", relative),
    ]) {
      if (existsSync(candidate)) return candidate;
    }
    folder = dirname(folder);
  }
  throw new Error(`Test file not found: testdata/${relative}`);
}
