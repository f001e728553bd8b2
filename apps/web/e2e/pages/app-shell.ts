import type { Page } from "playwright-core";

/** What every page has: the header with language buttons and navigation, and the disclaimer footer. */
export class AppShell {
  constructor(readonly page: Page) {}

  async chooseLanguage(lang: "en" | "fr"): Promise<void> {
    await this.page.getByTestId(`lang-${lang}`).click();
    await this.page.waitForFunction((expected) => document.documentElement.lang === expected, lang);
  }

  disclaimer() {
    return this.page.getByTestId("disclaimer");
  }

  async navigate(
    id: "today" | "learn" | "program" | "progress" | "screen" | "data" | "settings" | "coach" | "sign-in",
  ): Promise<void> {
    await this.page.getByTestId(`nav-${id}`).click();
  }

  pendingCount() {
    return this.page.getByTestId("pending-count");
  }
}
