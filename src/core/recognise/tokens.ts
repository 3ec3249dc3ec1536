// The one tokenising pass over an article: word boundaries as offsets, no strings, so that the matcher only pays
// for slicing and lower-casing the few words worth a lookup.
import { WORD } from './normalise';

export interface Tokens {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
}

export function tokenise(text: string): Tokens {
  let starts = new Int32Array(Math.max(16, text.length >> 3));
  let ends = new Int32Array(starts.length);
  let count = 0;
  const re = new RegExp(WORD.source, 'gu');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (count === starts.length) {
      const s = new Int32Array(count * 2); s.set(starts); starts = s;
      const e = new Int32Array(count * 2); e.set(ends); ends = e;
    }
    starts[count] = m.index;
    ends[count] = m.index + m[0].length;
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

/** The gap before token i+1 inside one clause of a border phrase: spaces, dashes, quotes, and (if allowed) commas. */
export function isPhraseGap(text: string, tokens: Tokens, i: number, allowComma: boolean): boolean {
  const gap = text.slice(tokens.ends[i], tokens.starts[i + 1]);
  if (gap.length > 4) return false;
  return allowComma ? /^[\s\-‐‑–—"'«»„“”,]*$/u.test(gap) : /^[\s\-‐‑–—"'«»„“”]*$/u.test(gap);
}
