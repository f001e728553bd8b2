import type { Page } from "playwright-core";

export class ProgramPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto("/program");
    await this.page.getByTestId("program-page").waitFor();
  }

  /** Starts the soonest session listed under "coming up". */
  async startNextSession(): Promise<void> {
    await this.page.locator('[data-testid^="start-w"]').first().click();
  }

  rationale() {
    return this.page.getByTestId("rationale");
  }

  changeReasons() {
    return this.page.getByTestId("revision-reason");
  }
}
