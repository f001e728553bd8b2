/**
 * PDF standard fonts (Helvetica) carry only the WinAnsi character set: French accents, œ, «», ·, × and the dashes
 * are in it, but arrows or maths signs would print as garbage. They are replaced by plain equivalents first.
 */
const REPLACEMENTS: Readonly<Record<string, string>> = {
  "≈": "~",
  "→": "->",
  "←": "<-",
  "≤": "<=",
  "≥": ">=",
  "‑": "-",
  "−": "-",
  "\u202f": "\u00a0",
  "\u2009": " ",
};

/** The 27 characters that Windows-1252 adds to Latin-1 in 0x80–0x9F. */
const CP1252_EXTRAS = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");

function isWinAnsi(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (
    (code >= 0x20 && code <= 0x7e) ||
    (code >= 0xa0 && code <= 0xff) ||
    CP1252_EXTRAS.has(char) ||
    char === "\n"
  );
}

export function toWinAnsi(text: string): string {
  return Array.from(text, (char) => {
    const replaced = REPLACEMENTS[char] ?? char;
    return Array.from(replaced).every(isWinAnsi) ? replaced : "?";
  }).join("");
}
