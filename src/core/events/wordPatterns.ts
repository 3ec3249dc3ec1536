// Matching the event classifier's word lists (syntax documented on `EventCues`) against a sentence's words.
// Built for speed: every word costs at most one whole-word lookup and one lookup by its first three letters,
// plus an `includes` per infix pattern (only German compounds use those).
import type { Word } from './words';

type Part = { kind: 'word' | 'stem' | 'infix' | 'number'; text: string };

/** A number written in digits: what `#` stands for. */
const NUMBER = /^\d+$/u;

export interface WordPattern<T> {
  /** The pattern as written in the language file. */
  source: string;
  parts: Part[];
  value: T;
}

/** A pattern found in the text: it covers `length` words starting at word `first`. */
export interface PatternMatch<T> {
  value: T;
  first: number;
  length: number;
}

const KEY = 3;
const NONE: never[] = [];

/**
 * A bucket for the first two letters of a word (a word of one letter has its own buckets). Every word and every
 * keyed stem marks its bucket; a word whose bucket is unmarked can match neither, which spares the two string
 * lookups (hashing a fresh string each time) for most words of a text.
 */
function bucketOf(word: string): number {
  return (word.charCodeAt(0) * 31 + (word.length > 1 ? word.charCodeAt(1) : 0xffff)) & 0xffff;
}

/**
 * The first KEY letters of a word as one number (ten bits a letter), so that looking up a word's stems builds no
 * string. Letters beyond U+03FF share their ten bits with others (Cyrillic "а" with "0"): such keys share a list,
 * which only adds candidates that `rest` turns down, in the order they were added.
 */
function keyOf(word: string): number {
  return ((word.charCodeAt(0) & 0x3ff) << 20) | ((word.charCodeAt(1) & 0x3ff) << 10) | (word.charCodeAt(2) & 0x3ff);
}

function parsePart(text: string): Part {
  if (text === '#') return { kind: 'number', text };
  if (text.length > 2 && text.startsWith('*') && text.endsWith('*')) return { kind: 'infix', text: text.slice(1, -1) };
  if (text.length > 1 && text.endsWith('*')) return { kind: 'stem', text: text.slice(0, -1) };
  return { kind: 'word', text };
}

function partMatches(part: Part, word: string): boolean {
  if (part.kind === 'word') return word === part.text;
  if (part.kind === 'stem') return word.startsWith(part.text);
  if (part.kind === 'number') return NUMBER.test(word);
  return word.includes(part.text);
}

export class WordPatterns<T> {
  private readonly byWord = new Map<string, WordPattern<T>[]>();
  private readonly byKey = new Map<number, WordPattern<T>[]>();
  /** Stems shorter than KEY letters and infixes: checked on every word (there are very few). */
  private readonly scanned: WordPattern<T>[] = [];
  /** `bucketOf` every key of `byWord` and `byKey`: 1 where some pattern may start. */
  private readonly buckets = new Uint8Array(0x10000);
  /** Longest pattern, in words. */
  maxLength = 0;

  add(source: string, value: T): void {
    const parts = source.toLowerCase().trim().split(/\s+/).filter(Boolean).map(parsePart);
    if (parts.length === 0) return;
    const pattern: WordPattern<T> = { source, parts, value };
    this.maxLength = Math.max(this.maxLength, parts.length);
    const head = parts[0];
    if (head.kind === 'word') push(this.byWord, head.text, pattern);
    else if (head.kind === 'stem' && head.text.length >= KEY) push(this.byKey, keyOf(head.text), pattern);
    else this.scanned.push(pattern);
    if (head.kind === 'word' || (head.kind === 'stem' && head.text.length >= KEY)) this.buckets[bucketOf(head.text)] = 1;
  }

  /** Patterns whose first word is exactly `word`. */
  private exactly(word: string): WordPattern<T>[] | undefined {
    return this.buckets[bucketOf(word)] === 1 ? this.byWord.get(word) : undefined;
  }

  /** Patterns whose first word is a stem of KEY letters or more that `word` may start with. */
  private keyed(word: string): WordPattern<T>[] | undefined {
    return word.length >= KEY && this.buckets[bucketOf(word)] === 1 ? this.byKey.get(keyOf(word)) : undefined;
  }

  /**
   * List `list` of the patterns that may start with `word`: 0 by the whole word, 1 by its stem, 2 those checked on
   * every word. `marked`: whether the word's bucket is, worked out once by the caller for the three lists.
   */
  private candidates(word: string, marked: boolean, list: number): WordPattern<T>[] | undefined {
    if (list === 2) return this.scanned;
    if (!marked) return undefined;
    return list === 0 ? this.byWord.get(word) : word.length >= KEY ? this.byKey.get(keyOf(word)) : undefined;
  }

  /** Every pattern that matches words[i], words[i+1], … (phrases stay within one clause). */
  matchAt(words: readonly Word[], i: number): PatternMatch<T>[] {
    let found: PatternMatch<T>[] | undefined;
    const word = words[i].lower;
    const marked = this.buckets[bucketOf(word)] === 1;
    for (let list = 0; list < 3; list++) {
      const candidates = this.candidates(word, marked, list);
      if (!candidates) continue;
      for (const p of candidates) {
        if (!this.rest(p, words, i)) continue;
        (found ??= []).push({ value: p.value, first: i, length: p.parts.length });
      }
    }
    return found ?? NONE;
  }

  /** For patterns whose values are bit sets: the union of the values of every pattern matching at words[i], without allocating. */
  bitsAt(words: readonly Word[], i: number): number {
    let bits = 0;
    const word = words[i].lower;
    const marked = this.buckets[bucketOf(word)] === 1;
    for (let list = 0; list < 3; list++) {
      const candidates = this.candidates(word, marked, list);
      if (!candidates) continue;
      for (const p of candidates) if (this.rest(p, words, i)) bits |= p.value as unknown as number;
    }
    return bits;
  }

  /** Whether some pattern's first word matches this lower-cased word (a cheap first check, on every word of a text). */
  mayStartWith(word: string): boolean {
    if (this.exactly(word)) return true;
    const keyed = this.keyed(word);
    if (keyed && keyed.some((p) => partMatches(p.parts[0], word))) return true;
    return this.scanned.length > 0 && this.scanned.some((p) => partMatches(p.parts[0], word));
  }

  /** Whether any pattern matches at words[i] (no allocation, not even a closure: this runs on every word). */
  matches(words: readonly Word[], i: number): boolean {
    const word = words[i].lower;
    const marked = this.buckets[bucketOf(word)] === 1;
    for (let list = 0; list < 3; list++) {
      const candidates = this.candidates(word, marked, list);
      if (candidates) for (let k = 0; k < candidates.length; k++) if (this.rest(candidates[k], words, i)) return true;
    }
    return false;
  }

  /** Whether a pattern that starts at words[j] reaches words[i] or beyond (no allocation: this runs around every cue). */
  reaches(words: readonly Word[], j: number, i: number): boolean {
    const word = words[j].lower;
    const marked = this.buckets[bucketOf(word)] === 1;
    for (let list = 0; list < 3; list++) {
      const candidates = this.candidates(word, marked, list);
      if (candidates) for (const p of candidates) if (j + p.parts.length > i && this.rest(p, words, j)) return true;
    }
    return false;
  }

  /** The value of the longest pattern whose last word is words[i] (no allocation: this runs around every place). */
  longestEndingAt(words: readonly Word[], i: number): T | undefined {
    for (let length = Math.min(this.maxLength, i + 1); length >= 1; length--) {
      const first = i - length + 1;
      const word = words[first].lower;
      const marked = this.buckets[bucketOf(word)] === 1;
      for (let list = 0; list < 3; list++) {
        const candidates = this.candidates(word, marked, list);
        if (candidates) for (const p of candidates) if (p.parts.length === length && this.rest(p, words, first)) return p.value;
      }
    }
    return undefined;
  }

  private rest(p: WordPattern<T>, words: readonly Word[], i: number): boolean {
    const parts = p.parts;
    if (i + parts.length > words.length || !partMatches(parts[0], words[i].lower)) return false;
    const clause = words[i].clause;
    for (let k = 1; k < parts.length; k++) {
      const w = words[i + k];
      if (w.clause !== clause || !partMatches(parts[k], w.lower)) return false;
    }
    return true;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A set of patterns that all mean the same thing (negations, prepositions, …). */
export function patternSet(sources: readonly string[]): WordPatterns<true> {
  const set = new WordPatterns<true>();
  for (const s of sources) set.add(s, true);
  return set;
}
