import type { RouteOutput } from "@hipcheck/contracts";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { MemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import { i18nForTests } from "../../i18n/i18n-for-tests.js";
import { RosterRow } from "./coach-page.js";

type Client = RouteOutput<"listClients">[number];

/** Noor trained twice in the last 7 days, last on 3 December, with nothing for her coach to worry about. */
const noor: Client = {
  clientId: "client-noor",
  email: "noor@example.test",
  displayName: "Noor",
  linkedAt: "2026-11-02T09:00:00.000Z",
  sessionsThisWeek: 2,
  trainedThisWeek: true,
  stuck: false,
  morePain: false,
  redFlags: false,
  lastSessionDate: "2026-12-03",
  strength: null,
};

/** Dana joined yesterday and has recorded nothing yet. */
const dana: Client = {
  ...noor,
  clientId: "client-dana",
  email: "dana@example.test",
  displayName: "Dana",
  sessionsThisWeek: 0,
  trainedThisWeek: false,
  lastSessionDate: null,
};

/** Sam trained once, and his pain went up. */
const sam: Client = { ...noor, clientId: "client-sam", email: "sam@example.test", displayName: "Sam" };

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
    ["en", { sessions: "2 sessions", progress: "Nothing flagged · last session December 3" }],
    ["fr", { sessions: "2 séances", progress: "Rien à signaler · dernière séance le 3 décembre" }],
  ] as const)(
    "says in %s what Noor did, with its unit, and that nothing is flagged",
    async (lang, expected) => {
      expect(await cells(noor, lang)).toEqual(expected);
    },
  );

  it.each([
    ["en", { sessions: "None", progress: "No data yet" }],
    ["fr", { sessions: "Aucune", progress: "Pas encore de données" }],
  ] as const)("says in %s that Dana has no data yet, rather than a blank", async (lang, expected) => {
    expect(await cells(dana, lang)).toEqual(expected);
  });

  it.each([
    ["en", { sessions: "1 session", progress: "More pain · last session December 3" }],
    ["fr", { sessions: "1 séance", progress: "Plus de douleur · dernière séance le 3 décembre" }],
  ] as const)("names in %s the one session and the rise in Sam's pain", async (lang, expected) => {
    expect(await cells({ ...sam, sessionsThisWeek: 1, morePain: true }, lang)).toEqual(expected);
  });
});
