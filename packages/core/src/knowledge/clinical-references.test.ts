/**
 * Specification of the clinical citations: every `docs/clinical §5.4` in the code and docs names a section heading
 * of docs/clinical, every `"Numbers to encode" #24` names a row of its table, and no citation points outside the
 * repository (the research notes' old file name).
 */
import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const REPO_ROOT = fileURLToPath(new URL("../../../../", import.meta.url));
const CLINICAL_DIR = join(REPO_ROOT, "docs", "clinical");
const SCANNED = ["packages", "apps", "docs", "scripts", "examples", "README.md", "CONTRIBUTING.md"];
const SKIPPED_DIRS = new Set(["node_modules", "dist", "dev-dist", "models", "public"]);
const TEXT_FILE = /\.(ts|tsx|mjs|js|md|json|html)$/;
/** Sections of other documents, cited by their own name: not ours to resolve. */
const EXTERNAL_BEFORE_SECTION = /(RFC \d+|SP 800-\d+[A-Z]?|R4(?: JSON)?)\s*$/;
const SECTION_REFERENCE = /§\s?(\d+(?:\.\d+)*)/g;
const ROW_REFERENCE = /"Numbers to encode" #(\d+)/g;
const OUTSIDE_REFERENCE = /(clinical\.md|research notes|clinical notes)[\s*]*§/gi;

type Reference = { file: string; line: number; text: string };

function filesUnder(path: string): string[] {
  const entries = readdirSync(path, { withFileTypes: true });
  return entries.flatMap((entry) => {
    const full = join(path, entry.name);
    if (entry.isDirectory()) return SKIPPED_DIRS.has(entry.name) ? [] : filesUnder(full);
    return TEXT_FILE.test(entry.name) ? [full] : [];
  });
}

function scannedFiles(): string[] {
  return SCANNED.flatMap((name) => {
    const full = join(REPO_ROOT, name);
    return TEXT_FILE.test(name) ? [full] : filesUnder(full);
  });
}

function referencesIn(pattern: RegExp, keep: (text: string, index: number) => boolean): Reference[] {
  return scannedFiles().flatMap((file) => {
    const text = readFileSync(file, "utf8");
    return [...text.matchAll(pattern)]
      .filter((match) => keep(text, match.index))
      .map((match) => ({
        file: relative(REPO_ROOT, file),
        line: text.slice(0, match.index).split("\n").length,
        text: match[1] ?? match[0],
      }));
  });
}

function clinicalSections(): Set<string> {
  const sections = new Set<string>();
  for (const file of readdirSync(CLINICAL_DIR).filter((name) => name.endsWith(".md"))) {
    for (const match of readFileSync(join(CLINICAL_DIR, file), "utf8").matchAll(
      /^#{1,6} (\d+(?:\.\d+)*)\.? /gm,
    )) {
      sections.add(match[1] ?? "");
    }
  }
  return sections;
}

function numberedRows(): Set<string> {
  const text = readFileSync(join(CLINICAL_DIR, "numbers-to-encode.md"), "utf8");
  return new Set([...text.matchAll(/^\| (\d+) \|/gm)].map((match) => match[1] ?? ""));
}

const isClinical = (text: string, index: number) =>
  !EXTERNAL_BEFORE_SECTION.test(text.slice(Math.max(0, index - 30), index));

describe("clinical citations in the code and docs", () => {
  it("docs/clinical keeps the research notes' nine top-level sections", () => {
    const sections = clinicalSections();
    for (const section of ["1", "2", "3", "4", "5", "6", "7", "8", "9"]) expect(sections).toContain(section);
  });

  it("cite many sections, and each § names a heading of docs/clinical", () => {
    const sections = clinicalSections();
    const references = referencesIn(SECTION_REFERENCE, isClinical);
    expect(references.length).toBeGreaterThan(50);
    const unresolved = references.filter((reference) => !sections.has(reference.text));
    expect(unresolved.map((r) => `${r.file}:${r.line} §${r.text}`)).toEqual([]);
  });

  it('each "Numbers to encode" #N names a row of its table', () => {
    const rows = numberedRows();
    const references = referencesIn(ROW_REFERENCE, () => true);
    expect(references.length).toBeGreaterThan(0);
    const unresolved = references.filter((reference) => !rows.has(reference.text));
    expect(unresolved.map((r) => `${r.file}:${r.line} #${r.text}`)).toEqual([]);
  });

  it("never cite a file outside the repository", () => {
    const outside = referencesIn(OUTSIDE_REFERENCE, () => true);
    expect(outside.map((r) => `${r.file}:${r.line} ${r.text}`)).toEqual([]);
  });
});
