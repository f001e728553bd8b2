// Prints one closing line, "N passed, N failed, N skipped", over every JSON test report under the folder given.
// The reports follow the Jest/Vitest JSON shape (numPassedTests, numFailedTests, numPendingTests, numTodoTests).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const folder = process.argv[2] ?? "artifacts";
let passed = 0;
let failed = 0;
let skipped = 0;
for (const name of readdirSync(folder).filter((file) => file.endsWith(".json"))) {
  const report = JSON.parse(readFileSync(join(folder, name), "utf8"));
  if (typeof report.numPassedTests !== "number") continue;
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
