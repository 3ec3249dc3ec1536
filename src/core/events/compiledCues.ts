// A language's `events` section turned into matchers, once per language.
import { EVENT_TYPES, type EventType } from '../types';
import type { EventCues } from '../languages/types';
import { patternSet, WordPatterns } from './wordPatterns';

export interface CompiledCues {
  cues: WordPatterns<EventType>;
  /**
   * Finds, in lower-cased text, every place where a cue may start (the first word of each cue pattern). One regular
   * expression over the whole article is several times faster than looking up every word.
   */
  cueStarts: RegExp;
  negations: WordPatterns<true>;
  /** `true` for a preposition that puts the place at the scene, `false` for one that makes it a source/partner/topic. */
  prepositions: WordPatterns<boolean>;
  anaphoric: WordPatterns<true>;
  conjunctions: WordPatterns<true>;
  placeNouns: WordPatterns<true>;
  passiveMarkers: WordPatterns<true>;
  reportingVerbs: WordPatterns<true>;
  clauseOpeners: WordPatterns<true>;
  whereWords: WordPatterns<true>;
  placeBeforeCue: 'any' | 'notFirst' | undefined;
  adjunctDeterminers: WordPatterns<true>;
  locativeEndings: readonly string[];
  prenominalGenitiveEndings: readonly string[];
}

const compiled = new WeakMap<EventCues, CompiledCues>();

export function compileCues(events: EventCues): CompiledCues {
  let c = compiled.get(events);
  if (!c) {
    const cues = new WordPatterns<EventType>();
    for (const type of EVENT_TYPES) for (const s of events.cues[type] ?? []) cues.add(s, type);
    const prepositions = new WordPatterns<boolean>();
    for (const s of events.locatives) prepositions.add(s, true);
    for (const s of events.nonLocatives) prepositions.add(s, false);
    c = {
      cues,
      cueStarts: cueStartsOf(EVENT_TYPES.flatMap((type) => events.cues[type] ?? [])),
      negations: patternSet(events.negations),
      prepositions,
      anaphoric: patternSet(events.anaphoric),
      conjunctions: patternSet(events.conjunctions),
      placeNouns: patternSet(events.placeNouns),
      passiveMarkers: patternSet(events.passiveMarkers),
      reportingVerbs: patternSet(events.reportingVerbs),
      clauseOpeners: patternSet(events.clauseOpeners),
      whereWords: patternSet(events.whereWords),
      placeBeforeCue: events.placeBeforeCue,
      adjunctDeterminers: patternSet(events.adjunctDeterminers ?? []),
      locativeEndings: events.locativeEndings ?? [],
      prenominalGenitiveEndings: events.prenominalGenitiveEndings ?? [],
    };
    compiled.set(events, c);
  }
  return c;
}

function cueStartsOf(patterns: readonly string[]): RegExp {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const atWordStart = new Set<string>();
  const anywhere = new Set<string>();
  for (const pattern of patterns) {
    const head = pattern.trim().toLowerCase().split(/\s+/)[0] ?? '';
    if (head.length > 2 && head.startsWith('*') && head.endsWith('*')) anywhere.add(escape(head.slice(1, -1)));
    else if (head.replace(/\*$/, '')) atWordStart.add(escape(head.replace(/\*$/, '')));
  }
  // Longest first, so that the alternation never settles for a shorter head.
  const longestFirst = (set: Set<string>) => [...set].sort((a, b) => b.length - a.length).join('|');
  const parts: string[] = [];
  if (atWordStart.size > 0) parts.push(`(?<![\\p{L}\\p{M}\\p{N}])(?:${longestFirst(atWordStart)})`);
  if (anywhere.size > 0) parts.push(`(?:${longestFirst(anywhere)})`);
  return new RegExp(parts.length > 0 ? parts.join('|') : '(?!)', 'gu');
}
