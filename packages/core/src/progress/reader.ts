/**
 * Who reads a progress sentence: the person themself ("Your pain…"), or their coach, who reads about the client in
 * the third person, by name where one is known and as "this client" otherwise, never with a guessed gender
 * (issue 13, decision 0371).
 */
import type { Lang } from "../shared/i18n.js";

export type Reader =
  { readonly kind: "person" } | { readonly kind: "coach"; readonly clientName: string | null };

export const PERSON_READER: Reader = { kind: "person" };

const FRENCH_VOWEL_START = /^[aeiouyàâäéèêëîïôöùûüh]/i;

/** The client as a subject: "Marie", "This client" / "Marie", "Cette personne" (capitalised for a sentence start). */
export function clientSubject(reader: Reader & { kind: "coach" }, lang: Lang): string {
  if (reader.clientName !== null) return reader.clientName;
  return lang === "en" ? "This client" : "Cette personne";
}

/** The client inside a sentence: "Marie", "this client" / "Marie", "cette personne". */
export function clientInSentence(reader: Reader & { kind: "coach" }, lang: Lang): string {
  if (reader.clientName !== null) return reader.clientName;
  return lang === "en" ? "this client" : "cette personne";
}

/** French "de Marie", "d’Anne", "de cette personne". */
export function frenchOf(reader: Reader & { kind: "coach" }): string {
  const name = clientInSentence(reader, "fr");
  return reader.clientName !== null && FRENCH_VOWEL_START.test(name) ? `d’${name}` : `de ${name}`;
}

/**
 * A measure of the reader's: "Your pain" / "Marie's pain" / "This client's pain", and in French "Votre douleur" /
 * "La douleur de Marie" / "La douleur de cette personne". `fr` is the French noun with its article ("la douleur").
 */
export function measureOf(
  reader: Reader,
  noun: { readonly en: string; readonly fr: string },
  lang: Lang,
): string {
  if (lang === "en") {
    if (reader.kind === "person") return `Your ${noun.en}`;
    return reader.clientName === null ? `This client's ${noun.en}` : `${reader.clientName}'s ${noun.en}`;
  }
  if (reader.kind === "person") return `Votre ${noun.fr.replace(/^(la |le |l')/, "")}`;
  const withArticle = noun.fr.charAt(0).toUpperCase() + noun.fr.slice(1);
  return `${withArticle} ${frenchOf(reader)}`;
}
