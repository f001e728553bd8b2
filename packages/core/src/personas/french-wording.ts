/**
 * What a French physiotherapist would correct in a French text HipCheck writes: English words left in, a missing
 * space before `:`, `;`, `?` or `!`, or an ordinary one there or inside « » (a no-break space, so that the sign never
 * starts a line alone on a narrow screen), a verb agreeing with a span of weeks ("la semaine 1 réveillent"), a count and
 * its noun that disagree ("1 séances", "3 semaine"), a missing elision ("de un", "le exercice"). A test helper: the
 * specifications run it over generated programs, revisions, screens and the terminal's output.
 */

/** English words that have no business in French output (the exercises' Sanskrit and Latin names are fine). */
const ENGLISH_WORDS =
  /(?<![\p{L}-])(the|and|with|your|you|week|weeks|session|sessions|warm-up|strength|stretch|release|clamshell|band|knee|hip|hips|step|next|reps|seconds|day|days|before|after|wake|why|sets?|rest|per|side|of|to|is|are)(?![\p{L}-])/giu;
const NO_SPACE_BEFORE_PUNCTUATION = /[^\s\d/(][:;?!](?=\s|$)/g;
/** An ordinary space where French sets a no-break one (U+00A0): the line may otherwise break there. */
const BREAKABLE_SPACE_AT_PUNCTUATION = / [:;?!»]|« /g;
const VERB_AGREEING_WITH_WEEKS = /(?<!\p{L})semaines? \d+(?: (?:à|et) \d+)? \p{L}+ent(?!\p{L})/gu;
const COUNT_DISAGREES =
  /(?<![\d,])(?:[01] (?:séances|semaines|répétitions|secondes|séries|jours)|(?:[2-9]|\d{2,}) (?:séance|semaine|répétition|seconde|série|jour))(?!\p{L})/gu;
const MISSING_ELISION =
  /(?<![\p{L}-])(?:de|le|la|que|ne|se|je|me|te|jusque|lorsque|puisque) [aeiouéèêâîôû]\p{L}*/giu;
/** "de une à deux semaines" is how a count is said: the numeral "un/une" takes no elision there. */
const NUMERAL_AFTER_DE = /(?<!\p{L})(?:de|les) une? (?:à|ou)(?!\p{L})/giu;

export function frenchWordingProblems(text: string): string[] {
  const cleaned = text.replace(NUMERAL_AFTER_DE, "");
  const found = (pattern: RegExp, what: string): string[] =>
    [...cleaned.matchAll(pattern)].map((match) => `${what}: "${match[0]}" in "${text}"`);
  return [
    ...found(ENGLISH_WORDS, "English word"),
    ...found(NO_SPACE_BEFORE_PUNCTUATION, "no space before punctuation"),
    ...found(BREAKABLE_SPACE_AT_PUNCTUATION, "breakable space at punctuation"),
    ...found(VERB_AGREEING_WITH_WEEKS, "verb agreeing with weeks"),
    ...found(COUNT_DISAGREES, "count and noun disagree"),
    ...found(MISSING_ELISION, "missing elision"),
  ];
}
