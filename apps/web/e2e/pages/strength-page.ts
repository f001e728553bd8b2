import type { Locator, Page } from "playwright-core";

/** The strength check page: a side's time, typed or stopped on the stopwatch, then the saved result. */
export class StrengthPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto("/strength");
    await this.page.getByTestId("strength-page").waitFor();
  }

  async typeHold(side: "left" | "right", seconds: string): Promise<void> {
    await this.page.getByTestId(`hold-${side}`).fill(seconds);
  }

  async timeWithStopwatch(side: "left" | "right"): Promise<void> {
    await this.page.getByTestId(`stopwatch-${side}-start`).click();
    await this.page.getByTestId(`stopwatch-${side}-stop`).click();
  }

  async save(): Promise<void> {
    await this.page.getByTestId("save-strength").click();
  }

  problem(): Locator {
    return this.page.getByTestId("strength-problem");
  }

  sideVerdict(side: "left" | "right"): Locator {
    return this.page.locator(`[data-testid="strength-verdict"] li[data-side="${side}"]`);
  }
}
