/**
 * How many times an element opens in an XML file's bytes, counted before the file is parsed and stopping at
 * `stopAt`: a file with more track points than are ever read is refused in milliseconds, instead of after a parse
 * of many megabytes that holds the server for seconds. `<trkpt ` and `<trkpt>` count; `<trkptx` does not.
 */
const TAG_ENDS: ReadonlySet<number> = new Set([0x20, 0x3e, 0x2f, 0x09, 0x0a, 0x0d]);

export function countOpeningTags(bytes: Uint8Array, tagName: string, stopAt: number): number {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const needle = Buffer.from(`<${tagName}`, "utf8");
  let count = 0;
  for (let at = buffer.indexOf(needle); at !== -1 && count < stopAt; at = buffer.indexOf(needle, at + 1)) {
    const next = buffer[at + needle.length];
    if (next !== undefined && TAG_ENDS.has(next)) count += 1;
  }
  return count;
}
