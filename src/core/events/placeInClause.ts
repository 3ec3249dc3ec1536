// Step 2 and 3 of the rule (see classifyArticle.ts): the place of a cue within its own clause.
import type { CompiledCues } from './compiledCues';
import type { EventType } from '../types';
import { behaviourOf } from './eventTypes';
import type { Cue, PlaceFacts, PlaceInText } from './model';
import { holds, REACH } from './model';
import type { Word } from './words';

/** How many words (besides prepositions and "capital", "city") a referring-back cue may look ahead for its place ("after the talks in Vilnius"). */
const ANAPHORIC_REACH = 2;
/** How far before a clause-final verb its object may stand in verb-last clauses (German). */
const VERB_LAST_REACH = 5;
/** … and before an event noun in the middle of such a clause ("hat die Ukraine mit schweren Luftangriffen überzogen"). */
const NOUN_BEFORE_VERB_REACH = 4;
/** How far a verb-last passive participle may stand from its auxiliary right after the place. */
const PASSIVE_REACH = 8;
/** How many words of a name or attributes may stand between an event noun and the relative clause about it. */
const NOUN_ATTRIBUTES = 6;
/** How far into an appositive clause ("…, near the border with Lithuania") its place may stand. */
const GOVERNING_SPAN = 4;

/** Step 2/3 of the rule: the cue's place in its own clause. */
export function placesInClause(cue: Cue, places: readonly PlaceInText[], found: readonly Cue[], words: readonly Word[], cues: CompiledCues, clausesWithCues: ReadonlySet<number>, facts: PlaceFacts, text: string): string[] {
  const chosen = placesInOwnClause(cue, places, found, words, cues, facts);
  if (chosen.length > 0) return [...hostingSubject(cue, chosen, places, words, cues, facts), ...chosen, ...apposition(cue, places, words, cues, clausesWithCues)];
  // "przed szczytem Rady Europejskiej, który odbędzie się w Brukseli": a relative clause tells of the event referred
  // to, even one reacted to ("criticised the drills that … troops began this week in northern Finland").
  return relativeClause(cue, places, words, cues, clausesWithCues, text);
}

/** How many words may stand between a hosting subject and the cue ("Estonia began snap military drills"). */
const HOST_REACH = 4;

/**
 * The country that opens the cue's clause as its subject, for event types whose subject hosts them (see
 * `eventTypes.ts`), when the event is placed at a border of that country: "Польща розпочала навчання біля кордону з
 * Білоруссю" is in Poland too, since a border alone does not say on which side. A city or region already says
 * where ("Belarus stages exercises near Brest" is at Brest), and "Russia began drills near the Lithuanian-Belarusian
 * border" is not in Russia.
 */
function hostingSubject(cue: Cue, chosen: readonly string[], places: readonly PlaceInText[], words: readonly Word[], cues: CompiledCues, facts: PlaceFacts): string[] {
  if (!behaviourOf(cue.type).subjectHosts || cue.anaphoric) return [];
  const subject = places.find((p) => p.clause === cue.clause && p.last < cue.first && p.role === 'bare' && facts.kindOf(p.place) === 'country');
  if (subject === undefined || chosen.includes(subject.place)) return [];
  const start = subject.first > 0 && words[subject.first - 1].clause === subject.clause && cues.articles.matches(words, subject.first - 1) ? subject.first - 1 : subject.first;
  // It opens its clause, perhaps after the word that opens it ("…, as Estonia began drills").
  const opener = start > 0 && words[start - 1].clause === subject.clause ? start - 1 : -1;
  if (opener >= 0 && ((opener > 0 && words[opener - 1].clause === subject.clause) || !(cues.clauseOpeners.matches(words, opener) || cues.conjunctions.matches(words, opener)))) return [];
  if (places.some((p) => p.clause === cue.clause && p.first > subject.last && p.last < cue.first)) return [];
  if (cue.first - subject.last - 1 > HOST_REACH) return [];
  for (let i = subject.last + 1; i < cue.first; i++) if (cues.negations.matches(words, i) || cues.reportingVerbs.matches(words, i)) return [];
  const iso = facts.countriesOf(subject.place)[0];
  return chosen.every((place) => facts.kindOf(place) === 'border' && facts.countriesOf(place).includes(iso)) ? [subject.place] : [];
}

/** Whether an odd number of quotation marks stands between `from` and `to`: `to` lies inside a quotation. */
function insideQuotation(text: string, from: number, to: number): boolean {
  let marks = 0;
  for (let i = from; i < to; i++) if (QUOTE_MARKS.has(text.charCodeAt(i))) marks++;
  return marks % 2 === 1;
}

const QUOTE_MARKS = new Set([...'"«»„“”'].map((c) => c.charCodeAt(0)));

/** A capitalised word with lower-case letters after its first (a name: "Путин"; not "НАТО", not "учение"). */
function isPersonLike(word: Word, text: string): boolean {
  const s = text.slice(word.start, word.end);
  return word.capitalised && s.length > 1 && s.slice(1) !== s.slice(1).toUpperCase();
}

/** Whether a quotation opened between `from` and `to` is still open at `to` (a quoted name: „Black Sea Shield“). */
function insideQuote(text: string, from: number, to: number): boolean {
  const between = text.slice(from, to);
  return /[«„“"][^»“”"]*$/u.test(between);
}

/**
 * "Учения, которые проходят в Брестской области, продлятся неделю", "The exercise, which is taking place near
 * Brest, …": a relative clause right after the event noun, with no cue of its own, tells where it happens.
 */
function relativeClause(cue: Cue, places: readonly PlaceInText[], words: readonly Word[], cues: CompiledCues, clausesWithCues: ReadonlySet<number>, text: string): string[] {
  // The relative word follows the noun, or its name and attributes ("учение на НАТО „Black Sea Shield 2025“, което …").
  let start = cue.last + 1;
  while (start < words.length && words[start].clause === cue.clause && start - cue.last <= NOUN_ATTRIBUTES) start++;
  // A partner between them ("a joint exercise with Russia that was held across Belarus") does not take the relative word.
  if (places.some((p) => p.first > cue.last && p.first < start && p.role !== 'elsewhere')) return [];
  // After a person's name the relative word is about the person ("посещение на президента Владимир Путин, който …").
  const inPlace = (i: number) => places.some((p) => p.first <= i && i <= p.last);
  // A person is a capitalised word right before the relative word or next to another ("Владимир Путин"); one capitalised
  // word among lower-case ones heads an organisation's name ("заседании Совета коллективной безопасности ОДКБ, которое …").
  const personAt = (i: number) => isPersonLike(words[i], text) && (i + 1 === start || (i + 1 < start && isPersonLike(words[i + 1], text)) || (i - 1 > cue.last && isPersonLike(words[i - 1], text)));
  for (let i = cue.last + 1; i < start; i++) if (personAt(i) && !inPlace(i) && !insideQuote(text, words[cue.last].end, words[i].start)) return [];
  if (start >= words.length || words[start].clause === cue.clause || clausesWithCues.has(words[start].clause)) return [];
  if (!cues.relativeWords.matches(words, start)) return [];
  const inNext = places.filter((p) => p.clause === words[start].clause);
  // Anywhere in it: "учение на НАТО, което ще продължи до 13 юни на територията на България и Румъния".
  const k = inNext.findIndex((p) => p.role === 'scene' && p.first - start <= REACH);
  return k >= 0 ? withListed(inNext, k, +1, words, cues) : [];
}

function placesInOwnClause(cue: Cue, places: readonly PlaceInText[], found: readonly Cue[], words: readonly Word[], cues: CompiledCues, facts: PlaceFacts): string[] {
  const otherTypeBetween = (lo: number, hi: number) => found.some((c) => c.type !== cue.type && c.first > lo && c.first < hi);
  const same = places.filter((p) => p.clause === cue.clause);

  // After the cue: the first place at the scene, or the cue's object right after it.
  for (let k = 0; k < same.length; k++) {
    const p = same[k];
    if (p.first <= cue.last) continue;
    const gap = p.first - cue.last - 1;
    // What follows "agreed" is what was agreed ("agreed to fund production in Lithuania"), unless a place comes first.
    const reach = cue.agreement ? 0 : ANAPHORIC_REACH;
    if (gap > REACH || (cue.anaphoric && contentWords(words, cue.last + 1, p.first - 1, cues) > reach) || otherTypeBetween(cue.last, p.first)) break;
    // "Per naktinę ataką Rusija smogė …": after a cue that refers back, a bare country begins the next phrase.
    if (cue.anaphoric && p.role !== 'scene' && facts.kindOf(p.place) === 'country') break;
    // "virs Polijas tika notriekti vairāki Krievijas droni", "apšaudīja Krievijas artilērija": the owner of the weapon.
    if (p.role === 'qualifier' && p.last + 1 < words.length && words[p.last + 1].clause === p.clause && cues.actorNouns.matches(words, p.last + 1)) continue;
    // A participle that opens its clause, with the auxiliary after it, puts its subject later: "Getroffen wurde
    // zudem der Bahnknotenpunkt Korosten", "Ostrzelane zostały także Czuhujiw i Zołocziw".
    // (Outside German only for events that happen to a place: "Susitikime taip pat dalyvauja Švedijos atstovai".)
    const invertedPassive = p.role === 'bare' && (cues.placeBeforeCue === 'notFirst' || behaviourOf(cue.type).localSubjectIsTarget) && opensItsClause(words, cue.first) && cue.last + 1 < p.first
      && cues.passiveMarkers.matches(words, cue.last + 1) && gap <= PASSIVE_REACH;
    const object = invertedPassive || ((p.role === 'bare' || (p.role === 'qualifier' && behaviourOf(cue.type).bareObjectReach > 0)) && isObject(words, cue, p, cues));
    // A country after the cue with a scene still to come is the actor: "удар России по Киеву"; so is a country
    // right after the verb with another place after it (verb-second order: "In der Nacht griff Russland Kiew an"),
    // and a country or capital right after a verb that a phrase of time or place precedes ("Seit dem Einmarsch greift
    // Moskau die Energieinfrastruktur an").
    const placeAfter = (roles: readonly string[]) => same.some((q) => q.first > p.last && roles.includes(q.role) && !otherTypeBetween(p.last, q.first));
    const actsLikeCountry = facts.kindOf(p.place) === 'country' || facts.isCapital(p.place);
    const inverted = gap === 0 && cues.placeBeforeCue === 'notFirst' && !opensItsClause(words, cue.first) && opensWithAdverbial(words, cue.first, cues);
    const actor = object && !invertedPassive && ((facts.kindOf(p.place) === 'country'
      && (placeAfter(['scene']) || (gap === 0 && cues.placeBeforeCue === 'notFirst' && placeAfter(['bare'])))) || (actsLikeCountry && inverted));
    if (p.role === 'scene' || (object && !actor)) return withListed(same, k, +1, words, cues);
  }
  // Before the cue: the nearest place at the scene; else, where the language puts objects first, the one right before it.
  // A cue that refers back takes only a scene before it: "Kyjivo srityje po smūgio … kilo gaisras".
  // A reaction's clause names where the reaction happens ("In Berlin verurteilte Merz den Angriff").
  if (cue.reaction) return [];
  let adjacent = -1;
  for (let k = same.length - 1; k >= 0; k--) {
    const p = same[k];
    if (p.last >= cue.first) continue;
    const gap = cue.first - p.last - 1;
    if (gap > REACH || otherTypeBetween(p.last, cue.first)) break;
    if (p.role === 'scene') return withListed(same, k, -1, words, cues);
    // … or the town the clause is about: "Shostka and Konotop were left without power after strikes on substations".
    if (cue.anaphoric) {
      if (adjacent < 0 && isLocalSubject(cue, same, k, words, cues, facts)) adjacent = k;
      continue;
    }
    // The subject, in V2 or SVO order; an article may come first ("Die Ukraine griff … an").
    const start = p.first > 0 && words[p.first - 1].clause === p.clause && cues.articles.matches(words, p.first - 1) ? p.first - 1 : p.first;
    const opensClause = start === 0 || words[start - 1].clause !== p.clause;
    const adjunct = gap === 0 && p.first > 0 && cues.adjunctDeterminers.matches(words, p.first - 1); // "the Vilnius summit"
    // A city or region (not a capital) right before the cue is what it happened to, not who did it: "Харків обстріляли".
    const isLocal = facts.kindOf(p.place) !== 'country' && facts.kindOf(p.place) !== 'border' && !facts.isCapital(p.place);
    const local = (isLocal && gap === 0) || isLocalSubject(cue, same, k, words, cues, facts);
    // Verb-last clauses put the object anywhere in the middle: "… hat in der Nacht Charkiw mit Drohnen angegriffen".
    // A verb that closes its clause reaches further back than an event noun before the verb ("ihr gemeinsames
    // Großmanöver begonnen"): "hat Russland Odessa und Saporischschja mit mehr als 120 Drohnen angegriffen".
    // A list that opens the clause is its subject ("Russland und die Ukraine haben sich … angegriffen").
    const verbLast = closesItsClause(words, cue.last);
    const middle = cues.placeBeforeCue === 'notFirst' && !opensClause && (gap <= (verbLast ? VERB_LAST_REACH : NOUN_BEFORE_VERB_REACH)
      || (verbLast && afterPerfectAuxiliary(words, p, cues))) && !leadsClause(same, k, words, cues);
    // Free word order marked by case: an object may come first ("Minsku apmeklēja"), but a country in the genitive
    // before an event noun is its actor ("Rusijos ataka", "Krievijas uzbrukums"), a city or region its target.
    const inObjectCase = cues.objectEndings.length === 0 || cues.objectEndings.some((ending) => words[p.last].lower.endsWith(ending));
    const caseMarked = gap === 0 && cues.placeBeforeCue === 'any' && inObjectCase && (p.role !== 'qualifier' || facts.kindOf(p.place) !== 'country');
    const object = adjunct || local || middle || caseMarked;
    // Verb-last passives put every adverbial before the participle: "Kiew wurde in der Nacht mit Raketen angegriffen".
    const farPassive = cues.placeBeforeCue === 'notFirst' && opensClause && gap <= PASSIVE_REACH && p.last + 1 < cue.first
      && cues.passiveMarkers.matches(words, p.last + 1) && !same.some((q) => q.first > p.last && q.last < cue.first);
    if (adjacent < 0 && p.role !== 'elsewhere' && (object || farPassive || isPassive(words, p.last + 1, cue.first - 1, cues))) adjacent = k;
  }
  return adjacent >= 0 ? withListed(same, adjacent, -1, words, cues) : [];
}

/**
 * A city or region (not a capital) that opens the clause, alone or leading a list, with no speaker between, is what
 * a strike happened to: "Куп’янськ і навколишні села перебували під обстрілом", "Ізмаїл і Рені росіяни атакували
 * десятки разів", "Kharkiv came under attack" (see `localSubjectIsTarget`).
 */
function isLocalSubject(cue: Cue, same: readonly PlaceInText[], k: number, words: readonly Word[], cues: CompiledCues, facts: PlaceFacts): boolean {
  const p = same[k];
  const isLocal = facts.kindOf(p.place) !== 'country' && facts.kindOf(p.place) !== 'border' && !facts.isCapital(p.place);
  return isLocal && behaviourOf(cue.type).localSubjectIsTarget && p.role === 'bare' && leadsClause(same, k, words, cues) && !reportBetween(words, p.last + 1, cue.first - 1, cues);
}

function clauseHasReport(words: readonly Word[], clause: number, cues: CompiledCues): boolean {
  for (let i = 0; i < words.length; i++) if (words[i].clause === clause && cues.reportingVerbs.matches(words, i)) return true;
  return false;
}

/** Whether a perfect auxiliary stands shortly before the place in its clause ("hat die Ukraine", "hat Russland Odessa"). */
function afterPerfectAuxiliary(words: readonly Word[], p: PlaceInText, cues: CompiledCues): boolean {
  for (let i = p.first - 1; i >= Math.max(0, p.first - 3) && words[i].clause === p.clause; i--) if (cues.perfectAuxiliaries.matches(words, i)) return true;
  return false;
}

function closesItsClause(words: readonly Word[], i: number): boolean {
  return i + 1 >= words.length || words[i + 1].clause !== words[i].clause;
}

function opensItsClause(words: readonly Word[], i: number): boolean {
  return i === 0 || words[i - 1].clause !== words[i].clause;
}

/** Whether the clause of word i opens with a preposition or a time word (then its verb comes before its subject). */
function opensWithAdverbial(words: readonly Word[], i: number, cues: CompiledCues): boolean {
  let start = i;
  while (start > 0 && words[start - 1].clause === words[i].clause) start--;
  return cues.prepositions.matches(words, start) || cues.timeWords.matches(words, start) || cues.anaphoric.matches(words, start);
}

/** Whether the place at k, or the list it closes ("Ізмаїл і Рені"), opens its clause (an article may stand first). */
function leadsClause(same: readonly PlaceInText[], k: number, words: readonly Word[], cues: CompiledCues): boolean {
  const list = walkList(same, k, -1, words, cues);
  const first = same[k - (list.length - 1)] ?? same[k];
  const start = first.first > 0 && words[first.first - 1].clause === first.clause && cues.articles.matches(words, first.first - 1) ? first.first - 1 : first.first;
  // A reported clause may follow its verb without "that": "the governor said Shostka and Konotop were left …".
  if (start === 0 || words[start - 1].clause !== first.clause || cues.reportingVerbs.matches(words, start - 1)) return true;
  // A phrase of time may come first: "С лета Одессу обстреливают", "Ночью Харьков атаковали" (time words, and the
  // prepositions before them; not one right before the place, which would govern it).
  let before = start;
  const inPhraseOfTime = (i: number) => cues.timeWords.matches(words, i) || (i < start - 1 && cues.prepositions.matches(words, i));
  while (before > 0 && words[before - 1].clause === first.clause && inPhraseOfTime(before - 1)) before--;
  if (before < start && opensItsClause(words, before)) return true;
  // … and a conjunction or clause opener may come first: "…, а Нежин за ночь атаковали дважды".
  return opensItsClause(words, start - 1) && (cues.conjunctions.matches(words, start - 1) || cues.contrastiveConjunctions.matches(words, start - 1) || cues.clauseOpeners.matches(words, start - 1));
}

function reportBetween(words: readonly Word[], from: number, to: number, cues: CompiledCues): boolean {
  for (let i = from; i <= to; i++) if (cues.reportingVerbs.matches(words, i)) return true;
  return false;
}

/**
 * "На Дніпропетровщині внаслідок обстрілу Нікополя": a region named in the clause that holds the event's city is a
 * place of the event too.
 */
export function withEnclosingRegions(chosen: string[], places: readonly PlaceInText[], clause: number, facts: PlaceFacts, clausesWithCues: ReadonlySet<number>, words: readonly Word[], cues: CompiledCues, type?: EventType): string[] {
  if (places.length <= chosen.length) return chosen; // nothing else in the sentence could be larger
  const parents = new Set(chosen.map((place) => facts.parentOf(place)));
  // In another clause of the sentence it must set the scene and tell of no other event: "Kyjivo srityje, netoli
  // Brovarų, dronas pataikė …"; a clause that attributes the report names an official's title ("…, paziņoja Odesas
  // apgabala administrācijas vadītājs"), which is no place of the event when the city is named.
  const reported = new Map<number, boolean>();
  const reports = (c: number) => {
    let r = reported.get(c);
    if (r === undefined) reported.set(c, (r = clauseHasReport(words, c, cues)));
    return r;
  };
  // "in Anchorage, Alaska", "Odessa, Texas": the region right after its city, past a comma, locates it.
  const rightAfterCity = (p: PlaceInText) => places.some((q) => chosen.includes(q.place) && p.first === q.last + 1 && p.clause === q.clause + 1 && facts.parentOf(q.place) === p.place);
  const regions = places.filter((p) => parents.has(p.place) && !chosen.includes(p.place) && !inOfficialTitle(p, words, cues) && !titleAfter(p, words, cues)
    && (p.clause === clause ? p.role !== 'elsewhere' : (p.role === 'scene' || rightAfterCity(p)) && !clausesWithCues.has(p.clause) && !reports(p.clause)));
  // The country named as the scene, for event types that count it (see `sceneCountryToo`).
  const isos = new Set(chosen.flatMap((place) => (facts.kindOf(place) === 'country' ? [] : facts.countriesOf(place))));
  const firstChosen = Math.min(...places.filter((p) => chosen.includes(p.place)).map((p) => p.first));
  const countries = type !== undefined && behaviourOf(type).sceneCountryToo
    ? places.filter((p) => facts.kindOf(p.place) === 'country' && p.role === 'scene' && !chosen.includes(p.place)
      // named before the event's places, and not as an attribute ("ministers of Georgia … met in Tbilisi")
      && p.last < firstChosen && !(p.first > 0 && cues.placeNouns.matches(words, p.first - 1))
      && p.clause <= clause && isos.has(facts.countriesOf(p.place)[0] ?? '') && (p.clause === clause || (!clausesWithCues.has(p.clause) && !reports(p.clause))))
    : [];
  // The country in the genitive right before a chosen place names it for the same event: "in Ukraine's Poltava
  // region", "Baltarusijos Gardino srityje", "в Белгородской области России".
  // (Its region too: "near Unecha in Russia's Bryansk region".)
  const locatedPlaces = [...chosen, ...regions.map((r) => r.place)];
  const owners = places.filter((p) => facts.kindOf(p.place) === 'country' && !chosen.includes(p.place) && p.role !== 'elsewhere'
    && places.some((q) => locatedPlaces.includes(q.place) && q.clause === p.clause && ((p.role === 'qualifier' && q.first === p.last + 1) || (p.role !== 'qualifier' && p.first === q.last + 1)) && facts.kindOf(q.place) !== 'country'
      && facts.countriesOf(q.place).includes(facts.countriesOf(p.place)[0] ?? '')));
  const larger = [...regions, ...countries, ...owners].map((p) => p.place);
  return larger.length > 0 ? [...chosen, ...new Set(larger)] : chosen;
}

/**
 * "Павлоград Днепропетровской области атакуют", "Pavlohrad in the Dnipropetrovsk region came under fire": when the
 * event took the region, the town right before it that the region locates is where it happened, and is the event's too.
 * So is the place right after a region or country in the genitive that qualifies it, where the genitive comes first
 * ("apšaudīja Hersonas apgabala Berislavu", "uzbruka Krievijas Tuapses naftas pārstrādes rūpnīcai"), or after the
 * noun of place it qualifies ("Turkijos sostinėje Ankaroje", "Ukrainas galvaspilsētā Kijivā").
 */
export function withLocatedTowns(chosen: string[], places: readonly PlaceInText[], words: readonly Word[], cues: CompiledCues, facts: PlaceFacts): string[] {
  const out = [...chosen];
  for (const larger of places) {
    if (!chosen.includes(larger.place) || (larger.role !== 'qualifier' && larger.role !== 'scene')) continue;
    // right after it, or after a noun of place that it qualifies: "Turkijos sostinėje Ankaroje" (in Turkey's capital Ankara)
    let after = larger.last + 1;
    while (after < words.length && words[after].clause === larger.clause && cues.placeNouns.matches(words, after)) after++;
    if (larger.role === 'scene' && after === larger.last + 1) continue;
    const next = places.find((q) => q.first === after && q.clause === larger.clause);
    if (next === undefined || next.role === 'elsewhere' || out.includes(next.place)) continue;
    if (holds(facts, larger.place, next.place)) out.push(next.place);
  }
  for (const region of places) {
    if (!chosen.includes(region.place) || facts.kindOf(region.place) !== 'region') continue;
    for (const town of places) {
      if (town.clause !== region.clause || town.last >= region.first || out.includes(town.place) || facts.parentOf(town.place) !== region.place) continue;
      // Right before it, or with a preposition of place (and an article) between: "в Днепропетровской области".
      let i = town.last + 1;
      while (i < region.first && (cues.prepositions.matchAt(words, i).some((m) => m.value) || cues.articles.matches(words, i) || cues.placeNouns.matches(words, i))) i++;
      if (i === region.first && town.role !== 'elsewhere') out.push(town.place);
    }
  }
  return out;
}

/** How many words before a place an official's title may stand and still name it ("губернатора на Харковска област"). */
const TITLE_REACH = 3;

/** Whether the place is named in an official's title ("the governor of the Kharkiv region", "Militärgouverneur des Gebiets Schytomyr"). */
export function inOfficialTitle(p: PlaceInText, words: readonly Word[], cues: CompiledCues): boolean {
  for (let i = p.first - 1; i >= Math.max(0, p.first - TITLE_REACH) && words[i].clause === p.clause; i--) if (cues.officialTitles.matches(words, i)) return true;
  return false;
}

/** Whether an official's title follows the place: "Odesas apgabala administrācijas vadītājs", "the Bryansk Oblast governor", "Kharkiv Mayor Ihor Terekhov". */
export function titleAfter(p: PlaceInText, words: readonly Word[], cues: CompiledCues): boolean {
  for (let i = p.last + 1; i <= Math.min(words.length - 1, p.last + TITLE_REACH) && words[i].clause === p.clause; i++) if (cues.officialTitles.matches(words, i)) return true;
  return false;
}

/**
 * "Вскоре … жители южных районов Рязани начали публиковать видео … Губернатор Рязанской области написал, что
 * обломки … упали": a region named only in an official's title gives way to the places inside it that the sentence
 * just before named (`before`); the report is about them, and the title names no more precise place.
 */
export function titleRegionGivesWay(chosen: string[], places: readonly PlaceInText[], words: readonly Word[], cues: CompiledCues, facts: PlaceFacts, before: () => readonly string[]): string[] {
  if (chosen.length !== 1 || facts.kindOf(chosen[0]) !== 'region') return chosen;
  const region = chosen[0];
  const named = places.filter((p) => p.place === region);
  if (!named.every((p) => inOfficialTitle(p, words, cues) || titleAfter(p, words, cues))) return chosen;
  const inside = before().filter((place) => facts.parentOf(place) === region);
  return inside.length > 0 ? [...new Set(inside)] : chosen;
}

/**
 * "… kas norisinājās Baltkrievijas poligonos un vairākos Krievijas reģionos, tostarp Kaļiņingradas apgabalā": a
 * clause right after the last chosen place that opens with "including" adds its places to the event.
 */
export function withIncluded(chosen: string[], places: readonly PlaceInText[], words: readonly Word[], cues: CompiledCues, clausesWithCues: ReadonlySet<number>): string[] {
  chosen = withListBeforeInclusion(chosen, places, words, cues, clausesWithCues);
  const last = places.filter((p) => chosen.includes(p.place)).reduce<PlaceInText | undefined>((a, p) => (a === undefined || p.last > a.last ? p : a), undefined);
  if (last === undefined) return chosen;
  const next = last.clause + 1;
  const start = words.findIndex((w) => w.clause === next);
  if (start < 0 || clausesWithCues.has(next) || !cues.inclusionWords.matches(words, start)) return chosen;
  const inNext = places.filter((p) => p.clause === next && p.role !== 'elsewhere');
  if (inNext.length === 0) return chosen;
  const added = withListed(inNext, 0, +1, words, cues).filter((place) => !chosen.includes(place));
  return added.length > 0 ? [...chosen, ...added] : chosen;
}

/**
 * "virš Pskovo, Leningrado ir Tverės sričių, taip pat Maskvos srities buvo numušti 74 dronai", "над Брянской и Курской
 * областями, а также над Московским регионом": the chosen place's clause opens with "as well as", so the places of
 * the clause before it (one with no cue of its own) are the rest of the same list.
 */
function withListBeforeInclusion(chosen: string[], places: readonly PlaceInText[], words: readonly Word[], cues: CompiledCues, clausesWithCues: ReadonlySet<number>): string[] {
  const first = places.find((p) => chosen.includes(p.place));
  if (first === undefined || first.clause === 0 || clausesWithCues.has(first.clause - 1)) return chosen;
  const start = words.findIndex((w) => w.clause === first.clause);
  if (!cues.inclusionWords.matches(words, start) || first.first - start > 3) return chosen;
  const added = places.filter((p) => p.clause === first.clause - 1 && p.role !== 'elsewhere' && !chosen.includes(p.place)).map((p) => p.place);
  return added.length > 0 ? [...new Set([...added, ...chosen])] : chosen;
}

/**
 * "23 wurden über dem Gebiet Rjasan abgefangen, 41 über dem Gebiet Saratow, die übrigen über den Gebieten Brjansk und
 * Kursk": the clauses after the cue's that open with a number or "the rest" and set a scene near their start go on
 * counting the same event. Each must tell of no other event.
 */
export function withCounted(chosen: string[], cue: Cue, places: readonly PlaceInText[], words: readonly Word[], cues: CompiledCues, clausesWithCues: ReadonlySet<number>): string[] {
  const out = [...chosen];
  const lastClause = words[words.length - 1].clause;
  for (let clause = cue.clause + 1; clause <= lastClause && !clausesWithCues.has(clause); clause++) {
    let start = words.findIndex((w) => w.clause === clause);
    if (start < 0) break;
    // the clause of a chosen place, after a cue that stands alone ("20 — над территорией Брянской области, 12 — …")
    if (places.some((p) => p.clause === clause && chosen.includes(p.place))) continue;
    // "…, bet pārējie virs Tveras, Smoļenskas un Brjanskas apgabala": "and" or "but" may come first.
    const linking = cues.conjunctions.matches(words, start) || (cues.clauseOpeners.matches(words, start) && !cues.whereWords.matches(words, start) && !cues.relativeWords.matches(words, start));
    if (linking && start + 1 < words.length && words[start + 1].clause === clause) start++;
    // "…, including 41 over the Volgograd region"
    const including = cues.inclusionWords.matchAt(words, start).filter((m) => start + m.length < words.length && words[start + m.length].clause === clause);
    if (including.length > 0) start += Math.max(...including.map((m) => m.length));
    // "Над территорией Брянской области уничтожены 20 БПЛА, Курской области - 12, Белгородской - 8": the place comes
    // first, alone in its clause, and its count after the dash.
    const placeFirst = places.filter((p) => p.clause === clause);
    if (placeFirst.length > 0 && placeFirst[0].first === start && !linking) {
      const listed = withListed(placeFirst, 0, +1, words, cues);
      const end = placeFirst.filter((p) => listed.includes(p.place)).reduce((a, p) => Math.max(a, p.last), -1);
      const next = end + 1;
      if (next < words.length && words[next].clause === clause + 1 && !clausesWithCues.has(clause + 1) && isCountAt(words, next, cues)) {
        for (const place of listed) if (!out.includes(place)) out.push(place);
        clause++;
        continue;
      }
    }
    const counts = isCountAt(words, start, cues) || countCloses(words, start - 1, cues);
    if (!counts) break;
    // "12 — над Курской", "ещё десять — над Воронежской": a dash after the count (of one or two words) opens the
    // clause that names the place.
    const countLength = start + 1 < words.length && words[start + 1].clause === clause ? 2 : 1;
    const countAlone = start + countLength < words.length && words[start + countLength].clause === clause + 1 && !clausesWithCues.has(clause + 1);
    if (countAlone) clause++;
    const inClause = places.filter((p) => p.clause === clause);
    // "27 über dem Schwarzen Meer und die übrigen über den Gebieten Rostow …": a count over a place the gazetteer
    // lacks is read past, and the rest of its clause may go on counting.
    const k = inClause.findIndex((p) => p.role === 'scene');
    if (k < 0) continue;
    for (const place of withListed(inClause, k, +1, words, cues)) if (!out.includes(place)) out.push(place);
  }
  return out;
}

/** How many words a noun phrase may have before its preposition of place in a list of parallel objects. */
const OBJECT_PHRASE = 3;

/**
 * "Под удар попадали узловые станции в Конотопе и Бахмаче, локомотивное депо в Нежине, тяговые подстанции под
 * Шосткой": two or more clauses after the chosen place's that are only a common noun phrase and its place ("депо в
 * Нежине") go on listing what the event hit. Each must tell of no other event and end with its place.
 */
export function withParallelObjects(chosen: string[], places: readonly PlaceInText[], words: readonly Word[], cues: CompiledCues, clausesWithCues: ReadonlySet<number>): string[] {
  const last = places.filter((p) => chosen.includes(p.place)).reduce((a, p) => Math.max(a, p.clause), -1);
  if (last < 0) return chosen;
  const out = [...chosen];
  const objects: string[] = [];
  let series = 0;
  const lastClause = words[words.length - 1].clause;
  for (let clause = last + 1; clause <= lastClause && !clausesWithCues.has(clause); clause++) {
    const start = words.findIndex((w) => w.clause === clause);
    let end = start;
    while (end + 1 < words.length && words[end + 1].clause === clause) end++;
    const inClause = places.filter((p) => p.clause === clause);
    const k = inClause.findIndex((p) => p.role === 'scene');
    if (k < 0) break;
    const listed = withListed(inClause, k, +1, words, cues);
    const lastListed = inClause.filter((p) => listed.includes(p.place)).reduce((a, p) => Math.max(a, p.last), -1);
    if (lastListed !== end) break;
    // The words before the place: a noun phrase of common nouns, then the preposition ("тяговые подстанции под").
    let preposition = inClause[k].first - 1;
    while (preposition > start && !cues.prepositions.matchAt(words, preposition).some((m) => m.value && preposition + m.length === inClause[k].first)) preposition--;
    const phrase = preposition - start;
    if (phrase < 1 || phrase > OBJECT_PHRASE) break;
    let common = true;
    for (let i = start; i < preposition; i++) if (words[i].capitalised || cues.prepositions.matches(words, i) || cues.conjunctions.matches(words, i) || cues.clauseOpeners.matches(words, i)) common = false;
    if (!common) break;
    objects.push(...listed);
    series++;
  }
  // One such clause may be a clause with a verb the rules cannot tell ("…, расійскі дрон упаў на Гомельшчыне"); a
  // series of two or more is a list.
  if (series < 2) return chosen;
  for (const place of objects) if (!out.includes(place)) out.push(place);
  return out;
}

/**
 * Whether the clause that ends at word `end` closes with "and" and a count of one or two words ("восемь — над
 * Московской и еще шесть — над Новгородской"): the dash after the count opens the clause it counts.
 */
function countCloses(words: readonly Word[], end: number, cues: CompiledCues): boolean {
  if (end < 1) return false;
  for (let conjunction = end - 1; conjunction >= Math.max(0, end - 2); conjunction--) {
    if (words[conjunction].clause !== words[end].clause || !cues.conjunctions.matches(words, conjunction)) continue;
    return isCountAt(words, conjunction + 1, cues);
  }
  return false;
}

/** A number or a word such as "the rest", "ещё" at words[i]: what goes on counting an event. */
function isCountAt(words: readonly Word[], i: number, cues: CompiledCues): boolean {
  return /^\p{N}/u.test(words[i].lower) || cues.restWords.matches(words, i);
}

/** How many words (a name, an attribute) may stand between an event noun and a relative clause about it. */
const RELATIVE_ANTECEDENT = 4;

/** How far into a later clause of its sentence a placeless cue's scene may stand ("…, most of them over the Sumy region"). */
const LATER_SPAN = 6;

/**
 * Step 4: a cue whose clause names no place, followed by a clause that tells of no other event and sets a scene
 * near its start: "Over 40 drones were shot down, most of them over the Sumy, Poltava and Chernihiv regions",
 * "Следующая встреча, по данным иранских СМИ, состоится в Тегеране", "The talks, held in Minsk, ended …". A clause
 * with no place in between ("по данным СМИ") is looked through; one that attributes the report ends the search
 * (placeInSentence.placeInReport reads it).
 */
export function sceneInLaterClause(cue: Cue, places: readonly PlaceInText[], words: readonly Word[], cues: CompiledCues, clausesWithCues: ReadonlySet<number>, text: string): string[] {
  // Only a cue whose own clause leaves its place unsaid: nothing after it there could be its place.
  if (places.some((p) => p.clause === cue.clause && p.first > cue.last && p.role !== 'elsewhere')) return [];
  if (namesOtherScene(cue, places, words, cues)) return [];
  const lastClause = words[words.length - 1].clause;
  for (let clause = cue.clause + 1; clause <= Math.min(lastClause, cue.clause + 3); clause++) {
    if (clausesWithCues.has(clause)) return [];
    // "…, the air force said, including over the Poltava region": the clause that attributes the report is read past.
    if (clauseHasReport(words, clause, cues) && !places.some((p) => p.clause === clause && p.role === 'scene')) continue;
    const start = words.findIndex((w) => w.clause === clause);
    // Names between do not count toward the reach: "launched from Crimea and the Kursk region of Russia, most of them
    // over the Odesa and Mykolaiv regions".
    const namedBetween = places.reduce((n, p) => n + (p.first > cue.last && p.last < start ? p.last - p.first + 1 : 0), 0);
    if (start < 0 || start - cue.last - namedBetween > REACH) return [];
    // A quotation, or a clause of its own ("which will run …", "but …"), says something else. A quotation that
    // closes before it ("„abgefangen und vernichtet“ – 41 über dem Gebiet Saratow") does not count.
    if (insideQuotation(text, words[0].start, words[start].start)) return [];
    // "…, killing three people, said Serhiy Lysak, the governor of the Dnipropetrovsk region": a title names no scene.
    const inClause = places.filter((p) => p.clause === clause && !inOfficialTitle(p, words, cues));
    // After a colon the clause explains the cue, however long its subject: "patikrinimą: kariniai daliniai iš nuolatinių
    // dislokacijos vietų perkeliami į Gardino ir Bresto sritis".
    // A scene that closes a list counts from the list's first member ("…, dujų gavybos objektus ir pastotes Lvivo,
    // Ivano Frankivsko, Poltavos ir Charkivo srityse").
    const listStart = (j: number) => inClause[j - (walkList(inClause, j, -1, words, cues).length - 1)].first;
    const k = inClause.findIndex((p, j) => p.role === 'scene' && (words[start].afterColon || listStart(j) - start <= LATER_SPAN));
    // "manevruose dalyvauja 3 tūkst. karių, o pagrindiniai veiksmai vyksta Gardino apylinkėse": a clause that says
    // where things take place goes on with the event, even after "and" or "but".
    const takesPlace = k >= 0 && words.slice(start, inClause[k].first).some((_, j) => cues.continuationVerbs.matches(words, start + j));
    // "The drills, which began on Monday, are taking place in the Brest region": a relative clause about the cue's noun
    // that names no place is read past, to the predicate of its sentence.
    if (inClause.length === 0 && start - cue.last <= RELATIVE_ANTECEDENT && cues.relativeWords.matches(words, start)) continue;
    if (!takesPlace && (cues.clauseOpeners.matches(words, start) || cues.conjunctions.matches(words, start))) return [];
    if (k < 0) {
      if (inClause.length > 0) return [];
      continue;
    }
    // "…, паводле арганізатараў, можа прайсці ў Варшаве": a possible event is none; an attributing clause is not the scene.
    for (let i = start; i < inClause[k].first; i++) if (cues.negations.matches(words, i)) return [];
    if (clauseHasReport(words, clause, cues)) continue;
    const chosen = withListed(inClause, k, +1, words, cues);
    // After a colon the clauses may go on enumerating its places ("перехвачены 74 беспилотника: 31 — над …, 24 — над …").
    const afterColon = words[words.findIndex((w) => w.clause === cue.clause + 1)].afterColon;
    return afterColon ? [...chosen, ...enumerated(clause + 1, places, words, cues, clausesWithCues).filter((p) => !chosen.includes(p))] : chosen;
  }
  return [];
}

/**
 * Whether the cue's clause, after the cue, puts it at a place the gazetteer does not hold: a preposition of place
 * before a capitalised word that is not a time word ("began exercises near the Suwałki Gap", "на полигоне Обуз-Лесновский"),
 * or a capitalised word in the locative ("mācības Pabradē").
 */
export function namesOtherScene(cue: Cue, places: readonly PlaceInText[], words: readonly Word[], cues: CompiledCues): boolean {
  const inPlace = (j: number) => places.some((p) => p.first <= j && j <= p.last);
  for (let i = cue.last + 1; i < words.length && words[i].clause === cue.clause; i++) {
    // … or a capitalised word in the locative, where that case says where: "sākusi mācības Pabradē un Ruklā"
    if (words[i].capitalised && !inPlace(i) && !cues.timeWords.matches(words, i) && cues.locativeEndings.some((ending) => words[i].lower.endsWith(ending))) return true;
    if (!cues.prepositions.matchAt(words, i).some((m) => m.value)) continue;
    for (let j = i + 1; j <= i + 3 && j < words.length && words[j].clause === cue.clause; j++) {
      // (a capitalised common noun of place or time says nothing: German "im Westen von Belarus", "in der Nacht"; nor
      // does a place the clause names as somewhere else: "launched from … the Kursk region of Russia")
      if (words[j].capitalised && !inPlace(j) && !cues.timeWords.matches(words, j) && !cues.placeNouns.matches(words, j)) return true;
    }
  }
  return false;
}

/**
 * A clause right after the cue's that opens with a preposition of place, or follows a colon, and tells of no other
 * event adds places to it: "pratybas Gardino srityje, netoli sienos su Lietuva", "strikes on Kharkiv, near the
 * Russian border", "проверка боеготовности: подразделения выдвинулись на полигоны в Витебской области".
 */
function apposition(cue: Cue, places: readonly PlaceInText[], words: readonly Word[], cues: CompiledCues, clausesWithCues: ReadonlySet<number>): string[] {
  const next = cue.clause + 1;
  if (clausesWithCues.has(next)) return [];
  // "Vilniuje susitiks ministrai, prie sienos su Baltarusija – pratybos": the place belongs to the placeless cue after it.
  if (clausesWithCues.has(next + 1) && !places.some((p) => p.clause === next + 1)) return [];
  const start = words.findIndex((w) => w.clause === next);
  // "уламки впали в Румунії; у Бухаресті міністри …": after a semicolon the sentence tells something else.
  if (start < 0 || words[start].afterSemicolon) return [];
  const opening = words[start].afterColon || cues.prepositions.matchAt(words, start).some((m) => m.value);
  if (!opening) return [];
  const inNext = places.filter((p) => p.clause === next);
  const k = inNext.findIndex((p) => p.role === 'scene' && (words[start].afterColon || p.first - start <= GOVERNING_SPAN));
  const added = k >= 0 ? withListed(inNext, k, +1, words, cues) : [];
  return words[start].afterColon ? [...added, ...enumerated(next + 1, places, words, cues, clausesWithCues).filter((p) => !added.includes(p))] : added;
}

/**
 * After a colon, the clauses that go on enumerating places of the same event: "…: na Podlasiu, m.in. w rejonie Sejn i
 * Augustowa, oraz na Litwie, w okolicach Mariampola". Each opens with a preposition of place, "and" or "including" and
 * tells of no other event; a count before a dash may label each ("31 — над …, 24 — над …").
 */
function enumerated(from: number, places: readonly PlaceInText[], words: readonly Word[], cues: CompiledCues, clausesWithCues: ReadonlySet<number>): string[] {
  const out: string[] = [];
  const lastClause = words[words.length - 1].clause;
  for (let clause = from; clause <= lastClause && !clausesWithCues.has(clause); clause++) {
    const start = words.findIndex((w) => w.clause === clause);
    if (start < 0 || words[start].afterColon) break;
    if (isCountLabel(words, start, clause, places)) continue;
    const opens = cues.prepositions.matchAt(words, start).some((m) => m.value) || cues.conjunctions.matches(words, start) || cues.inclusionWords.matches(words, start);
    if (!opens) break;
    const inClause = places.filter((p) => p.clause === clause);
    const k = inClause.findIndex((p) => p.role === 'scene');
    if (k >= 0) for (const place of withListed(inClause, k, +1, words, cues)) if (!out.includes(place)) out.push(place);
  }
  return out;
}

/**
 * A clause of one or two lower-case words and no place, such as the count before a dash in "…: 31 — над Белгородской
 * областью, 24 — над Курской, четыре — над Орловской": it labels the next member of the enumeration, not ends it.
 */
function isCountLabel(words: readonly Word[], start: number, clause: number, places: readonly PlaceInText[]): boolean {
  let n = 0;
  for (let i = start; i < words.length && words[i].clause === clause; i++) if (++n > 2 || words[i].capitalised) return false;
  return !places.some((p) => p.clause === clause);
}

/**
 * The place at index k plus the places listed with it ("Kharkiv, Odesa and Lviv"), walking first in `direction`, then
 * the other way: the chosen place may be any member of the list ("In Litauen, Lettland und Estland begann …",
 * "над Брянской и Курской областями были сбиты …"). A cue between two places ends the list.
 */
function withListed(same: readonly PlaceInText[], k: number, direction: 1 | -1, words: readonly Word[], cues: CompiledCues): string[] {
  const chosen = walkList(same, k, direction, words, cues);
  for (const place of walkList(same, k, direction > 0 ? -1 : 1, words, cues)) if (!chosen.includes(place)) chosen.push(place);
  return chosen;
}

export function walkList(same: readonly PlaceInText[], k: number, direction: 1 | -1, words: readonly Word[], cues: CompiledCues): string[] {
  const chosen = [same[k].place];
  let edge = same[k];
  for (let j = k + direction; j >= 0 && j < same.length; j += direction) {
    const q = same[j];
    if (q.first === edge.first) { chosen.push(q.place); continue; } // one span naming two places (a border phrase)
    const [lo, hi] = direction > 0 ? [edge.last, q.first] : [q.last, edge.first];
    // A genitive's head noun comes before the conjunction: "Odesos uostą ir energetikos objektus Čornomorske".
    const from = direction > 0 && edge.role === 'qualifier' && hi - lo > 2 ? lo + 2 : lo + 1;
    const listed = hi - lo > 1 ? joinedByConjunction(words, from, hi - 1, cues, direction > 0 && q.role === 'scene') : words[hi].listed;
    // "Shebekino in Belgorod Oblast": the place that locates the chosen one shares its event, and so does the one it
    // locates ("the port of Reni in the Odesa region was attacked": the region is nearest the cue).
    const locating = q.role === 'scene' && (direction > 0 || (edge.role === 'scene' && q.place.startsWith('city:') && !edge.place.startsWith('city:'))) && hi - lo - 1 <= 2 && onlyPrepositionsOfPlace(words, lo + 1, hi - 1, cues);
    if (q.role === 'elsewhere' || !(listed || locating)) break;
    chosen.push(q.place);
    edge = q;
  }
  return chosen;
}

/** Words between two positions that are not prepositions of place, articles or nouns such as "capital". */
function contentWords(words: readonly Word[], from: number, to: number, cues: CompiledCues): number {
  let n = 0;
  for (let i = from; i <= to; i++) if (!cues.placeNouns.matches(words, i) && !cues.prepositions.matches(words, i) && !cues.articles.matches(words, i)) n++;
  return n;
}

/** The most words a passive may put between place and cue: "Kyiv came under a massive combined missile and drone attack". */
const PASSIVE_SPAN = 8;

/**
 * "Kharkiv was shelled", "Харьков подвергся ракетному удару", "Kyiv came under a massive drone attack": a passive
 * marker, articles and weapons ("missile and drone"), and at most one other word between place and cue, two when
 * the passive marker opens the stretch ("came under a massive combined … attack").
 */
function isPassive(words: readonly Word[], from: number, to: number, cues: CompiledCues): boolean {
  if (to < from || to - from + 1 > PASSIVE_SPAN) return false;
  let markers = 0;
  let others = 0;
  for (let i = from; i <= to; i++) {
    if (cues.passiveMarkers.matches(words, i)) markers++;
    else if (!cues.articles.matches(words, i) && !cues.actorNouns.matches(words, i) && !(i > from && i < to && cues.conjunctions.matches(words, i) && cues.actorNouns.matches(words, i - 1))) others++;
  }
  return markers > 0 && others <= (cues.passiveMarkers.matches(words, from) && to - from > 2 ? 2 : 1);
}

/**
 * A bare place after the cue is its object when the words between are only nouns such as "city", "capital"
 * ("обстреляли город Харьков"), plus as many other words as the event type allows (see `eventTypes.ts`).
 */
function isObject(words: readonly Word[], cue: Cue, place: PlaceInText, cues: CompiledCues): boolean {
  let others = 0;
  let copula = false;
  for (let i = cue.last + 1; i < place.first; i++) {
    // A time phrase between does not count: "атакува през нощта срещу четвъртък Одеса", "наведае ў сераду Віцебск".
    if (cues.timeWords.matches(words, i) || (i + 1 < place.first && cues.timeWords.matches(words, i + 1) && cues.prepositions.matches(words, i))) continue;
    // "atakowały m.in. Briańsk", "struck, among others, Kharkiv"
    const including = cues.inclusionWords.matchAt(words, i).filter((m) => i + m.length <= place.first);
    if (including.length > 0) { i += Math.max(...including.map((m) => m.length)) - 1; continue; }
    // "обстреляли из артиллерии и дронами Никополь": the weapons, their preposition and the "and" between them.
    if (cues.actorNouns.matches(words, i)) continue;
    // "под обстрел през нощта са били и Чугуев", "Під обстрілами були Оріхів": the copula of "X was under fire",
    // with nothing else between ("have been hit repeatedly since Moscow walked out" has "since").
    if (cues.passiveMarkers.matches(words, i)) { copula = true; continue; }
    if (copula && cues.conjunctions.matches(words, i)) continue;
    if (i + 1 < place.first && cues.actorNouns.matches(words, i + 1) && (cues.prepositions.matches(words, i) || (i > cue.last + 1 && cues.conjunctions.matches(words, i)))) continue;
    if (!cues.placeNouns.matches(words, i)) others++;
  }
  return others <= (copula ? 0 : behaviourOf(cue.type).bareObjectReach);
}

function onlyPrepositionsOfPlace(words: readonly Word[], from: number, to: number, cues: CompiledCues): boolean {
  if (to < from) return false;
  // An article may follow the preposition: "Reni in the Odesa region".
  for (let i = from; i <= to; i++) if (!cues.prepositions.matchAt(words, i).some((m) => m.value) && !(i > from && cues.articles.matches(words, i))) return false;
  return true;
}

/**
 * "Kharkiv and Odesa", "в Киеве и в Одессе", "bei Kaunas und in der Nähe der Grenze", "ir poligonuose netoli X": a
 * conjunction, and nothing else but prepositions of place (several words each, such as "in der Nähe") and nouns such
 * as "city" or "training ground".
 */
/** `sceneAfter`: the place after `to` is a scene by its own case ending ("… ir energetikos objektus Čornomorske"). */
function joinedByConjunction(words: readonly Word[], from: number, to: number, cues: CompiledCues, sceneAfter = false): boolean {
  let conjunction = false;
  /** Words of a parallel object after "and" ("port facilities in Ochakiv and a fuel depot near Voznesensk"). */
  let objectWords = 0;
  let prepositionLast = false;
  for (let i = from; i <= to; i++) {
    if (cues.conjunctions.matches(words, i)) { conjunction = true; continue; }
    // "virš Pskovo ir Tverės sričių, taip pat Maskvos srities": "as well as" joins too.
    const including = cues.inclusionWords.matchAt(words, i).filter((m) => i + m.length - 1 <= to);
    if (including.length > 0) { conjunction = true; i += Math.max(...including.map((m) => m.length)) - 1; continue; }
    if (cues.placeNouns.matches(words, i)) continue;
    // "57 over the Moscow region and 31 over the Tula region": a count goes on with the list.
    if (conjunction && (/^\p{N}/u.test(words[i].lower) || cues.restWords.matches(words, i) || cues.articles.matches(words, i))) continue;
    const preposition = cues.prepositions.matchAt(words, i).filter((m) => m.value && i + m.length - 1 <= to);
    if (preposition.length > 0) {
      i += Math.max(...preposition.map((m) => m.length)) - 1;
      prepositionLast = true;
      continue;
    }
    // … which a preposition of place must close, with no cue among its words.
    if (!conjunction || objectWords === PARALLEL_OBJECT_WORDS || cues.cues.matches(words, i)) return false;
    objectWords++;
    prepositionLast = false;
  }
  return conjunction && (objectWords === 0 || prepositionLast || (sceneAfter && cues.locativeEndings.length > 0));
}

/** How many words a parallel object after "and" may have ("and a fuel depot near …"). */
const PARALLEL_OBJECT_WORDS = 3;
