import type { Lang } from "@hipcheck/core";
import { i18nForTests } from "../../i18n/i18n-for-tests.js";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { describe, expect, it } from "vitest";
import { LineChartCard } from "./line-chart-card.js";

type Rows = Parameters<typeof LineChartCard>[0]["rows"];

/** The function card of Claire's progress page, as it renders in `lang`. */
async function functionCard(lang: Lang, rows: Rows): Promise<string> {
  const i18n = await i18nForTests(lang);
  const card = createElement(LineChartCard, {
    title: "PSFS",
    testId: "psfs-chart",
    rows,
    yDomain: [0, 10],
    series: [{ key: "psfs", label: "PSFS", colour: "#1f6f43" }],
  });
  return renderToStaticMarkup(createElement(I18nextProvider, { i18n }, card));
}

describe("a progress chart", () => {
  it.each([
    ["en", "No data yet."],
    ["fr", "Pas encore de données."],
  ] as const)(
    "says in %s that nothing is recorded yet, instead of an empty chart and table",
    async (lang, words) => {
      const markup = await functionCard(lang, []);
      expect(markup).toContain(words);
      expect(markup).not.toContain("<table");
    },
  );

  it("gives the figures of the days recorded in its table", async () => {
    const markup = await functionCard("fr", [{ date: "2026-12-05", psfs: 4 }]);
    expect(markup).not.toContain("Pas encore de données.");
    expect(markup).toContain("<td>4</td>");
    expect(markup).toContain("samedi 5 décembre");
  });
});
