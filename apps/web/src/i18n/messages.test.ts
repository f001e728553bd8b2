import { screenRedFlags, type Lang } from "@hipcheck/core";
import { frenchWordingProblems, personas } from "@hipcheck/core/testing";
import i18next from "i18next";
import { describe, expect, it } from "vitest";
import { messagesEn } from "./messages-en.js";
import { messagesFr } from "./messages-fr.js";
import { SCREEN_TESTS } from "../features/movement-screen/screen-tests.js";
import { initialLanguage } from "./setup-i18n.js";

function leaves(tree: object, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === "string") out.set(`${prefix}${key}`, value);
    else for (const [leaf, text] of leaves(value as object, `${prefix}${key}.`)) out.set(leaf, text);
  }
  return out;
}

describe("interface text", () => {
  const en = leaves(messagesEn);
  const fr = leaves(messagesFr);

  it("exists in French for every English key, and nowhere else", () => {
    expect([...fr.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it("is never blank, and keeps the same placeholders in both languages", () => {
    for (const [key, english] of en) {
      const french = fr.get(key) ?? "";
      expect({ key, blank: english.trim() === "" || french.trim() === "" }).toEqual({ key, blank: false });
      const placeholders = (text: string) => [...text.matchAll(/{{(\w+)}}/g)].map((match) => match[1]).sort();
      expect({ key, placeholders: placeholders(french) }).toEqual({
        key,
        placeholders: placeholders(english),
      });
    }
  });

  // i18next gives ' no meaning (it is not ICU), so French text can write the typographic apostrophe throughout.
  it("writes the French apostrophe as ’, never as a straight '", () => {
    expect([...fr].filter(([, french]) => french.includes("'"))).toEqual([]);
  });

  // A language's name put into a sentence: « qui lit le anglais » once read where « qui lit en anglais » was meant.
  it("puts each language's name into its French sentences with the right article or none", () => {
    const names = Object.values(messagesFr.coaching.languageName);
    const written = [...fr]
      .filter(([, french]) => french.includes("{{language}}"))
      .flatMap(([, french]) => names.map((name) => french.replaceAll("{{language}}", name)));
    expect(written.length).toBeGreaterThan(0);
    expect(written.flatMap(frenchWordingProblems)).toEqual([]);
  });

  // A name the app does not choose (a person's, an exercise's, a file's) may start with a vowel: « en tant que
  // Amélie », « à la place de Élévations des abducteurs » once read. The sentence must hold whatever the name.
  it("puts a name starting with a vowel into its French sentences without a missing elision", () => {
    const nameLike = ["name", "from", "to", "coach", "who", "email", "file", "names"];
    const written = [...fr].flatMap(([, french]) =>
      nameLike.some((name) => french.includes(`{{${name}}}`))
        ? [
            nameLike.reduce(
              (text, name) => text.replaceAll(`{{${name}}}`, "Élévations des abducteurs"),
              french,
            ),
            nameLike.reduce((text, name) => text.replaceAll(`{{${name}}}`, "Amélie"), french),
          ]
        : [],
    );
    expect(written.length).toBeGreaterThan(10);
    // The other placeholders are counts, dates and scores: a number stands in for each.
    const filled = written.map((text) => text.replaceAll(/{{\w+}}/g, "3"));
    expect(filled.flatMap(frenchWordingProblems)).toEqual([]);
  });

  // « blessé·e » reads oddly to patients; a point with spaces around it (« 3 séances · 20 min ») still separates.
  it("phrases French without the inclusive point between letters", () => {
    expect([...fr].filter(([, french]) => /\p{L}·\p{L}/u.test(french))).toEqual([]);
  });
});

// French the app writes in its own tables rather than in the message files: the movement screen's tests.
describe("French beside the message files", () => {
  const french = SCREEN_TESTS.flatMap((test) => [test.name.fr, test.howTo.fr]);

  it("writes the apostrophe as ’, never as a straight '", () => {
    expect(french.filter((text) => text.includes("'"))).toEqual([]);
  });

  it("has no inclusive point and none of the wording slips core's French is checked for", () => {
    expect(french.filter((text) => /\p{L}·\p{L}/u.test(text))).toEqual([]);
    expect(french.flatMap(frenchWordingProblems)).toEqual([]);
  });
});

async function translator(lang: Lang) {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: lang,
    resources: { en: { translation: messagesEn }, fr: { translation: messagesFr } },
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
  return i18n.t;
}

describe("interface text put together", () => {
  it.each([
    ["en", "1 entry waiting to be sent", "2 entries waiting to be sent"],
    ["fr", "1 saisie en attente d’envoi", "2 saisies en attente d’envoi"],
  ] as const)("counts the entries waiting to be sent in %s, one in the singular", async (lang, one, two) => {
    const t = await translator(lang);
    expect(t("app.pendingSync", { count: 1 })).toBe(one);
    expect(t("app.pendingSync", { count: 2 })).toBe(two);
  });

  it.each([
    ["en", "Scored: 1 repetition.", "Scored: 3 repetitions."],
    ["fr", "Mesuré\u00a0: 1 répétition.", "Mesuré\u00a0: 3 répétitions."],
  ] as const)(
    "counts a movement screen's repetitions in %s, one in the singular",
    async (lang, one, three) => {
      const t = await translator(lang);
      expect(t("screen.scored", { count: 1 })).toBe(one);
      expect(t("screen.scored", { count: 3 })).toBe(three);
    },
  );

  // Sam's hot, swollen knee and pain at rest, and an injured knee that fails the Ottawa rules: each sign says
  // whom to see and how soon in core's words, which open with a capital as a label does.
  const samSymptoms = personas.redFlagPerson.symptoms;
  if (samSymptoms === null) throw new Error("Sam's knee hurts");
  const flags = [
    ...screenRedFlags({
      ...personas.redFlagPerson,
      symptoms: { ...samSymptoms, painNow: 8, painUsual: 6, painWorst: 9 },
    }).flags,
    ...screenRedFlags(personas.injuredOttawa).flags,
  ];

  it.each(["en", "fr"] as const)(
    "says whom to see and how soon for each warning sign in %s",
    async (lang) => {
      const t = await translator(lang);
      expect(flags.length).toBeGreaterThan(1);
      for (const flag of flags) {
        const line = t("redFlag.whomAndWhen", { whom: flag.whoToSee[lang], when: flag.howSoon[lang] });
        expect(line).toContain(flag.whoToSee[lang]);
        expect(line).toContain(flag.howSoon[lang]);
        // No capital word in the middle of a sentence ("…: Your GP, Within a day or two.").
        expect({ line, capitalAfterComma: /, \p{Lu}\p{Ll}/u.test(line) }).toEqual({
          line,
          capitalAfterComma: false,
        });
        if (lang === "fr") expect(frenchWordingProblems(line)).toEqual([]);
      }
    },
  );
});

describe("choosing the interface language", () => {
  it("keeps a saved choice over the browser's language", () => {
    expect(initialLanguage("en", ["fr-CA"])).toBe("en");
  });

  it("follows a French-speaking browser on the first visit", () => {
    expect(initialLanguage(null, ["de-CH", "fr-CH", "en"])).toBe("fr");
  });

  it("falls back to English for other languages", () => {
    expect(initialLanguage(null, ["de-DE"])).toBe("en");
  });
});
