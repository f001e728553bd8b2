import type { WakeLockState } from "./use-wake-lock.js";

export type SpeechNotice = "speechUnavailable" | "speechStopped" | "speechNoLock";

/**
 * What the player tells a person who chose spoken counts, rather than falling silent without a word: the browser
 * has no voice; the counts stopped while the page was hidden (browsers silence speech in a hidden page, and a
 * locked screen hides it); or the screen may lock because the browser cannot keep it on. Nothing to say for the
 * beat or silence, or when the screen is kept on and the page stayed in view.
 */
export function speechNotice(state: {
  readonly voice: boolean;
  readonly speechAvailable: boolean;
  readonly wake: WakeLockState;
  readonly hiddenWhileSpeaking: boolean;
}): SpeechNotice | null {
  if (!state.voice) return null;
  if (!state.speechAvailable) return "speechUnavailable";
  if (state.hiddenWhileSpeaking) return "speechStopped";
  if (state.wake === "unavailable") return "speechNoLock";
  return null;
}
