// "Литва начала собственные учения на востоке страны": a phrase that places the event in "the country" (the
// language's `ownCountryPhrases`) refers to the country the sentence has just named, its subject or its owner
// ("Силы обороны Эстонии проводят на востоке страны учения"). The text then puts the event in that country.
import type { CompiledCues } from './compiledCues';
import { behaviourOf } from './eventTypes';
import type { Cue, PlaceFacts, PlaceInText } from './model';
import type { Word } from './words';

/**
 * The first word of an own-country phrase in the cue's clause, or in a later clause of its sentence that tells no
 * event of its own ("Belarus began a readiness check of its air force, moving jets to airfields in the west of the
 * country"), or -1.
 */
function ownCountryPhraseIn(cue: Cue, words: readonly Word[], cues: CompiledCues, clausesWithCues: ReadonlySet<number>): number {
  for (let i = 0; i < words.length; i++) {
    const clause = words[i].clause;
    if (!(clause === cue.clause || (clause > cue.clause && !clausesWithCues.has(clause))) || (i >= cue.first && i <= cue.last)) continue;
    if (cues.ownCountryPhrases.matches(words, i)) return i;
  }
  return -1;
}

/**
 * `chosen` with the country an own-country phrase near the cue refers to: the latest country named before the
 * phrase in the sentence, unless the sentence names it only as somewhere else (a dateline, a partner "with Russia").
 * Only for event types whose subject hosts them: a strike's "east of the country" is its target's, not the
 * attacker's, and the target is often not named in the sentence.
 */
export function withOwnCountry(chosen: string[], cue: Cue, places: readonly PlaceInText[], words: readonly Word[], cues: CompiledCues, clausesWithCues: ReadonlySet<number>, facts: PlaceFacts): string[] {
  if (!behaviourOf(cue.type).subjectHosts || cue.reaction) return chosen;
  const phrase = ownCountryPhraseIn(cue, words, cues, clausesWithCues);
  if (phrase < 0) return chosen;
  let country: PlaceInText | undefined;
  for (const p of places) if (p.last < phrase && facts.kindOf(p.place) === 'country') country = p;
  if (country === undefined || chosen.includes(country.place)) return chosen;
  // The owner of the troops holding it is no "somewhere else": "Latvijos kariuomenė baigė pratybas šalies rytuose".
  const ownsTroops = country.last + 1 < words.length && cues.actorNouns.matches(words, country.last + 1);
  if (country.role === 'elsewhere' && !ownsTroops) return chosen;
  return [country.place, ...chosen];
}
