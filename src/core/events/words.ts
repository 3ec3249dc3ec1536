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
}

// Letters and digits, with an inner apostrophe kept ("Putin’s", "didn't").
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu;
// Punctuation that closes a clause: commas, semicolons, colons, brackets, quotation marks, dashes.
const CLAUSE_BREAKS = new Set([...',;:()[]"«»„“”‟″–—…!?'].map((c) => c.charCodeAt(0)));
const HYPHEN = 0x2d;

/** Whether the text between two words closes a clause (checked by character: this runs between every two words). */
function breaksClause(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (CLAUSE_BREAKS.has(c)) return true;
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
  WORD.lastIndex = start;
  let clause = 0;
  for (let m = WORD.exec(text); m && m.index < end; m = WORD.exec(text)) {
    const wordEnd = Math.min(m.index + m[0].length, end);
    let listed = false;
    let afterColon = false;
    if (words.length > 0) {
      const prev = words[words.length - 1];
      if (breaksClause(text, prev.end, m.index)) {
        if (joinable(prev.end, m.index)) listed = true;
        else clause++;
        for (let i = prev.end; i < m.index && !afterColon; i++) afterColon = text.charCodeAt(i) === 0x3a;
      }
    }
    const lower = lowerText !== undefined ? lowerText.slice(m.index, wordEnd) : text.slice(m.index, wordEnd).toLowerCase();
    words.push({ start: m.index, end: wordEnd, lower, clause, capitalised: text.charCodeAt(m.index) !== lower.charCodeAt(0), listed, afterColon });
  }
  return words;
}
