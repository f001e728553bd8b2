import type { Messages } from "./messages-en.js";

/** Keys are checked against the English messages; values are plain strings, so any interpolation is allowed. */
declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: { translation: Messages };
  }
}
