import { describe, expect, it } from "vitest";
import { freshLoadOf } from "./app-update.js";
import type { LinkPress } from "./app-update.js";

const ON_TODAY = new URL("https://hipcheck.example/morning?from=push");

function press(change: Partial<LinkPress>): LinkPress {
  return {
    button: 0,
    modified: false,
    defaultPrevented: false,
    href: "https://hipcheck.example/progress",
    target: "",
    download: false,
    ...change,
  };
}

describe("which link presses load the next page afresh once a new version is waiting", () => {
  it("an in-app page opened with the main button, in this tab", () => {
    expect(freshLoadOf(press({}), ON_TODAY)?.href).toBe("https://hipcheck.example/progress");
    expect(freshLoadOf(press({ target: "_self" }), ON_TODAY)?.pathname).toBe("/progress");
    // The same page with another query is another page to the app (a relative address resolves against it).
    expect(freshLoadOf(press({ href: "/morning" }), ON_TODAY)?.href).toBe("https://hipcheck.example/morning");
  });

  it("leaves the browser's own ways alone: another tab, a modifier key, another button, a download", () => {
    expect(freshLoadOf(press({ target: "_blank" }), ON_TODAY)).toBeUndefined();
    expect(freshLoadOf(press({ modified: true }), ON_TODAY)).toBeUndefined();
    expect(freshLoadOf(press({ button: 1 }), ON_TODAY)).toBeUndefined();
    expect(freshLoadOf(press({ download: true }), ON_TODAY)).toBeUndefined();
  });

  it("leaves a press something else already handled, another site, a jump within the page, or no link", () => {
    expect(freshLoadOf(press({ defaultPrevented: true }), ON_TODAY)).toBeUndefined();
    expect(freshLoadOf(press({ href: "https://elsewhere.example/progress" }), ON_TODAY)).toBeUndefined();
    expect(freshLoadOf(press({ href: "mailto:coach@example.org" }), ON_TODAY)).toBeUndefined();
    expect(freshLoadOf(press({ href: "#main" }), ON_TODAY)).toBeUndefined();
    expect(freshLoadOf(press({ href: "/morning?from=push#pain" }), ON_TODAY)).toBeUndefined();
    expect(freshLoadOf(press({ href: undefined }), ON_TODAY)).toBeUndefined();
    expect(freshLoadOf(press({ href: "http://[bad" }), ON_TODAY)).toBeUndefined();
  });
});
