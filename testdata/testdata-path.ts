import { fileURLToPath } from "node:url";

/**
 * The absolute path of a file in the repository's `testdata/` folder, e.g. `testdataPath("videos/x.mp4")`.
 * Tests, browser journeys and benchmarks reach the test data only through here, so the folder can move in one place.
 */
export function testdataPath(relative: string): string {
  return fileURLToPath(new URL(relative, import.meta.url));
}
