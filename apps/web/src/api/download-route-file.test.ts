import { describe, expect, it } from "vitest";
import { fileNameOf } from "./download-route-file.js";

describe("the name a downloaded file is saved under", () => {
  it("is the one the server gave", () => {
    expect(fileNameOf('attachment; filename="hipcheck-program-fr.pdf"', "fallback.pdf")).toBe(
      "hipcheck-program-fr.pdf",
    );
  });

  it("falls back to the page's name when the server gave none", () => {
    expect(fileNameOf(null, "hipcheck-pain.csv")).toBe("hipcheck-pain.csv");
    expect(fileNameOf("attachment", "hipcheck-pain.csv")).toBe("hipcheck-pain.csv");
  });
});
