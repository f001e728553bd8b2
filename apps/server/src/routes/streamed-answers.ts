/**
 * Answers written as they are read (decision 0510). The whole-record export of an account with 200,000 entries
 * is tens of megabytes; read, mapped and serialised in one go it held the event loop for seconds, and
 * `/api/health` with it. Here the document is written a page at a time: each page is one keyset query and one
 * small `JSON.stringify`, and the loop turns between pages. The bytes are those of the document serialised
 * whole. The session and pain spreadsheets are written the same way (decision 0600), and so is the FHIR record
 * (decision 0625).
 */
import { Readable } from "node:stream";
import { setImmediate as nextTurn } from "node:timers/promises";
import { EXPORT_PAGE_ROWS, EXPORT_SECTIONS } from "@hipcheck/application";
import type {
  Actor,
  ClinicalSourcePages,
  ExportPages,
  HipCheck,
  ListKey,
  ListPage,
  ListPageRequest,
} from "@hipcheck/application";
import { routes } from "@hipcheck/contracts";
import type { Routes, StreamedRouteName } from "@hipcheck/contracts";
import { ok } from "@hipcheck/core";
import type { HipError, Result } from "@hipcheck/core";
import {
  collectMovementFindings,
  FHIR_BUNDLE_TEXT_CLOSING,
  fhirBundleEntryText,
  fhirBundlePartsFromSources,
  fhirBundleTextOpening,
  toCsvMovementFindings,
  toCsvPainEntries,
  toCsvSessions,
  toCsvStrengthChecks,
} from "@hipcheck/interop";
import type { BundleEntry, FhirBundleParts } from "@hipcheck/interop";
import { LoopTurns } from "../loop-turns.js";
import { withoutUndefined } from "./route-handler.js";
import type { Part } from "./route-handler.js";

export type StreamedAnswer = {
  readonly contentType: string;
  readonly body: Readable;
  /** A file to take away: sent with `content-disposition: attachment`. */
  readonly fileName?: string;
};

/** Answers one route written as it is read, given its own query, validated by its schema before the handler runs. */
type StreamedHandler<N extends StreamedRouteName> = (
  hipcheck: HipCheck,
  actor: Actor,
  query: Part<Routes[N], "query">,
) => Promise<Result<StreamedAnswer, HipError>>;

/** One per route the table marks `streamed`; a streamed route without one does not compile. */
type StreamedAnswers = { readonly [N in StreamedRouteName]: StreamedHandler<N> };

/**
 * Items written as text until the budget of the turn is spent, then the text so far is handed on and the loop
 * turns; `textOf` writes one item (with its separator).
 */
async function* itemsInTurns<T>(
  items: readonly T[],
  textOf: (item: T) => string,
  turns: LoopTurns,
): AsyncGenerator<string> {
  let text = "";
  for (const item of items) {
    text += textOf(item);
    if (turns.due) {
      yield text;
      text = "";
      await turns.turn();
    }
  }
  if (text !== "") yield text;
}

/**
 * The export document as JSON text, in pieces: the head without its closing brace, then each list item by item,
 * exactly as `JSON.stringify` writes the whole document (no spaces; lists in `EXPORT_SECTIONS` order). The loop
 * turns after each page's read and whenever writing has held it for `LOOP_MS_PER_TURN`.
 */
export async function* exportDocumentText(pages: ExportPages): AsyncGenerator<string> {
  const turns = new LoopTurns();
  yield JSON.stringify(pages.head).slice(0, -1);
  for (const section of EXPORT_SECTIONS) {
    yield `,${JSON.stringify(section)}:[`;
    let separator = "";
    for await (const page of pages.pagesOf(section)) {
      yield* itemsInTurns(
        page,
        (item) => {
          const text = separator + JSON.stringify(item);
          separator = ",";
          return text;
        },
        turns,
      );
      await turns.turn();
    }
    yield "]";
  }
  yield "}";
}

/**
 * The FHIR bundle as JSON text, a page of pain or PSFS entries at a time (decision 0625): exactly the text of
 * `JSON.stringify(bundle, null, 2)` of the bundle built whole, entry for entry in the same order. Each pain and PSFS
 * entry is keyed by its stored id, as the whole bundle keys them. A pretty-printed FHIR entry is about 1.85 KB,
 * several times a row of the JSON export: the loop turns after each page's read and whenever writing has held it
 * for `LOOP_MS_PER_TURN` (decision 0673).
 */
export async function* fhirBundleText(
  parts: FhirBundleParts,
  pages: Pick<ClinicalSourcePages, "painPages" | "psfsPages">,
): AsyncGenerator<string> {
  const turns = new LoopTurns();
  yield fhirBundleTextOpening(parts.type);
  let first = true;
  const textOf = (entry: BundleEntry) => {
    const text = fhirBundleEntryText(entry, first);
    first = false;
    return text;
  };
  yield* itemsInTurns(parts.leading, textOf, turns);
  for await (const page of pages.painPages()) {
    yield* itemsInTurns(page, ({ id, entry }) => textOf(parts.painEntry(entry, id)), turns);
    await turns.turn();
  }
  for await (const page of pages.psfsPages()) {
    yield* itemsInTurns(page, ({ id, entry }) => textOf(parts.psfsEntry(entry, id)), turns);
    await turns.turn();
  }
  yield* itemsInTurns(parts.trailing, textOf, turns);
  yield FHIR_BUNDLE_TEXT_CLOSING;
}

type PageReader<T> = (page: ListPageRequest) => Promise<Result<ListPage<T>, HipError>>;

/**
 * A spreadsheet written a keyset page at a time (decision 0600): the first page is read before the answer starts,
 * so a refusal (no access) is still an error answer; then each page's rows follow without the header, which is
 * exactly the file `toCsv` writes for the whole list (a BOM and the header once, CRLF after every line).
 */
async function csvPages<T>(
  read: PageReader<T>,
  render: (items: readonly T[]) => string,
): Promise<Result<AsyncGenerator<string>, HipError>> {
  const first = await read({ limit: EXPORT_PAGE_ROWS });
  if (!first.ok) return first;
  const firstPage = first.value;
  async function* text(): AsyncGenerator<string> {
    yield render(firstPage.items);
    let after: ListKey | undefined = firstPage.next;
    while (after !== undefined) {
      await nextTurn();
      const page = await read({ limit: EXPORT_PAGE_ROWS, after });
      // A database error after the first page ends the download early, as for the JSON export (decision 0510).
      if (!page.ok) throw new Error(page.error.message);
      const csv = render(page.value.items);
      yield csv.slice(csv.indexOf("\r\n") + 2);
      after = page.value.next;
    }
  }
  return ok(text());
}

/**
 * A spreadsheet of a list already in hand, written `EXPORT_PAGE_ROWS` rows at a time with the loop turning between
 * them: the same file as `render` of the whole list.
 */
async function* csvOfList<T>(
  items: readonly T[],
  render: (items: readonly T[]) => string,
): AsyncGenerator<string> {
  yield render(items.slice(0, EXPORT_PAGE_ROWS));
  for (let start = EXPORT_PAGE_ROWS; start < items.length; start += EXPORT_PAGE_ROWS) {
    await nextTurn();
    const csv = render(items.slice(start, start + EXPORT_PAGE_ROWS));
    yield csv.slice(csv.indexOf("\r\n") + 2);
  }
}

function csvAnswer(text: AsyncGenerator<string>, fileName: string): StreamedAnswer {
  return {
    contentType: "text/csv; charset=utf-8",
    fileName,
    body: Readable.from(text, { objectMode: false }),
  };
}

export const STREAMED_ANSWERS: StreamedAnswers = {
  exportSessionsCsv: async (hipcheck, actor, query) => {
    const { lang, ...person } = query;
    const text = await csvPages(
      (page) => hipcheck.pageSessionLogs(actor, { ...withoutUndefined(person), page }),
      (logs) => toCsvSessions(logs, lang ?? "en"),
    );
    return text.ok ? ok(csvAnswer(text.value, "hipcheck-sessions.csv")) : text;
  },
  exportPainCsv: async (hipcheck, actor, query) => {
    const { lang, ...person } = query;
    const text = await csvPages(
      (page) => hipcheck.pagePain(actor, { ...withoutUndefined(person), page }),
      (views) =>
        toCsvPainEntries(
          views.map((view) => view.entry),
          lang ?? "en",
        ),
    );
    return text.ok ? ok(csvAnswer(text.value, "hipcheck-pain.csv")) : text;
  },
  exportMovementCsv: async (hipcheck, actor, query) => {
    const { lang, ...person } = query;
    // The findings are sorted by date across saved screens and imported findings, so they are gathered first
    // (the screens are bounded by the quotas); the rows are then written a page at a time.
    const source = await hipcheck.getMovementFindingsSource(actor, withoutUndefined(person));
    if (!source.ok) return source;
    const findings = collectMovementFindings(source.value, lang ?? "en");
    if (!findings.ok) return findings;
    const text = csvOfList(findings.value, (rows) => toCsvMovementFindings(rows, lang ?? "en"));
    return ok(csvAnswer(text, "hipcheck-movement.csv"));
  },
  exportStrengthCsv: async (hipcheck, actor, query) => {
    const { lang, ...person } = query;
    const text = await csvPages(
      (page) => hipcheck.pageStrengthChecks(actor, { ...withoutUndefined(person), page }),
      (checks) => toCsvStrengthChecks(checks, lang ?? "en"),
    );
    return text.ok ? ok(csvAnswer(text.value, "hipcheck-strength.csv")) : text;
  },
  exportFhir: async (hipcheck, actor, query) => {
    const { bundleType, ...person } = query;
    const pages = await hipcheck.getClinicalSourcePages(actor, withoutUndefined(person));
    if (!pages.ok) return pages;
    const parts = fhirBundlePartsFromSources(pages.value.frame, { type: bundleType ?? "collection" });
    if (!parts.ok) return parts;
    return ok({
      contentType: routes.exportFhir.file.contentType,
      fileName: "hipcheck-record.fhir.json",
      body: Readable.from(fhirBundleText(parts.value, pages.value), { objectMode: false }),
    });
  },
  exportData: async (hipcheck, actor) => {
    const pages = await hipcheck.exportDataPages(actor, {});
    if (!pages.ok) return pages;
    return ok({
      contentType: "application/json; charset=utf-8",
      body: Readable.from(exportDocumentText(pages.value), { objectMode: false }),
    });
  },
};
