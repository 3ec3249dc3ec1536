// Text normalisation shared by the name index (built from gazetteer names) and the recogniser (run over articles),
// so that both sides of every lookup are spelled the same way.

/** Letters of a word, with apostrophes inside it (Слов'янськ, Kyiv's). Hyphens and spaces separate words. */
export const WORD = /[\p{L}\p{M}\p{N}]+(?:['’ʼ][\p{L}\p{M}\p{N}]+)*/gu;

/**
 * Lower case, ё read as е (Russian texts write both), ў read as у (Belarusian writes "ва Ўкраіне" after a vowel,
 * "Украіна" elsewhere), one apostrophe.
 */
export function normaliseWord(word: string): string {
  let w = word.toLowerCase();
  if (w.includes('ё')) w = w.replace(/ё/g, 'е');
  if (w.includes('ў')) w = w.replace(/ў/g, 'у');
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

// Lower-case char codes (ё read as е), for keys computed without building strings.
const LOWER = new Uint16Array(0x0530);
for (let c = 0; c < LOWER.length; c++) LOWER[c] = String.fromCharCode(c).toLowerCase().charCodeAt(0);
LOWER[0x401] = 0x435;
LOWER[0x451] = 0x435;
LOWER[0x2bc] = 0x27;
LOWER[0x40e] = 0x443;
LOWER[0x45e] = 0x443;

/** The char code as `normaliseWord` would write it (lower case, ё as е, one apostrophe). */
export function lowerCode(code: number): number {
  return code < LOWER.length ? LOWER[code] : code === 0x2019 ? 0x27 : code;
}

/** A 32-bit hash of a normalised word; `prefixHashes` gives the same numbers for the prefixes of a raw word. */
export function hashWord(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = (Math.imul(h, 31) + word.charCodeAt(i)) | 0;
  return h;
}

/** Hash of text[from, to) as normalised (the same number `hashWord` gives the normalised string). */
export function hashRange(text: string, from: number, to: number): number {
  let h = 0;
  for (let i = from; i < to; i++) h = (Math.imul(h, 31) + lowerCode(text.charCodeAt(i))) | 0;
  return h;
}

/** Whether text at `at` spells the normalised `word` (ignoring case). */
export function spellsAt(text: string, at: number, word: string): boolean {
  if (at + word.length > text.length) return false;
  for (let j = 0; j < word.length; j++) if (lowerCode(text.charCodeAt(at + j)) !== word.charCodeAt(j)) return false;
  return true;
}

/**
 * Hashes of every prefix of text[start, end) as normalised: out[n] is the hash of its first n letters. Lets the
 * recogniser ask "could any stem of this word be a name?" without building a single string.
 */
export function prefixHashes(text: string, start: number, end: number, out: Int32Array): void {
  let h = 0;
  out[0] = 0;
  for (let i = start; i < end; i++) {
    h = (Math.imul(h, 31) + lowerCode(text.charCodeAt(i))) | 0;
    out[i - start + 1] = h;
  }
}

/**
 * A number naming the first `n` (2 or 3) letters of text[start, …), lower-cased: the recogniser's cheap test of
 * whether a word could start any name at all, before it slices and lower-cases it.
 */
export function prefixKey(text: string, start: number, n: 2 | 3): number {
  // Ten bits per letter keeps the key a small integer (a fast Set key); collisions only let a word through.
  const a = lowerCode(text.charCodeAt(start)) & 0x3ff;
  const b = lowerCode(text.charCodeAt(start + 1)) & 0x3ff;
  return n === 2 ? (a << 10) | b : (a << 20) | (b << 10) | (lowerCode(text.charCodeAt(start + 2)) & 0x3ff);
}

/** Records the prefix of a (lower-case) word in the 2- or 3-letter set, whichever its length allows. */
export function addPrefix(word: string, sets: { two: Set<number>; three: Set<number> }): void {
  if (word.length >= 3) sets.three.add(prefixKey(word, 0, 3));
  else if (word.length === 2) sets.two.add(prefixKey(word, 0, 2));
}

/** Whether the word text[start, end) may start with one of the recorded prefixes. */
export function hasPrefix(text: string, start: number, end: number, sets: { two: Set<number>; three: Set<number> }): boolean {
  if (end - start >= 3 && sets.three.has(prefixKey(text, start, 3))) return true;
  return end - start >= 2 && sets.two.size > 0 && sets.two.has(prefixKey(text, start, 2));
}

const LOWER_LETTER = new Uint8Array(0x0530);
for (let c = 0; c < LOWER_LETTER.length; c++) {
  const ch = String.fromCharCode(c);
  if (ch !== ch.toUpperCase() && ch === ch.toLowerCase()) LOWER_LETTER[c] = 1;
}

export function isUpperCode(code: number): boolean {
  return code < UPPER.length ? UPPER[code] === 1 : false;
}

/** True when every letter of text[start, end) is upper case (НАТО, KYIV) and it has at least two. */
export function isAllCaps(text: string, start: number, end: number): boolean {
  if (end - start < 2) return false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < LOWER_LETTER.length && LOWER_LETTER[c] === 1) return false;
  }
  return true;
}
