import { describe, expect, it } from "vitest";
import { speechNotice } from "./speech-notice.js";

const speaking = { voice: true, speechAvailable: true, wake: "on", hiddenWhileSpeaking: false } as const;

describe("what the player says about spoken counts", () => {
  it("says the counts stopped when the page was hidden while they ran, what ever the wake lock did", () => {
    expect(speechNotice({ ...speaking, hiddenWhileSpeaking: true })).toBe("speechStopped");
    expect(speechNotice({ ...speaking, hiddenWhileSpeaking: true, wake: "unavailable" })).toBe(
      "speechStopped",
    );
  });

  it("warns before it happens when the browser cannot keep the screen on", () => {
    expect(speechNotice({ ...speaking, wake: "unavailable" })).toBe("speechNoLock");
  });

  it("says when the browser has no voice at all", () => {
    expect(speechNotice({ ...speaking, speechAvailable: false, hiddenWhileSpeaking: true })).toBe(
      "speechUnavailable",
    );
  });

  it("says nothing for the beat or silence, or when the screen stays on and in view", () => {
    expect(speechNotice(speaking)).toBeNull();
    expect(
      speechNotice({ ...speaking, voice: false, hiddenWhileSpeaking: true, wake: "unavailable" }),
    ).toBeNull();
  });
});
