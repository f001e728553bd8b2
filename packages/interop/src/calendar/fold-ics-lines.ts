/**
 * RFC 5545 §3.1: content lines SHOULD NOT be longer than 75 octets, continued on the next line after a CRLF and one
 * space. The `ics` package counts characters, so French text with accents runs past 75 octets; this refolds by
 * octets without ever splitting a character.
 */
const LINE_OCTETS_MAX = 75;
const encoder = new TextEncoder();

function foldLine(line: string): string[] {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines start with a space, which counts toward their 75 octets.
    const limit = parts.length === 0 ? LINE_OCTETS_MAX : LINE_OCTETS_MAX - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts;
}

export function foldIcsLines(ics: string): string {
  const unfolded = ics.replace(/\r\n[ \t]/g, "");
  const lines = unfolded.split("\r\n");
  return lines.map((line) => foldLine(line).join("\r\n ")).join("\r\n");
}
