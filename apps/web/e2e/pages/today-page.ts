import type { Page } from "playwright-core";

/** Today, the signed-in home. */
export class TodayPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto("/");
    await this.page.getByTestId("today-page").waitFor();
  }

  session() {
    return this.page.getByTestId("today-session");
  }

  /** The title of the session Today shows (it carries the session's id). */
  nextSession() {
    return this.session().getByTestId("session-title");
  }

  checkpoint() {
    return this.page.getByTestId("today-checkpoint");
  }

  changeReasons() {
    return this.page.getByTestId("revision-reason");
  }

  adherence() {
    return this.page.getByTestId("today-adherence");
  }

  /** Rates pain (now, usual, worst) and the first activity again on the checkpoint page, and comes back. */
  async rateCheckpoint(pain: { now: number; usual: number; worst: number }, firstActivityScore: number) {
    await this.page.getByTestId("rate-checkpoint").click();
    await this.page.getByTestId("checkpoint-form").waitFor();
    await this.page.getByTestId("checkpoint-pain-now").fill(String(pain.now));
    await this.page.getByTestId("checkpoint-pain-usual").fill(String(pain.usual));
    await this.page.getByTestId("checkpoint-pain-worst").fill(String(pain.worst));
    await this.page.getByTestId("checkpoint-psfs-score-0").fill(String(firstActivityScore));
    await this.page.getByTestId("save-checkpoint").click();
    await this.page.getByTestId("today-page").waitFor();
  }
}
