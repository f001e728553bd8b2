/**
 * The `hipcheck` command as a script: the installed bin runs its build (`bin/hipcheck.js`); tests and tools run
 * this source directly with `node --conditions=@hipcheck/source --import tsx apps/cli/src/hipcheck.ts <args>`.
 */
import { runFromProcess } from "./main.js";

await runFromProcess();
