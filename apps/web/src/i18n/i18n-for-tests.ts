import i18next from "i18next";
import type { i18n as I18n } from "i18next";
import { initReactI18next } from "react-i18next";
import { messagesEn } from "./messages-en.js";
import { messagesFr } from "./messages-fr.js";

/**
 * A separate i18next instance in `lang`, with the app's own messages, for tests that render a component as the page
 * shows it (through `I18nextProvider`) or read its words.
 */
export async function i18nForTests(lang: "en" | "fr"): Promise<I18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    lng: lang,
    resources: { en: { translation: messagesEn }, fr: { translation: messagesFr } },
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
  return instance;
}
