import type { Page } from "playwright-core";

/** "My data": the record as files (FHIR, CSV) and a FHIR record imported back. */
export class DataPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto("/data");
    await this.page.getByTestId("data-page").waitFor();
  }

  async clickDownload(file: "fhir" | "sessions-csv" | "pain-csv" | "movement-csv"): Promise<void> {
    await this.page.getByTestId(`download-${file}`).click();
  }

  /** Picks a file for the FHIR import; the import starts as soon as a file is chosen. */
  async importFhir(name: string, content: string | Buffer): Promise<void> {
    const buffer = typeof content === "string" ? Buffer.from(content, "utf8") : content;
    await this.page.getByTestId("fhir-file").setInputFiles({ name, mimeType: "application/json", buffer });
  }

  importError() {
    return this.page.getByTestId("fhir-import-error");
  }

  imported() {
    return this.page.getByTestId("fhir-imported");
  }

  /** The list of what the import left out, each item carrying its reason as `data-reason`. */
  skipped() {
    return this.page.getByTestId("fhir-skipped");
  }
}
