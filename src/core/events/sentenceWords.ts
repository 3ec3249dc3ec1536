// The words of a sentence as the classifier needs them: clauses, and where each place mention lies.
import type { Mention } from '../types';
import type { CompiledCues } from './compiledCues';
import type { PlaceInText } from './model';
import type { Word } from './words';

export function groupByPassage(mentions: readonly Mention[]): Map<string, Mention[]> {
  const map = new Map<string, Mention[]>();
  for (const m of mentions) {
    const list = map.get(m.passage);
    if (list) list.push(m);
    else map.set(m.passage, [m]);
  }
  // The recogniser finds mentions in text order: sorting (which copies every list) is only for callers that do not.
  for (const list of map.values()) if (!inTextOrder(list)) list.sort((a, b) => a.start - b.start);
  return map;
}

function inTextOrder(mentions: readonly Mention[]): boolean {
  for (let k = 1; k < mentions.length; k++) if (mentions[k - 1].start > mentions[k].start) return false;
  return true;
}

/**
 * A comma between two places is a list, not a clause break, when the list goes on after the second place
 * ("Kharkiv, Odesa and Lviv"); "in Minsk, Russia announced …" is two clauses.
 */
export function joinsPlaces(text: string, mentions: readonly Mention[], conjunctions: ReadonlySet<string>): (before: number, after: number) => boolean {
  if (mentions.length < 2) return () => false;
  return (before, after) => {
    const first = mentions.find((m) => m.end === before);
    if (first === undefined) return false;
    const second = mentions.find((m) => m.start === after);
    if (second === undefined) {
      // The serial comma: "over Ryazan, Tula, and Moscow oblasts" closes a list of three or more with "and" after the
      // comma (after two, ", and" more often opens a clause: "Drones hit Kyiv, and Moscow denied …").
      const conjunction = /^([\p{L}\p{M}]+)\s+/u.exec(text.slice(after, after + 20));
      return conjunction !== null && conjunctions.has(conjunction[1].toLowerCase()) && mentions.some((m) => m.start === after + conjunction[0].length)
        && mentions.some((m) => m.end < first.start && /^\s*,\s*$/u.test(text.slice(m.end, first.start)));
    }
    // A dash goes on with a single place ("Gardino srityje – Gardino ir Lydos apylinkėse"), not after a list that
    // "and" has closed ("Großangriff auf Kiew, Charkiw und Dnipro – Berlin und Brüssel verurteilen Attacken").
    if (!text.slice(before, after).includes(',')) {
      const wordBefore = /([\p{L}\p{M}]+)[^\p{L}\p{M}]*$/u.exec(text.slice(Math.max(0, first.start - 30), first.start));
      if (wordBefore && conjunctions.has(wordBefore[1].toLowerCase())) return false;
    }
    const next = /^\s*(?:(,)|([\p{L}\p{M}]+))/u.exec(text.slice(second.end, second.end + 40));
    return next !== null && (next[1] !== undefined || conjunctions.has(next[2].toLowerCase()));
  };
}

/** Where each mention lies in the passage's words. */
export function locatePlaces(words: readonly Word[], mentions: readonly Mention[]): Omit<PlaceInText, 'role' | 'alone'>[] {
  const places: Omit<PlaceInText, 'role' | 'alone'>[] = [];
  let w = 0;
  for (const m of mentions) {
    while (w < words.length && words[w].end <= m.start) w++;
    if (w >= words.length) break;
    let last = w;
    while (last + 1 < words.length && words[last + 1].start < m.end) last++;
    if (words[w].start >= m.end) continue;
    places.push({ place: m.place, first: w, last, clause: words[w].clause });
  }
  return places;
}

/** Words such as "that", "which", "when" start a new clause even without a comma before them. */
export function openClauses(words: Word[], cues: CompiledCues): void {
  let shift = 0;
  let previous = -1;
  // The words of "as well as", "в том числе" add to a list, those of "mehr als" compare: none of them opens a clause.
  let phraseEnd = -1;
  for (let i = 0; i < words.length; i++) {
    const original = words[i].clause;
    for (const m of cues.phrasesOpeningNoClause.matchAt(words, i)) phraseEnd = Math.max(phraseEnd, i + m.length - 1);
    if (i > 0 && original === previous && i > phraseEnd && cues.clauseOpeners.matches(words, i)) shift++;
    previous = original;
    words[i].clause = original + shift;
  }
}
