/**
 * Reads a cue aloud in the interface language, when the person turned spoken cues on and the browser can. It cuts
 * what is being said, unless `queued`: a cue said after a count waits for the count.
 */
export function speakCue(text: string, lang: "en" | "fr", enabled: boolean, queued = false): void {
  if (!enabled || !("speechSynthesis" in window)) return;
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = lang === "fr" ? "fr-FR" : "en-GB";
  if (!queued) window.speechSynthesis.cancel();
  window.speechSynthesis.speak(utterance);
}
