/**
 * `run-server.ts <dataDir> <webRoot> [modelsRoot]`: the real HipCheck server (`startServer`, as `hipcheck serve`
 * runs it) on a free port of 127.0.0.1, for the browser journeys. Prints `listening <url>` when ready and stops
 * cleanly on SIGTERM. Runs in its own process; the web app never imports it.
 */
/* eslint-disable no-restricted-imports -- test harness process outside the app: it starts the server */
import { startServer } from "@hipcheck/server";
/* eslint-enable no-restricted-imports */

const [dataDir, webRoot, modelsRoot] = process.argv.slice(2);
if (dataDir === undefined || webRoot === undefined) {
  throw new Error("usage: run-server.ts <dataDir> <webRoot> [modelsRoot]");
}
const server = await startServer({
  port: 0,
  host: "127.0.0.1",
  dataDir,
  webRoot,
  ...(modelsRoot === undefined ? {} : { modelsRoot }),
  log: { level: "warn" },
});
process.stdout.write(`listening ${server.url}\n`);
process.once("SIGTERM", () => {
  void server.close().then(() => process.exit(0));
});
