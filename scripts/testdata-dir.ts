import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/**
 * Where the test photos, videos and annotations are: the repository's own `testdata/` when it holds them, else a
 * `shared/testdata` folder beside the repository or one level further up (a checkout next to its test data).
 */
export function testdataDir(): string {
  const candidates = [
    join(REPO_ROOT, "testdata"),
    join(REPO_ROOT, "..", "shared", "testdata"),
    join(REPO_ROOT, "..", "..", "shared", "testdata"),
  ];
  const found = candidates.find((candidate) => existsSync(join(candidate, "PROVENANCE.md")));
  if (found === undefined) throw new Error(`No test data: looked in ${candidates.join(", ")}.`);
  return found;
}

/** Path of `relative` (e.g. `images/tfjsmodels_pose.jpg`) inside the test data folder. */
export function testdataPath(relative: string): string {
  return join(testdataDir(), relative);
}
