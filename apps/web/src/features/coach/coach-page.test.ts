import type { RouteOutput } from "@hipcheck/contracts";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { MemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import { i18nForTests } from "../../i18n/i18n-for-tests.js";
import { RosterRow } from "./coach-page.js";

type Client = RouteOutput<"listClients">[number];

/** Noor did two of the three hip sessions of her program's second week, last on 3 December, with nothing to worry about. */
const noor: Client = {
  clientId: "client-noor",
  email: "noor@example.test",
  displayName: "Noor",
  linkedAt: "2026-11-02T09:00:00.000Z",
  programWeek: { week: 2, planned: 3, done: 2, partlyDone: 0 },
  trainedThisWeek: true,
  stuck: false,
  morePain: false,
  redFlags: false,
  lastSessionDate: "2026-12-03",
  strength: null,
};

/** Dana joined yesterday, has no program and has recorded nothing yet. */
const dana: Client = {
  ...noor,
  clientId: "client-dana",
  email: "dana@example.test",
  displayName: "Dana",
  programWeek: null,
  trainedThisWeek: false,
  lastSessionDate: null,
};

/** Sam finished one of his two sessions this program week, saved the other part way, and his pain went up. */
const sam: Client = {
  ...noor,
  clientId: "client-sam",
  email: "sam@example.test",
  displayName: "Sam",
  programWeek: { week: 1, planned: 2, done: 1, partlyDone: 1 },
  morePain: true,
};

/** The row's cells as a coach reads them: sessions, then progress. */
async function cells(client: Client, lang: "en" | "fr"): Promise<{ sessions: string; progress: string }> {
  const i18n = await i18nForTests(lang);
  const row = createElement(
    "table",
    null,
    createElement("tbody", null, createElement(RosterRow, { client })),
  );
  const markup = renderToStaticMarkup(
    createElement(I18nextProvider, { i18n }, createElement(MemoryRouter, null, row)),
  );
  const cell = (testId: string) =>
    (new RegExp(`data-testid="${testId}"[^>]*>(.*?)</td>`, "s").exec(markup)?.[1] ?? "").replace(
      /<[^>]*>/g,
      "",
    );
  return { sessions: cell("client-sessions"), progress: cell("client-progress") };
}

describe("a client's row on the coach's roster", () => {
  it.each([
    ["en", { sessions: "2 of 3 sessions", progress: "Nothing flagged · last session December 3" }],
    [
      "fr",
      { sessions: "2 des 3 séances prévues", progress: "Rien à signaler · dernière séance le 3 décembre" },
    ],
  ] as const)(
    "says in %s how many of her planned sessions Noor did, and that nothing is flagged",
    async (lang, expected) => {
      expect(await cells(noor, lang)).toEqual(expected);
    },
  );

  it.each([
    ["en", { sessions: "No program", progress: "No data yet" }],
    ["fr", { sessions: "Pas de programme", progress: "Pas encore de données" }],
  ] as const)(
    "says in %s that Dana has no program and no data yet, rather than a blank",
    async (lang, expected) => {
      expect(await cells(dana, lang)).toEqual(expected);
    },
  );

  it.each([
    [
      "en",
      { sessions: "1 of 2 sessions, 1 more partly done", progress: "More pain · last session December 3" },
    ],
    [
      "fr",
      {
        sessions: "1 des 2 séances prévues, 1 autre faite en partie",
        progress: "Plus de douleur · dernière séance le 3 décembre",
      },
    ],
  ] as const)(
    "counts in %s Sam's session saved part way apart from the one he finished, and names the rise in his pain",
    async (lang, expected) => {
      expect(await cells(sam, lang)).toEqual(expected);
    },
  );

  it.each([
    ["en", { week: 4, planned: 1, done: 1, partlyDone: 0 }, "1 of 1 session"],
    ["fr", { week: 4, planned: 1, done: 1, partlyDone: 0 }, "1 sur 1 séance prévue"],
    ["en", { week: 3, planned: 2, done: 0, partlyDone: 2 }, "0 of 2 sessions, 2 more partly done"],
    [
      "fr",
      { week: 3, planned: 2, done: 0, partlyDone: 2 },
      "0 des 2 séances prévues, 2 autres faites en partie",
    ],
  ] as const)("agrees each count with its own number in %s (%j)", async (lang, programWeek, expected) => {
    expect((await cells({ ...sam, programWeek }, lang)).sessions).toBe(expected);
  });
});
