// Event classification: which strikes, meetings and exercises a text reports, and where each one happens.
//
// The rule, per sentence (cue words and the little grammar they need come from the language's `events` section):
//  1. Cues. Every word matching a cue pattern of an event type is a cue, unless it is part of a place name.
//     A cue with a negation close to it in its clause ("no strikes", "удари не е имало", "nav notikušas") is
//     dropped: denied events are not events.
//  2. Its place, in its own clause (clauses end at commas, quotes, dashes … and at words such as "that", "which",
//     "when", "but"; a list of places stays one clause). A place can be the scene of the event when a preposition
//     of place governs it ("in Minsk", "срещу … Киев", Latvian locative "Minskā") or when it is the cue's object,
//     right after it ("Russia struck Kharkiv"), or right before it in a passive ("Kharkiv was shelled") or in
//     languages that put objects there (Latvian "Minsku apmeklēja"); places governed by "from / with / made in / about" never are. The cue takes the first
//     such place after it, otherwise the nearest one before it, never looking past a cue of another type: in
//     "landed in Minsk, hours after drones were launched against Kyiv" the meeting takes Minsk, the strike Kyiv.
//     Places joined to the chosen one by "and"/"," share its event ("strikes on Kharkiv and Odesa"), and so does
//     the place that locates it ("Шебекино в Белгородской области") and the region of its city named in the same
//     clause ("На Дніпропетровщині … обстрілу Нікополя").
//  3. A cue that refers back to an event already told ("after the talks", "during the visit") only takes a
//     place right after it ("after the talks in Vilnius") or a scene place before it in its clause ("Kyjivo
//     srityje po smūgio …"); otherwise it goes to step 5.
//  4. A cue whose clause names no place: a clause opened by "where" happens at the place named just before it
//     ("в Калининградска област, където Русия проведе маневри"); otherwise the cue takes the nearest scene place
//     of an earlier clause of the same sentence, if that clause has no cue of its own ("In Kharkiv, according to
//     the mayor, explosions were heard"), or a city or region that qualifies the speaker ("Губернатор Курской
//     области сообщил, что беспилотники атаковали …").
//  5. Otherwise the sentence continues the story: the cue inherits the place(s) of the last event of its type in
//     the article ("Не се казва къде се провеждат ученията" after "учения в Беларус"). A first event told without
//     any place is left out: a wrong place on the map is worse than none.
import type { Article, EventType, Mention, Passage, SituationEvent } from '../types';
import { LANGUAGES } from '../languages';
import { compileCues, type CompiledCues } from './compiledCues';
import { placeRole, type PlaceRole } from './placeRole';
import { splitWords, type Word } from './words';
import { behaviourOf } from './eventTypes';

/** A place mention located in the passage's words. */
interface PlaceInText {
  place: string;
  first: number;
  last: number;
  clause: number;
  role: PlaceRole;
  /** Its clause holds nothing but places: a headline "Харків: …", a dateline "KYIV, Ukraine (AP) —". */
  alone: boolean;
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
const NEGATION_AFTER = 4;
/** Words before a cue (not counting places and conjunctions) in which "after / before / during" make it refer back to a known event. */
const ANAPHORIC_BEFORE = 2;
/** How many words (besides prepositions and "capital", "city") a referring-back cue may look ahead for its place ("after the talks in Vilnius"). */
const ANAPHORIC_REACH = 2;
/** How far before a clause-final verb its object may stand in verb-last clauses (German). */
const VERB_LAST_REACH = 4;
/** Bound on how far (in words) a cue looks for its place: keeps a pathological run-on sentence linear. */
const REACH = 60;
/** How far into an appositive clause ("…, near the border with Lithuania") its place may stand. */
const GOVERNING_SPAN = 4;

/** The kind of a gazetteer place (`country`, `region`, `city`, `border`). */
export type KindOf = (place: string) => string | undefined;

/** What the classifier may ask the gazetteer. */
export interface PlaceFacts {
  kindOf: KindOf;
  /** The region a city lies in, if known. */
  parentOf: (place: string) => string | undefined;
  /** National capitals stand for their governments ("Москва определи ученията"); other cities and regions rarely act. */
  isCapital: (place: string) => boolean;
}

/** Without a gazetteer at hand: the kind is the id's prefix (`country:BY`), parents are unknown. */
const FACTS_FROM_IDS: PlaceFacts = {
  kindOf: (place) => place.slice(0, Math.max(0, place.indexOf(':'))) || undefined,
  parentOf: () => undefined,
  isCapital: () => false,
};

export function classifyArticleEvents(article: Article, passages: readonly Passage[], mentions: readonly Mention[], facts: PlaceFacts = FACTS_FROM_IDS): SituationEvent[] {
  const { kindOf } = facts;
  const cues = compileCues(LANGUAGES[article.lang].events);
  const capitalisedNouns = LANGUAGES[article.lang].inflection.capitalisedNouns === true;
  const conjunctionWords = new Set(LANGUAGES[article.lang].events.conjunctions.map((c) => c.toLowerCase()));
  const byPassage = groupByPassage(mentions);
  const events: SituationEvent[] = [];
  /** Places of the latest event of each type: what a placeless sentence continuing the story refers to. */
  const lastPlaces = new Map<EventType, string[]>();

  // Lower-case the article once (not word by word), unless that changes its length (a few special capitals do).
  const lowered = article.text.toLowerCase();
  const lower = lowered.length === article.text.length ? lowered : undefined;
  const hits = cueHits(article.text, lower, cues);
  let h = 0;
  for (const passage of passages) {
    while (h < hits.length && hits[h] < passage.start) h++;
    if (h >= hits.length || hits[h] >= passage.end) continue; // no cue can start in this sentence
    const inPassage = byPassage.get(passage.id) ?? [];
    const words = splitWords(article.text, passage.start, passage.end, joinsPlaces(article.text, inPassage, conjunctionWords), lower);
    openClauses(words, cues);
    const spans = locatePlaces(words, inPassage);
    const found = findCues(words, spans, cues);
    if (found.length === 0) continue; // most sentences tell no event: nothing more to work out
    const owner: number[] = new Array<number>(words.length).fill(-1); // which place (index) or cue (-2) a word belongs to
    for (const c of found) owner.fill(-2, c.first, c.last + 1);
    spans.forEach((p, k) => owner.fill(k, p.first, p.last + 1));
    const clauseHasOtherWords: number[] = new Array<number>(words[words.length - 1].clause + 1).fill(0);
    for (let i = 0; i < words.length; i++) if (owner[i] < 0) clauseHasOtherWords[words[i].clause] = 1;
    const places = spans as PlaceInText[];
    places.forEach((p, k) => {
      p.role = placeRole(words, p.first, p.last, cues, (i) => owner[i] !== -1 && owner[i] !== k, capitalisedNouns, (i) => owner[i] >= 0 && owner[i] !== k);
      p.alone = clauseHasOtherWords[p.clause] === 0;
    });
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
      let chosen = cue.anaphoric ? [] : placeBeforeWhere(cue, places, words, cues);
      if (chosen.length === 0) chosen = placesInClause(cue, places, found, words, cues, clausesWithCues, facts);
      if (chosen.length === 0 && !cue.anaphoric) chosen = sceneInEarlierClause(cue, places, words, clausesWithCues, kindOf);
      const clauseNamesPlace = places.some((p) => p.clause === cue.clause);
      if (chosen.length === 0 && !cue.anaphoric && !clauseNamesPlace) chosen = placeInReport(cue, places, words, clausesWithCues, cues, kindOf);
      if (chosen.length > 0) chosen = withEnclosingRegions(chosen, places, cue.clause, facts);
      if (chosen.length === 0) chosen = lastPlaces.get(cue.type) ?? [];
      for (const place of chosen) emit(cue, place);
      if (chosen.length > 0) lastPlaces.set(cue.type, chosen);
    }
  }
  return events;
}

// Same word definition as `words.ts`; kept separate because this scan must stay as cheap as plain tokenising.
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu;

/**
 * Offsets of the words that may start a cue, in order: one cheap pass over the whole article. Most sentences tell
 * no event, and the classifier skips them without splitting them into words.
 */
function cueHits(text: string, lower: string | undefined, cues: CompiledCues): number[] {
  const hits: number[] = [];
  const scanned = lower ?? text;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(scanned); m; m = WORD.exec(scanned)) {
    if (cues.cues.mayStartWith(lower === undefined ? m[0].toLowerCase() : m[0])) hits.push(m.index);
  }
  return hits;
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
  return (before, after) => {
    const second = mentions.find((m) => m.start === after);
    if (second === undefined || !mentions.some((m) => m.end === before)) return false;
    const next = /^\s*(?:(,)|([\p{L}\p{M}]+))/u.exec(text.slice(second.end, second.end + 40));
    return next !== null && (next[1] !== undefined || conjunctions.has(next[2].toLowerCase()));
  };
}

/**
 * "На Дніпропетровщині внаслідок обстрілу Нікополя": a region named in the clause that holds the event's city is a
 * place of the event too.
 */
function withEnclosingRegions(chosen: string[], places: readonly PlaceInText[], clause: number, facts: PlaceFacts): string[] {
  const parents = new Set(chosen.map((place) => facts.parentOf(place)));
  const regions = places.filter((p) => p.clause === clause && p.role !== 'elsewhere' && parents.has(p.place) && !chosen.includes(p.place));
  return regions.length > 0 ? [...chosen, ...regions.map((p) => p.place)] : chosen;
}

/** Where each mention lies in the passage's words. */
function locatePlaces(words: readonly Word[], mentions: readonly Mention[]): Omit<PlaceInText, 'role' | 'alone'>[] {
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
function openClauses(words: Word[], cues: CompiledCues): void {
  let shift = 0;
  let previous = -1;
  for (let i = 0; i < words.length; i++) {
    const original = words[i].clause;
    if (i > 0 && original === previous && cues.clauseOpeners.matches(words, i)) shift++;
    previous = original;
    words[i].clause = original + shift;
  }
}

function findCues(words: readonly Word[], places: readonly Omit<PlaceInText, 'role' | 'alone'>[], cues: CompiledCues): Cue[] {
  const inPlaceName: boolean[] = new Array<boolean>(words.length).fill(false);
  for (const p of places) inPlaceName.fill(true, p.first, p.last + 1);
  const found: Cue[] = [];
  for (let i = 0; i < words.length; i++) {
    if (inPlaceName[i]) continue;
    if (!cues.cues.matches(words, i)) continue;
    for (const match of cues.cues.matchAt(words, i)) {
      const last = i + match.length - 1;
      const clause = words[i].clause;
      found.push({
        type: match.value,
        first: i,
        last,
        clause,
        text: i === last ? words[i].lower : words.slice(i, last + 1).map((x) => x.lower).join(' '),
        negated: isNegated(words, i, last, cues),
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
function refersBack(words: readonly Word[], cueFirst: number, inPlaceName: readonly boolean[], cues: CompiledCues): boolean {
  let counted = 0;
  for (let i = cueFirst - 1; i >= 0 && counted < ANAPHORIC_BEFORE && cueFirst - i <= REACH; i--) {
    if (words[i].clause !== words[cueFirst].clause) break;
    if (inPlaceName[i] || cues.conjunctions.matches(words, i)) continue;
    if (cues.anaphoric.matches(words, i)) return true;
    counted++;
  }
  return false;
}

/**
 * Whether a negation stands close to the cue in its clause: "no strikes", "удари не е имало", "nie było ataków".
 * Looking back stops at an "after / during" word: in "no casualties after the strike" the "no" denies the casualties.
 */
function isNegated(words: readonly Word[], first: number, last: number, cues: CompiledCues): boolean {
  const clause = words[first].clause;
  for (let i = first - 1; i >= Math.max(0, first - NEGATION_BEFORE) && words[i].clause === clause; i--) {
    if (cues.anaphoric.matches(words, i)) break;
    if (cues.negations.matches(words, i)) return true;
  }
  for (let i = last + 1; i <= Math.min(words.length - 1, last + NEGATION_AFTER) && words[i].clause === clause; i++) {
    if (cues.negations.matches(words, i)) return true;
  }
  return false;
}

/**
 * Step 4, continued: "Explosions were heard overnight, officials in Kharkiv said", "…, сообщил мэр Харькова". The
 * clause that attributes the report, if it follows the cue's clause, names where it happened when it names a city or
 * region (a country there is the speaker's state: "…, Russia's defence ministry said").
 */
function placeInReport(cue: Cue, places: readonly PlaceInText[], words: readonly Word[], clausesWithCues: ReadonlySet<number>, cues: CompiledCues, kindOf: KindOf): string[] {
  const last = words[words.length - 1].clause;
  for (let clause = cue.clause + 1; clause <= Math.min(last, cue.clause + 3); clause++) {
    if (clausesWithCues.has(clause)) return [];
    let reports = false;
    for (let i = 0; i < words.length && !reports; i++) reports = words[i].clause === clause && cues.reportingVerbs.matches(words, i);
    if (!reports) continue;
    const local = places.find((p) => p.clause === clause && p.role !== 'elsewhere' && kindOf(p.place) !== 'country');
    return local ? [local.place] : [];
  }
  return [];
}

/** Step 2/3 of the rule: the cue's place in its own clause. */
function placesInClause(cue: Cue, places: readonly PlaceInText[], found: readonly Cue[], words: readonly Word[], cues: CompiledCues, clausesWithCues: ReadonlySet<number>, facts: PlaceFacts): string[] {
  const otherTypeBetween = (lo: number, hi: number) => found.some((c) => c.type !== cue.type && c.first > lo && c.first < hi);
  const same = places.filter((p) => p.clause === cue.clause);

  // After the cue: the first place at the scene, or the cue's object right after it.
  for (let k = 0; k < same.length; k++) {
    const p = same[k];
    if (p.first <= cue.last) continue;
    const gap = p.first - cue.last - 1;
    if (gap > REACH || (cue.anaphoric && contentWords(words, cue.last + 1, p.first - 1, cues) > ANAPHORIC_REACH) || otherTypeBetween(cue.last, p.first)) break;
    const object = (p.role === 'bare' || (p.role === 'qualifier' && behaviourOf(cue.type).bareObjectReach > 0)) && isObject(words, cue, p, cues);
    if (p.role === 'scene' || object) return [...withListed(same, k, +1, words, cues), ...apposition(cue, places, words, cues, clausesWithCues)];
  }
  // Before the cue: the nearest place at the scene; else, where the language puts objects first, the one right before it.
  // A cue that refers back takes only a scene before it: "Kyjivo srityje po smūgio … kilo gaisras".
  let adjacent = -1;
  for (let k = same.length - 1; k >= 0; k--) {
    const p = same[k];
    if (p.last >= cue.first) continue;
    const gap = cue.first - p.last - 1;
    if (gap > REACH || otherTypeBetween(p.last, cue.first)) break;
    if (p.role === 'scene') return withListed(same, k, -1, words, cues);
    if (cue.anaphoric) continue;
    const opensClause = p.first === 0 || words[p.first - 1].clause !== p.clause; // the subject, in V2 or SVO order
    const adjunct = gap === 0 && p.first > 0 && cues.adjunctDeterminers.matches(words, p.first - 1); // "the Vilnius summit"
    // A city or region (not a capital) right before the cue is what it happened to, not who did it: "Харків обстріляли".
    const local = gap === 0 && facts.kindOf(p.place) !== 'country' && facts.kindOf(p.place) !== 'border' && !facts.isCapital(p.place);
    // Verb-last clauses put the object anywhere in the middle: "… hat in der Nacht Charkiw mit Drohnen angegriffen".
    const middle = cues.placeBeforeCue === 'notFirst' && !opensClause && gap <= VERB_LAST_REACH;
    const object = adjunct || local || middle || (gap === 0 && cues.placeBeforeCue === 'any');
    if (adjacent < 0 && p.role !== 'elsewhere' && (object || isPassive(words, p.last + 1, cue.first - 1, cues))) adjacent = k;
  }
  return adjacent >= 0 ? withListed(same, adjacent, -1, words, cues) : [];
}

/** Step 4: a clause opened by "where" happens at the place that ends the clause before it. */
function placeBeforeWhere(cue: Cue, places: readonly PlaceInText[], words: readonly Word[], cues: CompiledCues): string[] {
  let start = cue.first;
  while (start > 0 && words[start - 1].clause === cue.clause) start--;
  if (start === 0 || !cues.whereWords.matches(words, start)) return [];
  const before = places.filter((p) => p.clause === words[start - 1].clause && p.last >= start - 2 && p.role !== 'elsewhere');
  return before.length > 0 ? [before[before.length - 1].place] : [];
}

/**
 * A clause right after the cue's that opens with a preposition of place and tells of no other event adds places
 * to it: "pratybas Gardino srityje, netoli sienos su Lietuva", "strikes on Kharkiv, near the Russian border".
 */
function apposition(cue: Cue, places: readonly PlaceInText[], words: readonly Word[], cues: CompiledCues, clausesWithCues: ReadonlySet<number>): string[] {
  const next = cue.clause + 1;
  if (clausesWithCues.has(next)) return [];
  const start = words.findIndex((w) => w.clause === next);
  if (start < 0) return [];
  const opening = cues.prepositions.matchAt(words, start).find((m) => m.value);
  if (!opening) return [];
  const inNext = places.filter((p) => p.clause === next);
  const k = inNext.findIndex((p) => p.role === 'scene' && p.first - start <= GOVERNING_SPAN);
  return k >= 0 ? withListed(inNext, k, +1, words, cues) : [];
}

/** The place at index k plus the places listed with it ("Kharkiv, Odesa and Lviv"), walking in `direction`. */
function withListed(same: readonly PlaceInText[], k: number, direction: 1 | -1, words: readonly Word[], cues: CompiledCues): string[] {
  const chosen = [same[k].place];
  let edge = same[k];
  for (let j = k + direction; j >= 0 && j < same.length; j += direction) {
    const q = same[j];
    if (q.first === edge.first) { chosen.push(q.place); continue; } // one span naming two places (a border phrase)
    const [lo, hi] = direction > 0 ? [edge.last, q.first] : [q.last, edge.first];
    const listed = hi - lo > 1 ? joinedByConjunction(words, lo + 1, hi - 1, cues) : words[hi].listed;
    // "Shebekino in Belgorod Oblast": the place that locates the chosen one shares its event.
    const locating = direction > 0 && q.role === 'scene' && hi - lo - 1 <= 2 && onlyPrepositionsOfPlace(words, lo + 1, hi - 1, cues);
    if (q.role === 'elsewhere' || !(listed || locating)) break;
    chosen.push(q.place);
    edge = q;
  }
  return chosen;
}

/** Words between two positions that are not prepositions of place or nouns such as "capital". */
function contentWords(words: readonly Word[], from: number, to: number, cues: CompiledCues): number {
  let n = 0;
  for (let i = from; i <= to; i++) if (!cues.placeNouns.matches(words, i) && !cues.prepositions.matches(words, i)) n++;
  return n;
}

/** "Kharkiv was shelled", "Харьков подвергся ракетному удару": a passive marker and at most one other word between place and cue. */
function isPassive(words: readonly Word[], from: number, to: number, cues: CompiledCues): boolean {
  if (to < from || to - from > 2) return false;
  let markers = 0;
  for (let i = from; i <= to; i++) if (cues.passiveMarkers.matches(words, i)) markers++;
  return markers > 0 && to - from + 1 - markers <= 1;
}

/**
 * A bare place after the cue is its object when the words between are only nouns such as "city", "capital"
 * ("обстреляли город Харьков"), plus as many other words as the event type allows (see `eventTypes.ts`).
 */
function isObject(words: readonly Word[], cue: Cue, place: PlaceInText, cues: CompiledCues): boolean {
  let others = 0;
  for (let i = cue.last + 1; i < place.first; i++) if (!cues.placeNouns.matches(words, i)) others++;
  return others <= behaviourOf(cue.type).bareObjectReach;
}

function onlyPrepositionsOfPlace(words: readonly Word[], from: number, to: number, cues: CompiledCues): boolean {
  if (to < from) return false;
  for (let i = from; i <= to; i++) if (!cues.prepositions.matchAt(words, i).some((m) => m.value)) return false;
  return true;
}

/** "Kharkiv and Odesa", "в Киеве и в Одессе": a conjunction, and nothing else but prepositions of place. */
function joinedByConjunction(words: readonly Word[], from: number, to: number, cues: CompiledCues): boolean {
  let conjunction = false;
  for (let i = from; i <= to; i++) {
    if (cues.conjunctions.matches(words, i)) conjunction = true;
    else if (!cues.prepositions.matchAt(words, i).some((m) => m.value)) return false;
  }
  return conjunction;
}

/**
 * Step 4: the nearest place of an earlier clause without a cue of its own that sets the scene: governed by a
 * preposition of place ("In Kharkiv, …"), or an attribute of the speaker ("Губернатор Курской области сообщил,
 * что беспилотники атаковали …", Latvian genitive "Harkivas mērs"). A place that opens its clause is its subject
 * ("Русия обяви, че …"): it tells who speaks, not where things happen.
 */
function sceneInEarlierClause(cue: Cue, places: readonly PlaceInText[], words: readonly Word[], clausesWithCues: ReadonlySet<number>, kindOf: KindOf): string[] {
  let attribute: string | undefined;
  for (let k = places.length - 1; k >= 0; k--) {
    const p = places[k];
    if (p.clause >= cue.clause || cue.first - p.last > REACH || clausesWithCues.has(p.clause)) continue;
    if (p.role === 'scene' || p.alone) return [p.place];
    const opensClause = p.first === 0 || words[p.first - 1].clause !== p.clause;
    const local = kindOf(p.place) !== 'country'; // a national body (ministry, army, president) speaks for the actor
    if (attribute === undefined && local && (p.role === 'qualifier' || (p.role === 'bare' && !opensClause))) attribute = p.place;
  }
  return attribute !== undefined ? [attribute] : [];
}
