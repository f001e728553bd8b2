import { describe, expect, it } from "vitest";
import { cameraProblemOf } from "./camera-problem.js";

describe("why the camera could not start", () => {
  it("knows Camille said no to the camera, so the page can tell her how to allow it", () => {
    expect(cameraProblemOf(new DOMException("Permission denied", "NotAllowedError"))).toBe(
      "permission-refused",
    );
  });

  it("knows Alex's laptop has no camera, or a browser that offers none", () => {
    expect(cameraProblemOf(new DOMException("Requested device not found", "NotFoundError"))).toBe(
      "no-camera",
    );
    expect(
      cameraProblemOf(new TypeError("Cannot read properties of undefined (reading 'getUserMedia')")),
    ).toBe("no-camera");
  });

  it("knows Marco's camera is busy in a video call", () => {
    expect(cameraProblemOf(new DOMException("Could not start video source", "NotReadableError"))).toBe(
      "camera-busy",
    );
  });

  it("calls anything else (a pose model that did not load) unavailable", () => {
    expect(cameraProblemOf(new Error("Failed to fetch /models/pose.json"))).toBe("unavailable");
    expect(cameraProblemOf("something odd")).toBe("unavailable");
  });
});
