/**
 * CSV for spreadsheets, RFC 4180: CRLF line ends, and fields holding a comma, a double quote or a line break are
 * quoted with inner quotes doubled. Text that a spreadsheet would run as a formula (starting with = + - @, tab or
 * carriage return) gets a leading apostrophe, as OWASP's CSV-injection advice recommends: a pain note such as
 * "=HYPERLINK(…)" must stay text. Numbers are written as numbers, so a negative angle stays a number.
 */
export type CsvCell = string | number | boolean | null;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** A text cell made inert for spreadsheets. */
export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function field(cell: CsvCell): string {
  if (cell === null) return "";
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) throw new RangeError(`A CSV number must be finite, got ${cell}`);
    return String(cell);
  }
  const text = typeof cell === "boolean" ? String(cell) : guardFormula(cell);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  for (const [index, row] of rows.entries()) {
    if (row.length !== header.length) {
      throw new RangeError(`Row ${index + 1} has ${row.length} cells, the header ${header.length}`);
    }
  }
  return [header, ...rows].map((row) => row.map(field).join(",")).join("\r\n") + "\r\n";
}
