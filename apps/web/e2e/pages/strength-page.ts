import type { Locator, Page } from "playwright-core";

/**
 * The strength check page: the day of the check, a side's time, typed, stopped on the stopwatch or timed from a
 * video of the hold, then the saved result.
 */
export class StrengthPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto("/strength");
    await this.page.getByTestId("strength-page").waitFor();
  }

  async chooseDay(isoDate: string): Promise<void> {
    await this.page.getByTestId("strength-day").fill(isoDate);
  }

  /** Times a side from a video file chosen beside the live camera; the seconds the page filled in for that side. */
  async timeFromVideo(side: "left" | "right", videoPath: string): Promise<number> {
    const section = this.page.getByTestId(`strength-side-${side}`);
    await section.getByTestId(`camera-${side}`).click();
    await section.getByTestId("hold-video-input").setInputFiles(videoPath);
    await section.getByTestId("hold-video-result").waitFor({ timeout: 120_000 });
    return Number(await this.page.getByTestId(`hold-${side}`).inputValue());
  }

  cameraTimed(side: "left" | "right"): Locator {
    return this.page.getByTestId(`camera-timed-${side}`);
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
