import type { Page } from "playwright-core";

/** The public page of a shared program, as someone without an account sees it. */
export class SharedProgramPage {
  constructor(readonly page: Page) {}

  /** Opens a share link and waits until the page has either the plan or its "no longer works" message. */
  async open(url: string): Promise<"ready" | "gone"> {
    await this.page.goto(url);
    const page = this.page.locator(
      '[data-testid="shared-program-page"]:is([data-state="ready"], [data-state="gone"])',
    );
    await page.waitFor();
    return (await page.getAttribute("data-state")) === "ready" ? "ready" : "gone";
  }

  async reload(): Promise<"ready" | "gone"> {
    return this.open(this.page.url());
  }

  async exerciseNames(): Promise<string[]> {
    const names = await this.page.locator('[data-testid^="planned-"] a').allTextContents();
    return [...new Set(names)];
  }

  heading() {
    return this.page.getByRole("heading", { level: 1 });
  }

  painRule() {
    return this.page.getByTestId("shared-pain-rule");
  }

  goneMessage() {
    return this.page.getByTestId("shared-gone");
  }

  async clickDownloadHandout(): Promise<void> {
    await this.page.getByTestId("download-shared-handout").click();
  }

  async pageText(): Promise<string> {
    return this.page.locator("body").innerText();
  }
}
