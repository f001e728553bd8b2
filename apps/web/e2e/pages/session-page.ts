import type { JSHandle, Page } from "playwright-core";

/** The session player, driven through one exercise side by side, then on to the end. */
export class SessionPage {
  constructor(readonly page: Page) {}

  async waitUntilOpen(): Promise<void> {
    await this.page.getByTestId("session-page").waitFor();
  }

  /** Opens one planned session of the program by its id, as the program page's "start" link does. */
  async open(plannedSessionId: string): Promise<void> {
    await this.page.goto(`/session/${plannedSessionId}`);
    await this.waitUntilOpen();
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

  async nextExercise(): Promise<void> {
    await this.page.getByTestId("next-exercise").click();
  }

  async skipToEndAndFinish(): Promise<void> {
    while (await this.page.getByTestId("next-exercise").isVisible()) {
      await this.nextExercise();
    }
    await this.page.getByTestId("finish-session").click();
    // With nothing recorded, the app asks whether the session was done: she says she did it (decision 0913).
    const saved = this.page.getByTestId("session-saved");
    const asked = this.page.getByTestId("nothing-recorded");
    await saved.or(asked).waitFor();
    if (await asked.isVisible()) await this.page.getByTestId("nothing-recorded-save").click();
    await saved.waitFor();
  }

  /** The exercise's name, as its heading says it. */
  async exerciseName(): Promise<string> {
    return (await this.page.getByTestId("session-page").locator("h2").first().textContent()) ?? "";
  }

  async typeReps(reps: number): Promise<void> {
    await this.page.getByTestId("reps-input").fill(String(reps));
  }

  async repsEntered(): Promise<number> {
    return Number(await this.page.getByTestId("reps-input").inputValue());
  }

  async logSet(): Promise<void> {
    await this.page.getByTestId("log-set").click();
  }

  cameraRepsOffer() {
    return this.page.getByTestId("use-camera-reps");
  }

  formCheck() {
    return this.page.getByTestId("form-check");
  }

  /** The camera's state as the form check shows it: "off", "loading", "live" or "failed". */
  async cameraState(): Promise<string | null> {
    return this.formCheck().getAttribute("data-camera");
  }

  async turnFormCheckOn(): Promise<void> {
    await this.page.getByTestId("form-check-start").click();
  }

  async turnFormCheckOff(): Promise<void> {
    await this.page.getByTestId("form-check-stop").click();
    await this.page.locator('[data-testid="form-check"][data-camera="off"]').waitFor();
  }

  liveSkeleton() {
    return this.formCheck().getByTestId("live-skeleton");
  }

  /** The live cues on screen, each as its measure and its state ("steady", "watch" or "unseen"). */
  async liveCues(): Promise<{ cue: string | null; state: string | null; text: string }[]> {
    const items = await this.formCheck().getByTestId("form-check-cues").locator("li").all();
    return Promise.all(
      items.map(async (item) => ({
        cue: await item.getAttribute("data-cue"),
        state: await item.getAttribute("data-state"),
        text: (await item.textContent()) ?? "",
      })),
    );
  }

  /** The camera stream playing in the form check, to ask later whether it still runs. */
  async cameraStream(): Promise<JSHandle<MediaStream | null>> {
    return this.formCheck()
      .locator("video")
      .evaluateHandle((video) => (video as HTMLVideoElement).srcObject as MediaStream | null);
  }

  /** Whether any track of a camera stream is still capturing. */
  async isCapturing(stream: JSHandle<MediaStream | null>): Promise<boolean> {
    return stream.evaluate(
      (media) => media !== null && media.getTracks().some((track) => track.readyState === "live"),
    );
  }

  /**
   * Checks the set on screen: records until the check has seen `seconds` of movement, then asks for the
   * check and returns the report's status once it is shown.
   */
  async checkSet(seconds: number): Promise<string | null> {
    await this.page.getByTestId("form-check-record").click();
    await this.page.waitForFunction(
      (least) =>
        Number(
          document.querySelector('[data-testid="form-check-recording"]')?.getAttribute("data-seconds"),
        ) >= least,
      seconds,
      { timeout: 60_000 },
    );
    await this.page.getByTestId("form-check-finish").click();
    const report = this.formCheck().getByTestId("form-check-result").getByTestId("screen-report");
    await report.waitFor();
    return report.getAttribute("data-status");
  }

  /** The check's report lines: what kept it from being scored, and the findings with their error. */
  async checkReport(): Promise<{ headline: string; problems: string[]; findings: string[]; text: string }> {
    const report = this.formCheck().getByTestId("screen-report");
    return {
      headline: (await report.locator("strong").first().textContent()) ?? "",
      problems: await report.locator("ul:not(:has([data-band])) > li").allTextContents(),
      findings: await report.locator("li[data-band]").allTextContents(),
      text: (await report.textContent()) ?? "",
    };
  }

  async saveCheckAsScreen(): Promise<string> {
    await this.page.getByTestId("form-check-save").click();
    const status = this.page.getByTestId("form-check-save-status");
    await status.waitFor();
    return (await status.textContent()) ?? "";
  }
}
