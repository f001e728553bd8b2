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

  /** What the page says to change before recording (person, light, framing), as it updates live. */
  setupProblems() {
    return this.page.getByTestId("setup-problems");
  }

  report() {
    return this.page.getByTestId("screen-report");
  }

  /** Records one test and returns the report's status once the analysis is shown. */
  async recordAndRead(): Promise<string | null> {
    await this.page.getByTestId("record").click();
    const report = this.page.getByTestId("screen-report");
    await report.waitFor({ timeout: 60_000 });
    return report.getAttribute("data-status");
  }

  /** Chooses a file with the "Choose a video" input, as from the phone's gallery. */
  async chooseVideo(
    file:
      | { readonly path: string }
      | { readonly name: string; readonly mimeType: string; readonly buffer: Buffer },
  ): Promise<void> {
    await this.page.getByTestId("video-file-input").setInputFiles("path" in file ? file.path : file);
  }

  /** The report of the chosen video, once its analysis is done. */
  async videoReport() {
    const report = this.page.getByTestId("video-file-result").getByTestId("screen-report");
    await report.waitFor({ timeout: 120_000 });
    return report;
  }

  /** Why the chosen file gave no report. */
  async videoError(): Promise<string> {
    const error = this.page.getByTestId("video-file-error");
    await error.waitFor();
    return (await error.textContent()) ?? "";
  }

  async save(): Promise<string> {
    await this.page.getByTestId("save-screen").click();
    const status = this.page.getByTestId("save-status");
    await status.waitFor();
    return (await status.textContent()) ?? "";
  }

  /** The ids of the saved screens listed on the page, newest first, once the list has loaded. */
  async savedScreenIds(): Promise<string[]> {
    await this.page.getByTestId("saved-screen-list").or(this.page.getByTestId("no-saved-screens")).waitFor();
    const rows = await this.page.locator("[data-testid='saved-screen-list'] > li").all();
    const ids = await Promise.all(rows.map((row) => row.getAttribute("data-testid")));
    return ids.map((id) => (id ?? "").replace(/^saved-screen-/, ""));
  }

  savedScreen(screenId: string) {
    return this.page.getByTestId(`saved-screen-${screenId}`);
  }

  /** Starts deleting a saved screen and answers the confirmation; returns the question she was asked. */
  async deleteSavedScreen(screenId: string, answer: "confirm" | "cancel"): Promise<string> {
    const row = this.savedScreen(screenId);
    await row.getByTestId("delete-screen").click();
    const question = (await row.getByRole("group").getAttribute("aria-label")) ?? "";
    await row.getByTestId(answer === "confirm" ? "confirm-delete-screen" : "cancel-delete-screen").click();
    return question;
  }

  async deleteStatus(): Promise<string> {
    const status = this.page.getByTestId("delete-screen-status");
    await status.waitFor();
    return (await status.textContent()) ?? "";
  }
}
