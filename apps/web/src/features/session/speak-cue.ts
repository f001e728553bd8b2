/** Reads a cue aloud in the interface language, when the person turned spoken cues on and the browser can. */
export function speakCue(text: string, lang: "en" | "fr", enabled: boolean): void {
  if (!enabled || !("speechSynthesis" in window)) return;
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = lang === "fr" ? "fr-FR" : "en-GB";
  window.speechSynthesis.cancel();
  window.speechSynthesis.speak(utterance);
}
