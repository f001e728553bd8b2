/**
 * GPX and TCX are XML. Untrusted XML is parsed defensively: a document type or entity declaration (the way "billion
 * laughs" bombs and external-entity attacks start) is refused outright, since neither format uses one; entities are
 * not expanded; nesting is capped; malformed XML is reported rather than half-read.
 */
import { err, hipError, ok, type HipError, type Result } from "@hipcheck/core";
import { XMLParser } from "fast-xml-parser";
import { SyntaxValidator } from "fast-xml-validator";

/** GPX nests 5 levels deep and TCX about 8; anything far deeper is not one of them. */
const NESTED_TAGS_MAX = 32;

export type XmlNode = Record<string, unknown>;

/** The validator throws a ValidationError (with a line number) for malformed XML. */
function syntaxError(text: string): string | undefined {
  try {
    SyntaxValidator.validate(text);
    return undefined;
  } catch (error) {
    const { message, line } = error as { message?: string; line?: number };
    return `line ${line ?? "?"}: ${message ?? "syntax error"}`;
  }
}

/**
 * How the document's text is written: UTF-8 unless a byte-order mark says UTF-16 (XML 1.0, appendix F; some Windows
 * tools write GPX and TCX so). The tag counter (count-tags.ts) reads the same answer.
 */
export type XmlEncoding = "utf8" | "utf16le" | "utf16be";

export function xmlEncodingOf(bytes: Uint8Array): XmlEncoding {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf16be";
  return "utf8";
}

const DECODER_LABELS: Readonly<Record<XmlEncoding, string>> = {
  utf8: "utf-8",
  utf16le: "utf-16le",
  utf16be: "utf-16be",
};

/** The document's text; UTF-8's own mark is dropped by the decoder. */
function xmlText(bytes: Uint8Array): string {
  return new TextDecoder(DECODER_LABELS[xmlEncodingOf(bytes)]).decode(bytes);
}

export function parseXmlDocument(
  bytes: Uint8Array,
  root: string,
  arrayTags: ReadonlySet<string>,
): Result<XmlNode, HipError> {
  const text = xmlText(bytes);
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) {
    return err(
      hipError(
        "invalid-input",
        "The file declares a document type or entities, which GPX and TCX never use; it was refused for safety.",
      ),
    );
  }
  const malformed = syntaxError(text);
  if (malformed !== undefined) {
    return err(hipError("unprocessable", `The file is not well-formed XML (${malformed}).`));
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    removeNSPrefix: true,
    processEntities: false,
    parseTagValue: true,
    maxNestedTags: NESTED_TAGS_MAX,
    isArray: (tagName) => arrayTags.has(tagName),
  });
  let document: unknown;
  try {
    document = parser.parse(text);
  } catch (error) {
    return err(hipError("unprocessable", `The file could not be read as XML: ${(error as Error).message}`));
  }
  const node = (document as XmlNode)[root];
  if (node === null || typeof node !== "object") {
    return err(
      hipError("unsupported-media", `The file is XML but not the expected format (no <${root}> element).`),
    );
  }
  return ok(node as XmlNode);
}

/** The child at `path`, as an array (absent → empty). */
export function childrenAt(node: unknown, ...path: string[]): XmlNode[] {
  let current: unknown = node;
  for (const key of path) {
    if (current === null || typeof current !== "object") return [];
    current = (current as XmlNode)[key];
  }
  if (current === undefined || current === null) return [];
  return (Array.isArray(current) ? current : [current]).filter(
    (item): item is XmlNode => typeof item === "object" && item !== null,
  );
}

export function numberAt(node: unknown, ...path: string[]): number | undefined {
  let current: unknown = node;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as XmlNode)[key];
  }
  const value = typeof current === "string" ? Number(current) : current;
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

export function textAt(node: unknown, ...path: string[]): string | undefined {
  let current: unknown = node;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as XmlNode)[key];
  }
  return typeof current === "string" ? current : typeof current === "number" ? String(current) : undefined;
}
