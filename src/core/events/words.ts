// Splits a passage into words and numbers its clauses. The classifier reasons in words, not characters:
// "the place after the cue", "three words back", "the same clause".
import type { Span } from '../types';

export interface Word extends Span {
  /** Lower-cased text of the word. */
  lower: string;
  /** Index of the clause within the passage. */
  clause: number;
  /** Starts with a capital letter. */
  capitalised: boolean;
  /** A comma before it was kept inside the clause because it separates two places of a list. */
  listed: boolean;
  /** A colon stands right before it: what follows explains what came before ("проверка: части выдвинулись в …"). */
  afterColon: boolean;
  /** A semicolon stands before it: what follows is a sentence of its own in all but name. */
  afterSemicolon: boolean;
}

// A word: letters and digits, with an inner apostrophe kept ("Putin’s", "didn't"), as the regular expression
//   /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/u
// would find it. `nextWordStart` and `wordEndFrom` scan character codes instead: this runs over most of every article, and a unicode
// regular expression costs several times more per character.
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const NUMBER = /^\p{N}$/u;
const NOT_WORD = 1;
const LETTER = 2; // a letter or a mark
const DIGIT = 3;
/** The class of each UTF-16 code, worked out on first sight (0: not yet known). */
const CLASS = new Uint8Array(0x10000);

function classOfCode(c: number): number {
  if (CLASS[c] === 0) {
    const ch = String.fromCharCode(c);
    CLASS[c] = !WORD_CHAR.test(ch) ? NOT_WORD : NUMBER.test(ch) ? DIGIT : LETTER;
  }
  return CLASS[c];
}

const isLead = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isTrail = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const isApostrophe = (c: number) => c === 0x27 || c === 0x2019;

/** The class of the character at `i` and its length in code units (a letter outside the BMP takes two). */
function charAt(text: string, i: number): { cls: number; size: number } {
  const c = text.charCodeAt(i);
  if (isLead(c) && i + 1 < text.length && isTrail(text.charCodeAt(i + 1))) {
    const pair = text.slice(i, i + 2);
    return { cls: !WORD_CHAR.test(pair) ? NOT_WORD : NUMBER.test(pair) ? DIGIT : LETTER, size: 2 };
  }
  return { cls: isLead(c) || isTrail(c) ? NOT_WORD : classOfCode(c), size: 1 };
}

/** Fast path for the BMP: the class of a code that is not a surrogate, or 0 when it is one. */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return isLead(c) || isTrail(c) ? 0 : classOfCode(c);
}

/** End of a run of characters of the given classes starting at `i`. */
function runEnd(text: string, i: number, digitsToo: boolean): number {
  const n = text.length;
  while (i < n) {
    let cls = classAt(text, i);
    let size = 1;
    if (cls === 0) ({ cls, size } = charAt(text, i));
    if (cls === NOT_WORD || (cls === DIGIT && !digitsToo)) break;
    i += size;
  }
  return i;
}

/** Where the first word that starts at or after `from` and before `limit` starts, or -1 (no pair is built per word). */
function nextWordStart(text: string, from: number, limit: number): number {
  const n = text.length;
  // Like a unicode regular expression, never start in the middle of a surrogate pair.
  if (from > 0 && from < n && isTrail(text.charCodeAt(from)) && isLead(text.charCodeAt(from - 1))) from--;
  let i = from;
  while (i < limit && i < n) {
    let cls = classAt(text, i);
    let size = 1;
    if (cls === 0) ({ cls, size } = charAt(text, i));
    if (cls !== NOT_WORD) break;
    i += size;
  }
  return i >= limit || i >= n ? -1 : i;
}

/** Where the word that starts at `start` ends (it may run past the passage). */
function wordEndFrom(text: string, start: number): number {
  const n = text.length;
  let end = runEnd(text, start, true);
  // An apostrophe followed by letters (not digits) continues the word.
  while (end + 1 < n && isApostrophe(text.charCodeAt(end))) {
    const after = runEnd(text, end + 1, false);
    if (after === end + 1) break;
    end = after;
  }
  return end;
}
/** A table of char codes, 1 for those of `chars` (all of them below U+2100): one load per character between words, not a Set lookup. */
function codeTable(chars: string): Uint8Array {
  const table = new Uint8Array(0x2100);
  for (const ch of chars) {
    if (ch.charCodeAt(0) >= table.length) throw new Error(`codeTable: ${ch} lies beyond the table`);
    table[ch.charCodeAt(0)] = 1;
  }
  return table;
}

const isIn = (table: Uint8Array, code: number) => code < table.length && table[code] === 1;

// Punctuation that closes a clause: commas, semicolons, colons, brackets, quotation marks, dashes.
const CLAUSE_BREAKS = codeTable(',;:()[]"«»„“”‟″–—…!?');
const HYPHEN = 0x2d;
const EN_DASH = 0x2013;

const QUOTES = codeTable('"«»„“”‟″');
/** A quotation this short, with no punctuation inside, is a name ("учения „Запад-2025“ в Беларус", „Iron Wolf“). */
const SHORT_QUOTE = 40;
const INSIDE_SHORT_QUOTE = /^[^,;:.!?()\[\]"«»„“”‟″–—…]{1,40}$/u;

/** Whether the quotation mark at `at` opens or closes a short quoted name rather than a quoted clause. */
function quotesName(text: string, at: number): boolean {
  for (let j = at - 1; j >= Math.max(0, at - SHORT_QUOTE - 1); j--) {
    if (!isIn(QUOTES, text.charCodeAt(j))) continue;
    if (INSIDE_SHORT_QUOTE.test(text.slice(j + 1, at)) && text.slice(j + 1, at).trim().split(/\s+/u).length <= 4) return true;
    break;
  }
  for (let j = at + 1; j < Math.min(text.length, at + SHORT_QUOTE + 2); j++) {
    if (!isIn(QUOTES, text.charCodeAt(j))) continue;
    return INSIDE_SHORT_QUOTE.test(text.slice(at + 1, j)) && text.slice(at + 1, j).trim().split(/\s+/u).length <= 4;
  }
  return false;
}

/** Whether the text between two words closes a clause (checked by character: this runs between every two words). */
function breaksClause(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isIn(QUOTES, c) && quotesName(text, i)) continue;
    // an unspaced en dash joins a compound: "the Poland–Ukraine border", "Kyiv–Warsaw talks"
    if (c === EN_DASH && to - from === 1) continue;
    if (isIn(CLAUSE_BREAKS, c)) return true;
    // a spaced hyphen is a dash: "Kyiv - the capital"
    if (c === HYPHEN && i > from && i + 1 < to && text.charCodeAt(i - 1) === 0x20 && text.charCodeAt(i + 1) === 0x20) return true;
  }
  return false;
}

/**
 * Words of `text` between `start` and `end`. `joinable(a, b)` says whether a clause break between two words
 * should be ignored: the caller uses it to keep lists of places ("Kharkiv, Odesa and Lviv") in one clause.
 * `lowerText`, when given, is `text` lower-cased with the same length (saves lower-casing word by word).
 */
export function splitWords(text: string, start: number, end: number, joinable: (before: number, after: number) => boolean, lowerText?: string): Word[] {
  const words: Word[] = [];
  let clause = 0;
  for (let at = nextWordStart(text, start, end), next = 0; at >= 0; at = nextWordStart(text, next, end)) {
    next = wordEndFrom(text, at);
    const wordEnd = Math.min(next, end);
    let listed = false;
    let afterColon = false;
    let afterSemicolon = false;
    if (words.length > 0) {
      const prev = words[words.length - 1];
      if (breaksClause(text, prev.end, at)) {
        if (joinable(prev.end, at)) listed = true;
        else clause++;
        for (let i = prev.end; i < at; i++) {
          const c = text.charCodeAt(i);
          if (c === 0x3a) afterColon = true;
          else if (c === 0x3b) afterSemicolon = true;
        }
      }
    }
    const lower = lowerText !== undefined ? lowerText.slice(at, wordEnd) : text.slice(at, wordEnd).toLowerCase();
    words.push({ start: at, end: wordEnd, lower, clause, capitalised: text.charCodeAt(at) !== lower.charCodeAt(0), listed, afterColon, afterSemicolon });
  }
  return words;
}
