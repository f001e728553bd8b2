/**
 * How a test starts one of HipCheck's entry points in its own process. By default from the TypeScript sources
 * through tsx, so that a test always runs the code as it stands. With `HIPCHECK_TEST_BUILD=1` from the build
 * instead, as a self-hoster runs it: the whole suite (`npm test`) sets it, having just built every package, and
 * each process then starts in about half the CPU time.
 */
export function entryArgs(sourceEntry: string): string[] {
  if (!/^(apps|packages)\/[^/]+\/src\/.+\.ts$/.test(sourceEntry)) {
    throw new Error(`Not a source entry point: ${sourceEntry}`);
  }
  if (process.env["HIPCHECK_TEST_BUILD"] === "1") {
    return [sourceEntry.replace("/src/", "/dist/").replace(/\.ts$/, ".js")];
  }
  return ["--conditions=@hipcheck/source", "--import", "tsx", sourceEntry];
}
