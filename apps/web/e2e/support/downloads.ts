/**
 * Files a journey downloads, kept in a temporary folder and read back with the tools a person's computer has:
 * Debian's poppler-utils for PDFs (`pdfinfo`, `pdftotext`), plain text for the rest.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";

const folder = mkdtempSync(join(tmpdir(), "hipcheck-downloads-"));

/** Clicks what starts a download and saves the file; resolves to its path and the name the browser gave it. */
export async function downloadBy(
  page: Page,
  click: () => Promise<void>,
): Promise<{ readonly path: string; readonly fileName: string }> {
  const started = page.waitForEvent("download");
  await click();
  const download = await started;
  const fileName = download.suggestedFilename();
  const path = join(folder, `${String(Date.now())}-${fileName}`);
  await download.saveAs(path);
  return { path, fileName };
}

export function textOf(path: string): string {
  return readFileSync(path, "utf8");
}

/** `pdfinfo`'s fields; it fails (and so throws here) on a file that is not a PDF. */
export function pdfInfo(path: string): Record<string, string> {
  const output = execFileSync("pdfinfo", [path], { encoding: "utf8" });
  return Object.fromEntries(
    output
      .split("\n")
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((match) => match !== null)
      .map((match) => [match[1] ?? "", match[2] ?? ""]),
  );
}

/** The PDF's text with runs of white space made single spaces, so words wrapped across lines still match. */
export function pdfText(path: string): string {
  return execFileSync("pdftotext", ["-enc", "UTF-8", path, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
}
