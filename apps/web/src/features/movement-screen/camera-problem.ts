/**
 * Why the camera or the pose model could not start, from the error the browser threw, so a page can tell the
 * person what to do in their language instead of showing the browser's English message. Names are the
 * `getUserMedia` DOMException names of the Media Capture and Streams specification.
 */
export type CameraProblem = "permission-refused" | "no-camera" | "camera-busy" | "unavailable";

const BY_ERROR_NAME: Readonly<Record<string, CameraProblem>> = {
  NotAllowedError: "permission-refused",
  SecurityError: "permission-refused",
  NotFoundError: "no-camera",
  OverconstrainedError: "no-camera",
  NotReadableError: "camera-busy",
  AbortError: "camera-busy",
};

export function cameraProblemOf(error: unknown): CameraProblem {
  // A browser without `navigator.mediaDevices` (an insecure page, an old browser) has no camera to offer.
  if (error instanceof TypeError && /mediaDevices|getUserMedia/.test(error.message)) return "no-camera";
  const name = error instanceof Error || error instanceof DOMException ? error.name : "";
  return BY_ERROR_NAME[name] ?? "unavailable";
}
