import type { Page } from "playwright-core";

/** The session player, driven through one exercise side by side, then on to the end. */
export class SessionPage {
  constructor(readonly page: Page) {}

  async waitUntilOpen(): Promise<void> {
    await this.page.getByTestId("session-page").waitFor();
  }

  /** Works through every step of the current exercise: reps typed in, holds stopped early, rests skipped. */
  async doCurrentExercise(reps: number, painDuring: number): Promise<void> {
    const page = this.page;
    await page.getByTestId("pain-during").fill(String(painDuring));
    for (;;) {
      const step = page
        .locator(
          '[data-testid^="step-work"], [data-testid="step-switch"], [data-testid="step-rest"], [data-testid="exercise-done"]',
        )
        .first();
      await step.waitFor();
      const kind = await step.getAttribute("data-testid");
      if (kind === "exercise-done") return;
      if (kind === "step-switch") await page.getByTestId("switched").click();
      else if (kind === "step-rest") await page.getByTestId("skip-rest").click();
      else if (await page.getByTestId("log-set").isVisible()) {
        await page.getByTestId("reps-input").fill(String(reps));
        await page.getByTestId("log-set").click();
      } else {
        await page.getByTestId("start-hold").click();
        await page.getByTestId("stop-hold").click();
      }
    }
  }

  async skipToEndAndFinish(): Promise<void> {
    while (await this.page.getByTestId("next-exercise").isVisible()) {
      await this.page.getByTestId("next-exercise").click();
    }
    await this.page.getByTestId("finish-session").click();
    await this.page.getByTestId("session-saved").waitFor();
  }
}
