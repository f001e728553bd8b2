import type { Page } from "playwright-core";

export class RedFlagPage {
  constructor(readonly page: Page) {}

  async waitUntilShown(): Promise<void> {
    await this.page.getByTestId("red-flag-page").waitFor();
  }

  async tier(): Promise<string | null> {
    return this.page.getByTestId("red-flag-page").getAttribute("data-tier");
  }

  advice() {
    return this.page.getByTestId("red-flag-advice");
  }
}
