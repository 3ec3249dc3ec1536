// A language's `events` section turned into matchers, once per language.
import { EVENT_TYPES, type EventType } from '../types';
import type { EventCues } from '../languages/types';
import { patternSet, WordPatterns } from './wordPatterns';

export interface CompiledCues {
  cues: WordPatterns<EventType>;
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

