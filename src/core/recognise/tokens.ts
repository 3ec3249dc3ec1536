// The one tokenising pass over an article: word boundaries as offsets, no strings, so that the matcher only pays
// for slicing and lower-casing the few words worth a lookup.

export interface Tokens {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
}

// A word is a run of letters, marks and digits, with apostrophes inside it (Слов'янськ, Kyiv's). The scan walks
// char codes through a table for the scripts the press uses (Latin, Greek, Cyrillic and their extensions), which is
// several times faster than a Unicode-property regex; other characters (and surrogate pairs) ask the regex.
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const TABLE_SIZE = 0x0530;
const IS_WORD = new Uint8Array(TABLE_SIZE);
for (let c = 0; c < TABLE_SIZE; c++) IS_WORD[c] = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 0;

function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2bc;
}

/** Length (1 or 2) of the word character at i, or 0 if it is not one. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < TABLE_SIZE) return IS_WORD[c];
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) return WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
  return WORD_CHAR.test(text[i]) ? 1 : 0;
}

export function tokenise(text: string): Tokens {
  let starts = new Int32Array(Math.max(16, text.length >> 3));
  let ends = new Int32Array(starts.length);
  let count = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    let w = wordCharAt(text, i);
    if (w === 0) { i++; continue; }
    const start = i;
    i += w;
    for (;;) {
      if (i < n) {
        w = wordCharAt(text, i);
        if (w > 0) { i += w; continue; }
        if (isApostrophe(text.charCodeAt(i)) && i + 1 < n && wordCharAt(text, i + 1) > 0) { i++; continue; }
      }
      break;
    }
    if (count === starts.length) {
      const s = new Int32Array(count * 2); s.set(starts); starts = s;
      const e = new Int32Array(count * 2); e.set(ends); ends = e;
    }
    starts[count] = start;
    ends[count] = i;
    count++;
  }
  return { count, starts, ends };
}

const SENTENCE_BREAK = /[.!?…\n\r]/;

/** True when token i opens a sentence (or a line): its capital letter then says little about a name. */
export function isSentenceInitial(text: string, tokens: Tokens, i: number): boolean {
  if (i === 0) return true;
  return SENTENCE_BREAK.test(text.slice(tokens.ends[i - 1], tokens.starts[i]));
}

/** True when tokens i and i+1 may belong to one name: one or two spaces, or one hyphen, between them. */
export function isNameGap(text: string, tokens: Tokens, i: number): boolean {
  const from = tokens.ends[i];
  const to = tokens.starts[i + 1];
  const len = to - from;
  if (len < 1 || len > 2) return false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 0x20 && c !== 0xa0 && !(len === 1 && (c === 0x2d || c === 0x2010 || c === 0x2011))) return false;
  }
  return true;
}

/**
 * The gap before token i+1 inside one clause of a border phrase: spaces, dashes, quotes, and (if allowed) commas;
 * never a line break (a headline does not run on into the next paragraph).
 */
export function isPhraseGap(text: string, tokens: Tokens, i: number, allowComma: boolean): boolean {
  const gap = text.slice(tokens.ends[i], tokens.starts[i + 1]);
  if (gap.length > 4) return false;
  return allowComma ? /^[ \t\u00a0\-‐‑–—"'«»„“”,]*$/u.test(gap) : /^[ \t\u00a0\-‐‑–—"'«»„“”]*$/u.test(gap);
}
