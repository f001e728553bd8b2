import type { Page } from "playwright-core";

/** A file handed to the picker under a name of its own (e.g. a photo renamed .fit). */
export type NamedFile = { readonly name: string; readonly mimeType: string; readonly buffer: Buffer };

/** The progress page's training-load section: activity files in, the activity list and weekly chart out. */
export class TrainingLoadSection {
  constructor(readonly page: Page) {}

  section() {
    return this.page.getByTestId("training-load");
  }

  async open(): Promise<void> {
    await this.page.goto("/progress");
    await this.page.locator('[data-testid="training-load"][data-loaded="true"]').waitFor();
  }

  /** The height of the chart's plotting area (bars and lines, inside the axes), in CSS pixels. */
  async plotHeightPx(): Promise<number> {
    const grid = await this.chart().locator(".recharts-cartesian-grid").boundingBox();
    return grid?.height ?? 0;
  }

  heading() {
    return this.section().getByRole("heading", { level: 2 });
  }

  /**
   * Chooses files as a person would in the file picker (paths on disk, or a file given its own name), and
   * waits until each has its outcome.
   */
  async importFiles(
    files: readonly string[] | readonly NamedFile[],
  ): Promise<{ file: string; outcome: string; text: string }[]> {
    await this.page.getByTestId("activity-files").setInputFiles(files);
    const outcomes = this.page.getByTestId("import-outcome");
    await this.page.waitForFunction((count) => {
      const items = [...document.querySelectorAll('[data-testid="import-outcome"]')];
      return (
        items.length === count && items.every((item) => item.getAttribute("data-outcome") !== "importing")
      );
    }, files.length);
    const all = await outcomes.all();
    return Promise.all(
      all.map(async (item) => ({
        file: (await item.getAttribute("data-file")) ?? "",
        outcome: (await item.getAttribute("data-outcome")) ?? "",
        text: (await item.textContent()) ?? "",
      })),
    );
  }

  async activityCount(): Promise<number> {
    return Number(await this.page.getByTestId("activity-list").getAttribute("data-activities"));
  }

  async activities(): Promise<{ date: string; sport: string; repetitions: number; estimated: boolean }[]> {
    const rows = await this.page.getByTestId("activity-row").all();
    return Promise.all(
      rows.map(async (row) => ({
        date: (await row.getAttribute("data-date")) ?? "",
        sport: (await row.getAttribute("data-sport")) ?? "",
        repetitions: Number(await row.getAttribute("data-repetitions")),
        estimated: (await row.getAttribute("data-estimated")) === "true",
      })),
    );
  }

  chart() {
    return this.page.getByTestId("training-load-chart");
  }

  /** The table behind the chart, week by week; the last row is the week ending today. */
  async weeks(): Promise<
    { from: string; repetitions: number; painUsual: string; painWorst: string; signal: string }[]
  > {
    const rows = await this.page.getByTestId("load-week").all();
    return Promise.all(
      rows.map(async (row) => ({
        from: (await row.getAttribute("data-from")) ?? "",
        repetitions: Number(await row.getAttribute("data-repetitions")),
        painUsual: (await row.getAttribute("data-pain-usual")) ?? "",
        painWorst: (await row.getAttribute("data-pain-worst")) ?? "",
        signal: (await row.getAttribute("data-signal")) ?? "",
      })),
    );
  }

  thisWeek() {
    return this.page.getByTestId("load-this-week");
  }

  async recordPain(usual: number, worst: number): Promise<void> {
    const page = this.page;
    await page.getByTestId("pain-chart").locator("summary").first().click();
    await page.getByTestId("entry-pain-usual").fill(String(usual));
    await page.getByTestId("entry-pain-worst").fill(String(worst));
    await page.getByTestId("save-pain").click();
  }
}
