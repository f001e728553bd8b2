/**
 * Answers written as they are read (decision 0510). The whole-record export of an account with 200,000 entries
 * is tens of megabytes; read, mapped and serialised in one go it held the event loop for seconds, and
 * `/api/health` with it. Here the document is written a page at a time: each page is one keyset query and one
 * small `JSON.stringify`, and the loop turns between pages. The bytes are those of the document serialised
 * whole.
 */
import { Readable } from "node:stream";
import { setImmediate as nextTurn } from "node:timers/promises";
import { EXPORT_SECTIONS } from "@hipcheck/application";
import type { Actor, ExportPages, HipCheck } from "@hipcheck/application";
import type { RouteName } from "@hipcheck/contracts";
import { ok } from "@hipcheck/core";
import type { HipError, Result } from "@hipcheck/core";

export type StreamedAnswer = { readonly contentType: string; readonly body: Readable };

type StreamedHandler = (hipcheck: HipCheck, actor: Actor) => Promise<Result<StreamedAnswer, HipError>>;

/**
 * The export document as JSON text, in pieces: the head without its closing brace, then each list item by item,
 * exactly as `JSON.stringify` writes the whole document (no spaces; lists in `EXPORT_SECTIONS` order).
 */
export async function* exportDocumentText(pages: ExportPages): AsyncGenerator<string> {
  yield JSON.stringify(pages.head).slice(0, -1);
  for (const section of EXPORT_SECTIONS) {
    yield `,${JSON.stringify(section)}:[`;
    let separator = "";
    for await (const page of pages.pagesOf(section)) {
      let text = "";
      for (const item of page) {
        text += separator + JSON.stringify(item);
        separator = ",";
      }
      yield text;
      // Whoever else is waiting gets the loop before the next page is read.
      await nextTurn();
    }
    yield "]";
  }
  yield "}";
}

export const STREAMED_ANSWERS: Partial<Record<RouteName, StreamedHandler>> = {
  exportData: async (hipcheck, actor) => {
    const pages = await hipcheck.exportDataPages(actor, {});
    if (!pages.ok) return pages;
    return ok({
      contentType: "application/json; charset=utf-8",
      body: Readable.from(exportDocumentText(pages.value), { objectMode: false }),
    });
  },
};
