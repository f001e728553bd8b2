/**
 * CSV for spreadsheets, RFC 4180: CRLF line ends, and fields holding the separator, a double quote or a line break
 * are quoted with inner quotes doubled. The file starts with a UTF-8 byte-order mark, without which Excel reads
 * UTF-8 as the system's legacy code page ("RÃ©sumÃ©"). French spreadsheets expect `;` between fields and a decimal
 * comma (the comma is their decimal separator), so the dialect follows the file's language. Text that a
 * spreadsheet would run as a formula (starting with = + - @, tab or carriage return) gets a leading apostrophe, as
 * OWASP's CSV-injection advice recommends: a pain note such as "=HYPERLINK(…)" must stay text. Numbers are written
 * as numbers, so a negative angle stays a number.
 */
import type { Lang } from "@hipcheck/core";

export type CsvCell = string | number | boolean | null;

export type CsvDialect = { readonly separator: "," | ";"; readonly decimal: "." | "," };

export const CSV_DIALECTS: Readonly<Record<Lang, CsvDialect>> = {
  en: { separator: ",", decimal: "." },
  fr: { separator: ";", decimal: "," },
};

export const UTF8_BOM = "\uFEFF";

const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell made inert for spreadsheets. */
export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function field(cell: CsvCell, dialect: CsvDialect): string {
  if (cell === null) return "";
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) throw new RangeError(`A CSV number must be finite, got ${cell}`);
    return String(cell).replace(".", dialect.decimal);
  }
  const text = typeof cell === "boolean" ? String(cell) : guardFormula(cell);
  const needsQuotes = text.includes(dialect.separator) || /["\r\n]/.test(text);
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(
  header: readonly string[],
  rows: readonly (readonly CsvCell[])[],
  dialect: CsvDialect = CSV_DIALECTS.en,
): string {
  for (const [index, row] of rows.entries()) {
    if (row.length !== header.length) {
      throw new RangeError(`Row ${index + 1} has ${row.length} cells, the header ${header.length}`);
    }
  }
  const lines = [header, ...rows].map((row) =>
    row.map((cell) => field(cell, dialect)).join(dialect.separator),
  );
  return `${UTF8_BOM}${lines.join("\r\n")}\r\n`;
}
