import type { messagesEn } from "./messages-en.js";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: { translation: typeof messagesEn };
  }
}
