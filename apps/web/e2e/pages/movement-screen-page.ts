import type { Page } from "playwright-core";

export class MovementScreenPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto("/screen");
    await this.page.getByTestId("screen-page").waitFor();
  }

  async chooseTest(test: string): Promise<void> {
    await this.page.getByTestId(`screen-test-${test}`).check();
  }

  async startCamera(): Promise<void> {
    await this.page.getByTestId("start-camera").click();
  }

  liveSkeleton() {
    return this.page.getByTestId("live-skeleton");
  }

  /** Records one test and returns the report's status once the analysis is shown. */
  async recordAndRead(): Promise<string | null> {
    await this.page.getByTestId("record").click();
    const report = this.page.getByTestId("screen-report");
    await report.waitFor({ timeout: 60_000 });
    return report.getAttribute("data-status");
  }

  async save(): Promise<string> {
    await this.page.getByTestId("save-screen").click();
    const status = this.page.getByTestId("save-status");
    await status.waitFor();
    return (await status.textContent()) ?? "";
  }
}
