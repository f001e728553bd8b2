/**
 * How many times an element opens in an XML file's bytes, counted before the file is parsed and stopping at
 * `stopAt`: a file with more track points than are ever read is refused in milliseconds, instead of after a parse
 * of many megabytes that holds the server for seconds. `<trkpt ` and `<trkpt>` count; `<trkptx` does not. A file
 * in UTF-16 is counted in UTF-16.
 */
import { xmlEncodingOf, type XmlEncoding } from "./xml-document.js";

const TAG_ENDS: ReadonlySet<number> = new Set([0x20, 0x3e, 0x2f, 0x09, 0x0a, 0x0d]);

/** The ASCII character at byte `at`, or undefined when there is none (or it is not ASCII in UTF-16). */
function asciiAt(buffer: Buffer, at: number, encoding: XmlEncoding): number | undefined {
  if (encoding === "utf8") return buffer[at];
  const [low, high] = encoding === "utf16le" ? [buffer[at], buffer[at + 1]] : [buffer[at + 1], buffer[at]];
  return high === 0 ? low : undefined;
}

export function countOpeningTags(bytes: Uint8Array, tagName: string, stopAt: number): number {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const encoding = xmlEncodingOf(bytes);
  const unitBytes = encoding === "utf8" ? 1 : 2;
  const needle =
    encoding === "utf16be"
      ? Buffer.from(`<${tagName}`, "utf16le").swap16()
      : Buffer.from(`<${tagName}`, encoding === "utf8" ? "utf8" : "utf16le");
  let count = 0;
  for (let at = buffer.indexOf(needle); at !== -1 && count < stopAt; at = buffer.indexOf(needle, at + 1)) {
    // In UTF-16 a character starts at an even offset (the mark takes the first two bytes).
    if (at % unitBytes !== 0) continue;
    const next = asciiAt(buffer, at + needle.length, encoding);
    if (next !== undefined && TAG_ENDS.has(next)) count += 1;
  }
  return count;
}
