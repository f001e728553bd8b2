import type { Page } from "playwright-core";

export class ProgressPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto("/progress");
    await this.page.getByTestId("adherence").waitFor();
  }

  async sessionsDone(): Promise<number> {
    return Number(await this.page.getByTestId("adherence").getAttribute("data-done"));
  }
}
