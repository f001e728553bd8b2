import type { Lang } from "@hipcheck/core";
import { i18nForTests } from "../../i18n/i18n-for-tests.js";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { describe, expect, it } from "vitest";
import { ClientDownloads } from "./client-downloads.js";

/** The files section of Léa's page, as Inès, her coach, reads it in `lang`. */
async function filesSectionText(lang: Lang): Promise<string> {
  const i18n = await i18nForTests(lang);
  const section = createElement(ClientDownloads, { clientId: "client-lea", programId: "program-lea" });
  return renderToStaticMarkup(createElement(I18nextProvider, { i18n }, section))
    .replace(/<[^>]*>/g, "\n")
    .replace(/&#x27;/g, "'");
}

describe("a client's files on the coach's page", () => {
  it.each([
    ["en", "this client's answers", /\byour answers\b|what you entered/],
    ["fr", "les réponses de ce client", /\bvos réponses\b|vous avez saisi/],
  ] as const)("speak of the client's record to the coach, in %s", async (lang, aboutClient, aboutReader) => {
    const text = await filesSectionText(lang);
    expect(text).toContain(aboutClient);
    expect(text).not.toMatch(aboutReader);
  });
});
