import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import type { Lang } from "@hipcheck/core";
import { messagesEn } from "./messages-en.js";
import { messagesFr } from "./messages-fr.js";

const LANG_STORAGE_KEY = "hipcheck.lang";

/** The saved choice first, then the browser's language, then English. */
export function initialLanguage(saved: string | null, browserLanguages: readonly string[]): Lang {
  if (saved === "en" || saved === "fr") return saved;
  const first = browserLanguages.find((tag) => tag.startsWith("fr") || tag.startsWith("en"));
  return first?.startsWith("fr") === true ? "fr" : "en";
}

export async function setupI18n(): Promise<void> {
  const lng = initialLanguage(localStorage.getItem(LANG_STORAGE_KEY), navigator.languages);
  await i18next.use(initReactI18next).init({
    lng,
    fallbackLng: "en",
    resources: { en: { translation: messagesEn }, fr: { translation: messagesFr } },
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = lng;
}

export async function changeLanguage(lang: Lang): Promise<void> {
  localStorage.setItem(LANG_STORAGE_KEY, lang);
  document.documentElement.lang = lang;
  await i18next.changeLanguage(lang);
}

export function currentLang(language: string): Lang {
  return language === "fr" ? "fr" : "en";
}
