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

  /** The names of every exercise the page lists (warm-up, coming sessions and the whole plan), without repeats. */
  async exerciseNames(): Promise<string[]> {
    const names = await this.page.locator('[data-testid^="planned-"] > a').allTextContents();
    return [...new Set(names)];
  }

  async chooseFileLanguage(lang: "en" | "fr"): Promise<void> {
    await this.page.getByTestId("file-language").selectOption(lang);
  }

  async clickDownloadHandout(): Promise<void> {
    await this.page.getByTestId("download-handout").click();
  }

  async clickDownloadCalendar(): Promise<void> {
    await this.page.getByTestId("download-ics").click();
  }

  /** Creates a share link lasting `days` and returns its full address, which the page shows only this once. */
  async createShareLink(days: number): Promise<string> {
    await this.page.getByTestId("share-days").fill(String(days));
    await this.page.getByTestId("create-share-link").click();
    const field = this.page.getByTestId("share-url");
    await field.waitFor();
    return field.inputValue();
  }

  shareLinks() {
    return this.page.getByTestId("share-link-list").locator("li");
  }

  /** Stops the first working link, answering the confirmation, and waits until the list says so. */
  async revokeFirstActiveLink(): Promise<void> {
    const row = this.page.locator('[data-testid^="share-link-"][data-status="active"]').first();
    const testId = (await row.getAttribute("data-testid")) ?? "";
    await row.getByTestId("revoke-share-link").click();
    await row.getByTestId("confirm-revoke").click();
    await this.page.locator(`[data-testid="${testId}"][data-status="revoked"]`).waitFor();
  }
}
