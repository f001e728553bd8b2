import { describe, expect, it } from "vitest";
import { messagesEn } from "./messages-en.js";
import { messagesFr } from "./messages-fr.js";
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
