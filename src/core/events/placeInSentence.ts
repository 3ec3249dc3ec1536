// Step 4 of the rule (see classifyArticle.ts): the place of a cue whose own clause gives none.
import type { CompiledCues } from './compiledCues';
import type { Cue, KindOf, PlaceInText } from './model';
import { REACH } from './model';
import type { Word } from './words';
import { inOfficialTitle, titleAfter, walkList } from './placeInClause';
import { behaviourOf } from './eventTypes';

const OPENING_QUOTE = /[«„“"]/u;
const CLOSING_QUOTE = /[»“”"]/u;

function clauseReports(clause: number, words: readonly Word[], cues: CompiledCues): boolean {
  return words.some((w, i) => w.clause === clause && cues.reportingVerbs.matches(words, i));
}

function opensWithRelative(clause: number, words: readonly Word[], cues: CompiledCues): boolean {
  const start = words.findIndex((w) => w.clause === clause);
  // Not the sentence's first clause: German "Der Gouverneur des Gebiets Kursk" opens with an article that is also a relative word.
  return start > 0 && cues.relativeWords.matches(words, start);
}

/** Step 4: a clause opened by "where" happens at the place that ends the clause before it. */
export function placeBeforeWhere(cue: Cue, places: readonly PlaceInText[], words: readonly Word[], cues: CompiledCues): string[] {
  let start = cue.first;
  while (start > 0 && words[start - 1].clause === cue.clause) start--;
  if (start === 0 || !cues.whereWords.matches(words, start)) return [];
  // "…, kur Viļņā tikās ar …": a clause that opens on its own scene does not need the place before it (but "wo er
  // die in Litauen stationierten Soldaten besucht" is still in Vilnius).
  if (places.some((p) => p.clause === cue.clause && p.role === 'scene' && p.first <= start + 2)) return [];
  // "atbrauca no Varšavas, kur … bija pārrunājis": the place before "where" is its place, whatever its own role there.
  const before = places.filter((p) => p.clause === words[start - 1].clause && p.last >= start - 2);
  if (before.length === 0) return [];
  // "в районы вблизи границы с Польшей и Литвой, где проводятся учения": a country named as a side of a border is
  // part of the border phrase, and the border is the place before "where".
  const last = before[before.length - 1];
  const borders = bordersSidedBy(last, places, start);
  if (borders.length > 0) return borders;
  // "Rēzeknes un Daugavpils apkārtnē, kur vienības trenējas": the list the place closes; and a scene the clause
  // names further on ("Sumu apgabala, kur droni trāpīja apakšstacijai Šostkā").
  const same = places.filter((p) => p.clause === last.clause);
  const own = places.filter((p) => p.clause === cue.clause && p.role === 'scene' && p.first > cue.last).map((p) => p.place);
  return [...walkList(same, same.indexOf(last), -1, words, cues), ...own];
}

/**
 * "Okhtyrka, which was hit twice last week, …", "Ізмаїл, який уже неодноразово атакували": a relative clause right
 * after a town or region, naming no place of its own, tells what happened to it, for the types whose local subject
 * is their target (strikes; "Russia, which launched 400 drones" is the attacker).
 */
export function placeBeforeRelative(cue: Cue, places: readonly PlaceInText[], words: readonly Word[], cues: CompiledCues, kindOf: KindOf): string[] {
  if (!behaviourOf(cue.type).localSubjectIsTarget) return [];
  let start = cue.first;
  while (start > 0 && words[start - 1].clause === cue.clause) start--;
  if (start === 0 || !cues.relativeWords.matches(words, start) || places.some((p) => p.clause === cue.clause)) return [];
  // German "die", "der" are articles too: "von der besetzten Krim, die Marschflugkörper wurden … abgefeuert".
  if (start + 1 < words.length && words[start + 1].capitalised) return [];
  const same = places.filter((p) => p.clause === words[start - 1].clause);
  const k = same.findIndex((p) => p.last === start - 1);
  if (k < 0 || kindOf(same[k].place) === 'country' || kindOf(same[k].place) === 'border') return [];
  // "Никополь и Марганец, которые … обстреливают": the relative clause is about the whole list before it.
  return walkList(same, k, -1, words, cues).filter((place) => kindOf(place) !== 'country' && kindOf(place) !== 'border');
}

/** How many passive markers and adverbs may open the clause of the verb before the cue ("has been hit repeatedly"). */
const PASSIVE_OPENING = 3;

/**
 * "Nikopol, which Russian artillery shells almost daily …, was hit again overnight", "The city of Kharkiv, close to
 * the border with Russia, has been hit repeatedly": a town or region that alone opens the sentence is the subject of
 * a passive verb that opens a later clause, past the clauses set off between them (for the types whose local
 * subject is their target).
 */
export function subjectAcrossApposition(cue: Cue, places: readonly PlaceInText[], words: readonly Word[], cues: CompiledCues, kindOf: KindOf): string[] {
  // (a place in the cue's clause that is no scene, "Krievijas artilērija", leaves it without one)
  if (!behaviourOf(cue.type).localSubjectIsTarget || cue.clause === 0 || places.some((p) => p.clause === cue.clause && p.role !== 'elsewhere')) return [];
  let start = cue.first;
  while (start > 0 && words[start - 1].clause === cue.clause) start--;
  const passive = (i: number) => cues.passiveMarkers.matches(words, i) || cues.perfectAuxiliaries.matches(words, i);
  // Where objects may come first, the town may be the object of an active verb, in its case: "Nikopoli, kas atrodas
  // Dņepras krastā, visu dienu apšaudīja Krievijas artilērija" (Nikopol … was shelled all day by Russian artillery).
  const objectFirst = cues.placeBeforeCue === 'any' && cues.objectEndings.length > 0;
  if (cue.first - start > PASSIVE_OPENING) return [];
  if (!objectFirst) {
    if (start === cue.first || !passive(start)) return [];
    for (let i = start; i < cue.first; i++) if (!passive(i)) return [];
  }
  // The first clause (after a live blog's time stamp, "09:05 - Nikopol, which …"): the place alone, with an article
  // and nouns such as "the city of" before it; or the clause right before the relative clauses that set the place
  // off, after a conjunction ("…, savukārt Nikopoli, kas atrodas …, apšaudīja …").
  let opening = 0;
  let described = cue.clause - 1;
  while (described > 0 && opensWithRelative(described, words, cues)) described--;
  if (described < cue.clause - 1 && described > 0) {
    opening = words.findIndex((w) => w.clause === described);
    while (opening < words.length && (cues.conjunctions.matches(words, opening) || cues.contrastiveConjunctions.matches(words, opening))) opening++;
  } else {
    while (opening < words.length && /^\d+$/u.test(words[opening].lower)) opening++;
    if (opening >= words.length || (opening > 0 && words[opening].clause === words[opening - 1].clause)) return [];
  }
  if (opening >= words.length) return [];
  const clause = words[opening].clause;
  const first = places.filter((p) => p.clause === clause);
  if (clause >= cue.clause || first.length !== 1 || first[0].role === 'elsewhere' || kindOf(first[0].place) === 'country' || kindOf(first[0].place) === 'border') return [];
  const end = words.findIndex((w) => w.clause === clause + 1);
  if (end < 0 || first[0].last !== end - 1) return [];
  for (let i = opening; i < first[0].first; i++) if (!cues.articles.matches(words, i) && !cues.placeNouns.matches(words, i)) return [];
  if (objectFirst && !cues.objectEndings.some((ending) => words[first[0].last].lower.endsWith(ending)) && !(start < cue.first && passive(start))) return [];
  return [first[0].place];
}

/**
 * "pārbaudi Vitebskas apgabalā, kur mehanizētās vienības izvērstas pie robežas ar Latviju un Lietuvu": a clause
 * opened by "where" right after the event's place, or one that is only a phrase of place, telling no event of its own,
 * adds the scene it sets (a border rather than the countries that are its sides), for the types that spread so
 * (`spreadsToWhere`).
 */
export function sceneAfterWhere(chosen: readonly string[], cue: Cue, places: readonly PlaceInText[], words: readonly Word[], cues: CompiledCues, clausesWithCues: ReadonlySet<number>): string[] {
  if (!behaviourOf(cue.type).spreadsToWhere) return [];
  // the chosen place may stand in a clause after the cue's ("pārbaudi valsts ziemeļos, Vitebskas apgabalā, kur …")
  const at = places.filter((p) => p.clause >= cue.clause && chosen.includes(p.place));
  if (at.length === 0) return [];
  const last = at[at.length - 1];
  const next = last.clause + 1;
  if (clausesWithCues.has(next)) return [];
  const start = words.findIndex((w) => w.clause === next);
  // (a phrase of place that leads into a clause telling an event of its own is that event's: "…, у Житомирі — наслідки атаки")
  if (start < 0 || start - last.last > 3 || !(cues.whereWords.matches(words, start) || (isPlacePhrase(next, start, words, cues) && !clausesWithCues.has(next + 1)))) return [];
  const inNext = places.filter((p) => p.clause === next);
  const sides = new Set(inNext.filter((p) => p.place.startsWith('border:')).flatMap((p) => p.place.slice('border:'.length).split('-').map((iso) => `country:${iso}`)));
  return [...new Set(inNext.filter((p) => p.role === 'scene' && !sides.has(p.place)).map((p) => p.place))].filter((p) => !chosen.includes(p));
}

/**
 * A clause that is nothing but a phrase of place, opened by a preposition of place: "drills in northern Finland, near
 * the border with Russia" adds the border to the drills' scene.
 */
function isPlacePhrase(clause: number, start: number, words: readonly Word[], cues: CompiledCues): boolean {
  let end = start;
  while (end < words.length && words[end].clause === clause) end++;
  return end - start <= PLACE_PHRASE && cues.prepositions.matchAt(words, start).some((m) => m.value);
}

/** The borders of `side`'s clause that list it, or a country named after them before `end`, as one of their sides. */
function bordersSidedBy(side: PlaceInText, places: readonly PlaceInText[], end: number): string[] {
  if (!side.place.startsWith('country:')) return [];
  const isoOf = (p: PlaceInText) => p.place.slice('country:'.length);
  return places
    .filter((b) => b.clause === side.clause && b.place.startsWith('border:') && b.last <= side.last)
    .filter((b) => {
      const sides = b.place.slice('border:'.length).split('-');
      return places.some((c) => c.clause === side.clause && c.first > b.last && c.last < end && c.place.startsWith('country:') && sides.includes(isoOf(c)));
    })
    .map((b) => b.place);
}

/**
 * Step 4: the nearest place of an earlier clause without a cue of its own that sets the scene: governed by a
 * preposition of place ("In Kharkiv, …"), or an attribute of the speaker ("Губернатор Курской области сообщил,
 * что беспилотники атаковали …", Latvian genitive "Harkivas mērs"). A place that opens its clause is its subject
 * ("Русия обяви, че …"): it tells who speaks, not where things happen. `onlyHeadline`: for a cue that refers back,
 * only a place standing alone ("Харків: внаслідок удару …").
 */
export function sceneInEarlierClause(cue: Cue, places: readonly PlaceInText[], words: readonly Word[], clausesWithCues: ReadonlySet<number>, kindOf: KindOf, isCapital: (place: string) => boolean, text: string, cues: CompiledCues, onlyHeadline = false, speakerToo = true): string[] {
  let attribute: string | undefined;
  for (let k = places.length - 1; k >= 0; k--) {
    const p = places[k];
    // "Kharkiv Mayor Ihor Terekhov said a missile hit …": with no "that", the speaker's title is in the cue's own clause.
    if (p.clause === cue.clause && p.last < cue.first && speakerToo && attribute === undefined && titledSpeakerBefore(p, cue, words, cues, kindOf)) attribute = p.place;
    if (p.clause >= cue.clause || cue.first - p.last > REACH || clausesWithCues.has(p.clause)) continue;
    // A relative clause describes the place before it ("Ļvivā, kas atrodas 70 km no Polijas robežas, sprādzieni …").
    if (opensWithRelative(p.clause, words, cues)) continue;
    // A quotation opened since then is someone's words; the place before it is where they were said ("В София
    // министерството осъди „поредната атака срещу …“").
    if (OPENING_QUOTE.test(text.slice(words[p.last].end, words[cue.first].start))) break;
    if (onlyHeadline) { if (p.alone) return [p.place]; continue; }
    // "У Мінську запевняють, що навчання …": a capital named where someone speaks is where it is said.
    if (p.role === 'scene' && (isCapital(p.place) || kindOf(p.place) === 'country') && clauseReports(p.clause, words, cues)) continue;
    // A border phrase naming two borders ("вблизи границ с Литвой и Латвией") is one span: both are its scene.
    const sameSpan = places.filter((q) => q !== p && q.first === p.first).map((q) => q.place);
    // … and so do the places listed with it, when its clause is nothing but the phrase of place: "Latvijas austrumos,
    // Daugavpils un Rēzeknes apkārtnē, … noslēdzās mācības" (not "The ministers of Finland, Sweden and …").
    if (p.role === 'scene' || p.alone) {
      const phraseOfPlace = p.role === 'scene' && (words.filter((w) => w.clause === p.clause).length <= PLACE_PHRASE || onlyPlacesIn(p.clause, places, words, cues));
      const listed = phraseOfPlace ? walkList(places, k, -1, words, cues).filter((place) => place !== p.place && !sameSpan.includes(place)) : [];
      return [...sameSpan, p.place, ...listed, ...stackedScenes(p, places, words, clausesWithCues, cues)];
    }
    const opensClause = p.first === 0 || words[p.first - 1].clause !== p.clause;
    // A national body (ministry, army, president) speaks for the actor; a border is no speaker's attribute.
    const local = kindOf(p.place) !== 'country' && kindOf(p.place) !== 'border';
    // "Kharkiv Mayor Ihor Terekhov said that …": a place opening its clause is the speaker's attribute when a title follows it.
    // … and so is one in the title of whom the report is attributed to: "По словам губернатора Брянской области, …".
    if (attribute === undefined && local && (p.role === 'qualifier' || (p.role === 'bare' && (!opensClause || titleAfter(p, words, cues))) || (p.role === 'elsewhere' && (inOfficialTitle(p, words, cues) || titleAfter(p, words, cues))))) attribute = p.place;
  }
  return attribute !== undefined && speakerToo ? [attribute] : [];
}

/** How many words after the place its title and the title holder's name may take before the verb of reporting: "Kharkiv Mayor Ihor Terekhov said". */
const TITLE_AND_NAME = 6;

/** A city or region with an official's title after it, then the title holder's verb of reporting, before the cue in its clause. */
function titledSpeakerBefore(p: PlaceInText, cue: Cue, words: readonly Word[], cues: CompiledCues, kindOf: KindOf): boolean {
  if (p.role === 'elsewhere' || kindOf(p.place) === 'country' || kindOf(p.place) === 'border' || !titleAfter(p, words, cues)) return false;
  for (let i = p.last + 2; i < cue.first && i <= p.last + 1 + TITLE_AND_NAME; i++) if (cues.reportingVerbs.matches(words, i)) return true;
  return false;
}

/** Whether every word of the clause is a place's, a preposition, a conjunction, an article or a noun of place. */
function onlyPlacesIn(clause: number, places: readonly PlaceInText[], words: readonly Word[], cues: CompiledCues): boolean {
  for (let i = 0; i < words.length; i++) {
    if (words[i].clause !== clause || places.some((q) => q.first <= i && i <= q.last)) continue;
    if (!cues.prepositions.matches(words, i) && !cues.conjunctions.matches(words, i) && !cues.articles.matches(words, i) && !cues.placeNouns.matches(words, i)) return false;
  }
  return true;
}

/** How many words a clause made of nothing but a phrase of place may have ("вдоль границы с Белоруссией"). */
const PLACE_PHRASE = 6;

/**
 * The scenes of the short clauses right before the one chosen, when each is nothing but a phrase of place: "в Подляском
 * и Люблинском воеводствах, вдоль границы с Белоруссией, проходят учения" is in both regions and at the border.
 */
function stackedScenes(chosen: PlaceInText, places: readonly PlaceInText[], words: readonly Word[], clausesWithCues: ReadonlySet<number>, cues: CompiledCues): string[] {
  const out: string[] = [];
  for (let clause = chosen.clause - 1; clause >= 0 && !clausesWithCues.has(clause); clause--) {
    let first = -1;
    let last = -1;
    for (let i = 0; i < words.length; i++) if (words[i].clause === clause) (first = first < 0 ? i : first), (last = i);
    if (first < 0) break;
    const inClause = places.filter((p) => p.clause === clause);
    const scenes = inClause.filter((p) => p.role === 'scene' || (p.role === 'bare' && inClause.some((q) => q.role === 'scene' && q.first < p.first)));
    if (scenes.length === 0 || scenes.length < inClause.filter((p) => p.role !== 'elsewhere').length) break;
    // The phrase of place runs from its preposition to the end of the clause; before it only "that" and a time phrase.
    const start = scenes[0].first - 1;
    if (last - start + 1 > PLACE_PHRASE) break;
    let opening = true;
    for (let i = first; i < start && opening; i++) {
      opening = cues.clauseOpeners.matches(words, i) || cues.timeWords.matches(words, i) || cues.prepositions.matches(words, i)
        || (i > first && cues.prepositions.matches(words, i - 1)); // "с понедельника"
    }
    if (!opening) break;
    for (const p of scenes) if (!out.includes(p.place) && p.place !== chosen.place) out.push(p.place);
  }
  return out;
}

/**
 * Step 4, continued: "Explosions were heard overnight, officials in Kharkiv said", "…, сообщил мэр Харькова". The
 * clause that attributes the report, if it follows the cue's clause, names where it happened when it names a city or
 * region (a country there is the speaker's state: "…, Russia's defence ministry said").
 */
export function placeInReport(cue: Cue, places: readonly PlaceInText[], words: readonly Word[], clausesWithCues: ReadonlySet<number>, cues: CompiledCues, kindOf: KindOf, text: string): string[] {
  const last = words[words.length - 1].clause;
  for (let clause = cue.clause + 1; clause <= Math.min(last, cue.clause + 3); clause++) {
    if (clausesWithCues.has(clause)) return [];
    let reports = false;
    for (let i = 0; i < words.length && !reports; i++) reports = words[i].clause === clause && cues.reportingVerbs.matches(words, i);
    if (!reports) continue;
    // "«These are routine exercises», Peskov told reporters in Moscow": whoever is quoted speaks from elsewhere.
    const start = words.findIndex((w) => w.clause === clause);
    if (CLOSING_QUOTE.test(text.slice(words[cue.last].end, words[start].start))) return [];
    const local = places.find((p) => p.clause === clause && p.role !== 'elsewhere' && kindOf(p.place) !== 'country');
    return local ? [local.place] : [];
  }
  return [];
}
