// Text normalisation shared by the name index (built from gazetteer names) and the recogniser (run over articles),
// so that both sides of every lookup are spelled the same way.

/** Letters of a word, with apostrophes inside it (Слов'янськ, Kyiv's). Hyphens and spaces separate words. */
export const WORD = /[\p{L}\p{M}\p{N}]+(?:['’ʼ][\p{L}\p{M}\p{N}]+)*/gu;

/** Lower case, ё read as е (Russian texts write both), one apostrophe. */
export function normaliseWord(word: string): string {
  let w = word.toLowerCase();
  if (w.includes('ё')) w = w.replace(/ё/g, 'е');
  if (w.includes('’') || w.includes('ʼ')) w = w.replace(/[’ʼ]/g, "'");
  return w;
}

/** Words of a name, normalised ("Kamianets-Podilskyi" → ["kamianets", "podilskyi"]). */
export function nameWords(name: string): string[] {
  return (name.match(WORD) ?? []).map(normaliseWord);
}

// Upper-case test by char code for the Basic Multilingual Plane's letters we meet (Latin, Greek, Cyrillic and their
// extensions), precomputed once: a per-token regex or toUpperCase() would cost more than the lookup it guards.
const UPPER = new Uint8Array(0x0530);
for (let c = 0; c < UPPER.length; c++) {
  const ch = String.fromCharCode(c);
  if (ch !== ch.toLowerCase() && ch === ch.toUpperCase()) UPPER[c] = 1;
}

export function isUpperCode(code: number): boolean {
  return code < UPPER.length ? UPPER[code] === 1 : false;
}

/** True when every letter of text[start, end) is upper case (НАТО, KYIV) and it has at least two. */
export function isAllCaps(text: string, start: number, end: number): boolean {
  if (end - start < 2) return false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < UPPER.length && UPPER[c] === 0 && String.fromCharCode(c) !== String.fromCharCode(c).toUpperCase()) return false;
  }
  return true;
}
