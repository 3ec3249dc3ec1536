// Event classification: which strikes, meetings and exercises a text reports, and where each one happens.
//
// The rule, per sentence (cue words and the little grammar they need come from the language's `events` section):
//  1. Cues. Every word matching a cue pattern of an event type is a cue, unless it is part of a place name.
//     A cue with a negation close to it in its clause ("no strikes", "удари не е имало", "nav notikušas") is
//     dropped: denied events are not events.
//  2. Its place, in its own clause (clauses end at commas, quotes, dashes …; a list of places stays one clause).
//     A place can be the scene of the event when a preposition of place governs it ("in Minsk", "срещу … Киев",
//     Latvian locative "Minskā") or when it stands right next to the cue ("Russia struck Kharkiv"); places
//     governed by "from / with / made in / about" never are. The cue takes the first such place after it,
//     otherwise the nearest one before it, never looking past a cue of another type: in "landed in Minsk,
//     hours after drones were launched against Kyiv" the meeting takes Minsk and the strike takes Kyiv.
//     Places joined to the chosen one by "and"/"," share its event ("strikes on Kharkiv and Odesa").
//  3. A cue that refers back to an event already told ("after the talks", "during the visit") only takes a
//     place right after it ("after the talks in Vilnius"); otherwise it goes to step 5.
//  4. A cue whose clause names no place takes the nearest scene place of an earlier clause of the same sentence,
//     if that clause has no cue of its own ("In Kharkiv, according to the mayor, explosions were heard").
//  5. Otherwise the sentence continues the story: the cue inherits the place(s) of the last event of its type in
//     the article ("Не се казва къде се провеждат ученията" after "учения в Беларус"), or, when there was none,
//     the scene places named earlier in the same paragraph.
import type { Article, EventType, Mention, Passage, SituationEvent } from '../types';
import { LANGUAGES } from '../languages';
import { compileCues, type CompiledCues } from './compiledCues';
import { placeRole, type PlaceRole } from './placeRole';
import { splitWords, type Word } from './words';

/** A place mention located in the passage's words. */
interface PlaceInText {
  place: string;
  first: number;
  last: number;
  clause: number;
  role: PlaceRole;
}

/** A cue word (or phrase) in the passage. */
interface Cue {
  type: EventType;
  first: number;
  last: number;
  clause: number;
  text: string;
  negated: boolean;
  anaphoric: boolean;
}

/** Words around a cue in which a negation cancels it. */
const NEGATION_BEFORE = 4;
const NEGATION_AFTER = 3;
/** Words before a cue (not counting places and conjunctions) in which "after / before / during" make it refer back to a known event. */
const ANAPHORIC_BEFORE = 2;
/** How many words a referring-back cue may look ahead for its place ("after the talks in Vilnius"). */
const ANAPHORIC_REACH = 2;
/** Bound on how far (in words) a cue looks for its place: keeps a pathological run-on sentence linear. */
const REACH = 60;
/** How many earlier sentences of the paragraph a placeless first event may take its place from. */
const PARAGRAPH_MEMORY = 2;

export function classifyArticleEvents(article: Article, passages: readonly Passage[], mentions: readonly Mention[]): SituationEvent[] {
  const cues = compileCues(LANGUAGES[article.lang].events);
  const conjunctionWords = new Set(LANGUAGES[article.lang].events.conjunctions.map((c) => c.toLowerCase()));
  const byPassage = groupByPassage(mentions);
  const events: SituationEvent[] = [];
  /** Places of the latest event of each type: what a placeless sentence continuing the story refers to. */
  const lastPlaces = new Map<EventType, string[]>();
  /** Scene places of the latest sentences, for a first event told without a place. */
  const recentScenes: { paragraph: number; order: number; places: string[] }[] = [];

  passages.forEach((passage, order) => {
    const inPassage = byPassage.get(passage.id) ?? [];
    const words = splitWords(article.text, passage.start, passage.end, joinsPlaces(article.text, inPassage, conjunctionWords));
    const places = locatePlaces(words, inPassage, cues);
    const found = findCues(words, places, cues);
    const seen = new Set<string>();
    const emit = (cue: Cue, place: string) => {
      const key = `${cue.type}|${place}`;
      if (seen.has(key)) return;
      seen.add(key);
      events.push({ type: cue.type, place, article: article.id, passage: passage.id, cue: cue.text });
    };

    const clausesWithCues = new Set(found.map((c) => c.clause));
    for (const cue of found) {
      if (cue.negated) continue;
      let chosen = placesInClause(cue, places, found, words, cues);
      if (chosen.length === 0 && !cue.anaphoric) chosen = sceneInEarlierClause(cue, places, clausesWithCues);
      if (chosen.length === 0) chosen = lastPlaces.get(cue.type) ?? [];
      if (chosen.length === 0) {
        chosen = recentScenes
          .filter((r) => r.paragraph === passage.paragraph && order - r.order <= PARAGRAPH_MEMORY)
          .flatMap((r) => r.places)
          .slice(-1);
      }
      for (const place of chosen) emit(cue, place);
      if (chosen.length > 0) lastPlaces.set(cue.type, chosen);
    }

    const scenes = places.filter((p) => p.role === 'scene').map((p) => p.place);
    if (scenes.length > 0) recentScenes.push({ paragraph: passage.paragraph, order, places: scenes });
    if (recentScenes.length > PARAGRAPH_MEMORY) recentScenes.shift();
  });
  return events;
}

function groupByPassage(mentions: readonly Mention[]): Map<string, Mention[]> {
  const map = new Map<string, Mention[]>();
  for (const m of mentions) {
    const list = map.get(m.passage);
    if (list) list.push(m);
    else map.set(m.passage, [m]);
  }
  for (const list of map.values()) list.sort((a, b) => a.start - b.start);
  return map;
}

/**
 * A comma between two places is a list, not a clause break, when the list goes on after the second place
 * ("Kharkiv, Odesa and Lviv"); "in Minsk, Russia announced …" is two clauses.
 */
function joinsPlaces(text: string, mentions: readonly Mention[], conjunctions: ReadonlySet<string>): (before: number, after: number) => boolean {
  if (mentions.length < 2) return () => false;
  const ends = new Set(mentions.map((m) => m.end));
  const endOf = new Map(mentions.map((m) => [m.start, m.end]));
  return (before, after) => {
    const secondEnd = endOf.get(after);
    if (!ends.has(before) || secondEnd === undefined) return false;
    const next = /^\s*(?:(,)|([\p{L}\p{M}]+))/u.exec(text.slice(secondEnd, secondEnd + 40));
    return next !== null && (next[1] !== undefined || conjunctions.has(next[2].toLowerCase()));
  };
}

function locatePlaces(words: readonly Word[], mentions: readonly Mention[], cues: CompiledCues): PlaceInText[] {
  const places: PlaceInText[] = [];
  let w = 0;
  for (const m of mentions) {
    while (w < words.length && words[w].end <= m.start) w++;
    if (w >= words.length) break;
    let last = w;
    while (last + 1 < words.length && words[last + 1].start < m.end) last++;
    if (words[w].start >= m.end) continue;
    places.push({ place: m.place, first: w, last, clause: words[w].clause, role: placeRole(words, w, last, cues) });
  }
  return places;
}

function findCues(words: readonly Word[], places: readonly PlaceInText[], cues: CompiledCues): Cue[] {
  const inPlaceName = new Uint8Array(words.length);
  for (const p of places) inPlaceName.fill(1, p.first, p.last + 1);
  const found: Cue[] = [];
  for (let i = 0; i < words.length; i++) {
    if (inPlaceName[i]) continue;
    for (const match of cues.cues.matchAt(words, i)) {
      const last = i + match.length - 1;
      const clause = words[i].clause;
      found.push({
        type: match.value,
        first: i,
        last,
        clause,
        text: words.slice(i, last + 1).map((x) => x.lower).join(' '),
        negated: anyWithin(words, cues.negations, clause, i - NEGATION_BEFORE, last + NEGATION_AFTER, i, last),
        anaphoric: refersBack(words, i, inPlaceName, cues),
      });
    }
  }
  return found;
}

/**
 * Whether an "after / before / during" word stands just before the cue, looking through the places and
 * conjunctions that may sit between them ("pēc Krievijas un Baltkrievijas sarunām" = after the Russia–Belarus talks).
 */
function refersBack(words: readonly Word[], cueFirst: number, inPlaceName: Uint8Array, cues: CompiledCues): boolean {
  let counted = 0;
  for (let i = cueFirst - 1; i >= 0 && counted < ANAPHORIC_BEFORE && cueFirst - i <= REACH; i--) {
    if (words[i].clause !== words[cueFirst].clause) break;
    if (inPlaceName[i] || cues.conjunctions.matchAt(words, i).length > 0) continue;
    if (cues.anaphoric.matchAt(words, i).length > 0) return true;
    counted++;
  }
  return false;
}

/** Whether a pattern of `set` starts at a word in [from, to] of `clause`, outside the cue's own words. */
function anyWithin(words: readonly Word[], set: CompiledCues['negations'], clause: number, from: number, to: number, cueFirst: number, cueLast: number): boolean {
  for (let i = Math.max(0, from); i <= Math.min(words.length - 1, to); i++) {
    if (i >= cueFirst && i <= cueLast) continue;
    if (words[i].clause !== clause) continue;
    if (set.matchAt(words, i).length > 0) return true;
  }
  return false;
}

/** Step 2/3 of the rule: the cue's place in its own clause. */
function placesInClause(cue: Cue, places: readonly PlaceInText[], found: readonly Cue[], words: readonly Word[], cues: CompiledCues): string[] {
  const otherTypeBetween = (lo: number, hi: number) => found.some((c) => c.type !== cue.type && c.first > lo && c.first < hi);
  const usable = (p: PlaceInText, gap: number, after: boolean) =>
    p.role === 'scene' || (gap <= 1 && (p.role === 'bare' || (p.role === 'qualifier' && !after)));
  const same = places.filter((p) => p.clause === cue.clause);

  // After the cue: the first usable place.
  for (let k = 0; k < same.length; k++) {
    const p = same[k];
    if (p.first <= cue.last) continue;
    const gap = p.first - cue.last - 1;
    if (gap > (cue.anaphoric ? ANAPHORIC_REACH : REACH) || otherTypeBetween(cue.last, p.first)) break;
    if (usable(p, gap, true)) return withListed(same, k, +1, words, cues);
  }
  if (cue.anaphoric) return [];
  // Before the cue: the nearest usable place.
  for (let k = same.length - 1; k >= 0; k--) {
    const p = same[k];
    if (p.last >= cue.first) continue;
    const gap = cue.first - p.last - 1;
    if (gap > REACH || otherTypeBetween(p.last, cue.first)) break;
    if (usable(p, gap, false)) return withListed(same, k, -1, words, cues);
  }
  return [];
}

/** The place at index k plus the places listed with it ("Kharkiv, Odesa and Lviv"), walking in `direction`. */
function withListed(same: readonly PlaceInText[], k: number, direction: 1 | -1, words: readonly Word[], cues: CompiledCues): string[] {
  const chosen = [same[k].place];
  let edge = same[k];
  for (let j = k + direction; j >= 0 && j < same.length; j += direction) {
    const q = same[j];
    if (q.first === edge.first) { chosen.push(q.place); continue; } // one span naming two places (a border phrase)
    const [lo, hi] = direction > 0 ? [edge.last, q.first] : [q.last, edge.first];
    if (q.role === 'elsewhere' || !onlyConjunctions(words, lo + 1, hi - 1, cues)) break;
    chosen.push(q.place);
    edge = q;
  }
  return chosen;
}

function onlyConjunctions(words: readonly Word[], from: number, to: number, cues: CompiledCues): boolean {
  for (let i = from; i <= to; i++) if (cues.conjunctions.matchAt(words, i).length === 0) return false;
  return true;
}

/** Step 4: the nearest scene place in an earlier clause without a cue of its own. */
function sceneInEarlierClause(cue: Cue, places: readonly PlaceInText[], clausesWithCues: ReadonlySet<number>): string[] {
  for (let k = places.length - 1; k >= 0; k--) {
    const p = places[k];
    if (p.clause >= cue.clause || cue.first - p.last > REACH) continue;
    if (p.role === 'scene' && !clausesWithCues.has(p.clause)) return [p.place];
  }
  return [];
}
