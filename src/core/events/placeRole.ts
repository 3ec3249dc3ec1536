// What part a place mention plays in its clause, judged from the words just before it.
//   scene     – a preposition of place governs it ("in Minsk", "над Украйна", "w Rydze"), or, in languages that
//               mark place by case alone, it carries a locative ending (Latvian "Minskā", Lithuanian "Minske");
//   elsewhere – a source, partner, origin or topic word governs it ("from Belarus", "с Русия", "made in Iran",
//               "talks about Ukraine"): an event in the clause does not happen there;
//   qualifier – in languages whose genitive stands before the noun it qualifies (Latvian "Krievijas ministrs",
//               Lithuanian "Rusijos ministras"), a bare place in the genitive: it can belong to a cue right after
//               it ("Harkivas apšaude"), never to a cue before it;
//   bare      – neither (a subject, an object, a genitive): it can still be an event's place when it stands
//               right next to the cue ("Russia struck Kharkiv", "Minsku apmeklēja").
import type { CompiledCues } from './compiledCues';
import type { PlaceInText } from './model';
import type { Word } from './words';

export type PlaceRole = 'scene' | 'elsewhere' | 'qualifier' | 'bare';

/** How far back (in words) a preposition may govern a place: "в район на Белгородска област", "in the city of Kharkiv". */
const GOVERNING_REACH = 3;

/**
 * `isBarrier(i)`: word i belongs to a cue or to another place; a preposition beyond it governs that, not this place
 * ("об обстреле Шебекино", "w Paryżu prezydent Francji"). In languages that capitalise only names, a capitalised
 * word between the preposition and the place is such a barrier too (`capitalisedNouns` false).
 */
export function placeRole(words: readonly Word[], first: number, last: number, cues: CompiledCues, isBarrier: (i: number) => boolean, capitalisedNouns: boolean, isPlaceWord: (i: number) => boolean = () => false): PlaceRole {
  const lastWord = words[last].lower;
  const clause = words[first].clause;
  // A genitive that qualifies the next noun is never the scene itself ("pie Ukrainas robežas", "to discuss Ukraine's
  // path"); with no noun after it ("netoli sienos", "virš Mykolajivo") the preposition governs it.
  const next = last + 1 < words.length && words[last + 1].clause === clause ? last + 1 : -1;
  // (a comma that lists the next place says nothing of the sort: "virs Tveras, Smoļenskas un Brjanskas apgabala")
  const qualifiesNext = next >= 0 && !words[next].listed && !cues.conjunctions.matches(words, next) && !cues.prepositions.matches(words, next);
  if (qualifiesNext && cues.prenominalGenitiveEndings.some((ending) => lastWord.endsWith(ending))) {
    // … unless that noun stands in the locative: "Kyjivo apylinkėse" (around Kyiv), "Odesos uoste" (in Odesa's port),
    // "Kijivas centrā": the phrase says where, and the place is its scene.
    // A preposition before the pair still decides ("su Ukrainos vadovybe": with Ukraine's leadership, instrumental).
    const noun = words[next];
    const inLocative = (w: Word) => !w.capitalised && cues.locativeEndings.some((ending) => w.lower.endsWith(ending));
    // … or a noun of place that itself qualifies one in the locative: "Gardino, Lydos ir Ašmenos apylinkių poligonuose"
    // (on the ranges around Grodno, Lida and Ashmyany).
    const nextNext = next + 1 < words.length && words[next + 1].clause === clause ? words[next + 1] : undefined;
    // … or a district's name before one: "Kijivas Darnicas rajonā" (in Kyiv's Darnytsia district).
    const nested = nextNext !== undefined && (cues.placeNouns.matches(words, next) || noun.capitalised) && cues.placeNouns.matches(words, next + 1) && inLocative(nextNext);
    const locative = !isPlaceWord(next) && (inLocative(noun) || nested);
    // A cue right after it, with a preposition of place before it, is the verb of the clause, not a noun the genitive
    // qualifies: "Virs Kijivas notrieca dronus" (drones were shot down over Kyiv).
    const cueNext = !locative && isBarrier(next) && !isPlaceWord(next);
    // A place before a noun for its parts stands for them: "virs Krievijas reģioniem" (over Russia's regions) is over
    // Russia, "uzbruka Ukrainas pilsētām" (attacked Ukraine's cities) attacked Ukraine.
    const partNoun = !locative && !isPlaceWord(next) && cues.partNouns.matches(words, next);
    if (!locative && !cueNext && !partNoun) return 'qualifier';
    const governed = governingPreposition(words, first, cues, isBarrier, capitalisedNouns, isPlaceWord);
    if (locative) return governed ?? 'scene';
    if (cueNext && governed === 'scene') return 'scene';
    return partNoun ? governed ?? 'bare' : 'qualifier';
  }
  const locative = cues.locativeEndings.some((ending) => lastWord.endsWith(ending)) || cues.undeclinedNameEndings.some((ending) => lastWord.endsWith(ending));
  const governed = governingPreposition(words, first, cues, isBarrier, capitalisedNouns, isPlaceWord);
  // "tikās ar ministru Viļņā", "susitiko su ministru Vilniuje": "with" governs the noun after it; a place in the
  // locative further on is still the scene.
  if (governed === 'elsewhere' && locative && first > 0 && !cues.prepositions.matches(words, first - 1) && withGoverns(words, first, cues)) return 'scene';
  // "Der Bürgermeister von Odessa": "von" after an official's title is "of", and the place qualifies the official.
  if (governed === 'elsewhere' && titleBeforePreposition(words, first, cues)) return 'qualifier';
  if (governed) return governed;
  if (locative) return 'scene';
  // "Daugavpils apkārtnē" (around Daugavpils): a name whose genitive looks like no genitive, before a noun of place in
  // the locative, is the scene as "Kyjivo apylinkėse" is.
  if (next >= 0 && cues.prenominalGenitiveEndings.length > 0 && !isPlaceWord(next) && cues.placeNouns.matches(words, next)
    && cues.locativeEndings.some((ending) => words[next].lower.endsWith(ending))) return 'scene';
  return 'bare';
}

/** Whether an official's title stands right before the preposition that governs the place starting at `first`. */
function titleBeforePreposition(words: readonly Word[], first: number, cues: CompiledCues): boolean {
  for (let i = first - 1; i >= Math.max(1, first - 1 - GOVERNING_REACH) && words[i].clause === words[first].clause; i--) {
    if (cues.prepositions.longestEndingAt(words, i) === undefined) continue;
    return words[i - 1].clause === words[first].clause && cues.officialTitles.matches(words, i - 1);
  }
  return false;
}

/** Whether the preposition that governs the place starting at `first` is a word for "with". */
function withGoverns(words: readonly Word[], first: number, cues: CompiledCues): boolean {
  for (let i = first - 1; i >= Math.max(0, first - 1 - GOVERNING_REACH) && words[i].clause === words[first].clause; i--) {
    if (cues.prepositions.longestEndingAt(words, i) !== undefined) return cues.withWords.matches(words, i);
  }
  return false;
}

/** The part a preposition governing the place starting at `first` gives it, if one does. */
function governingPreposition(words: readonly Word[], first: number, cues: CompiledCues, isBarrier: (i: number) => boolean, capitalisedNouns: boolean, isPlaceWord: (i: number) => boolean): 'scene' | 'elsewhere' | undefined {
  const clause = words[first].clause;
  let start = first;
  // A place right before this one qualifies it within one noun phrase ("netoli Lietuvos sienos", "at Ukraine's
  // border"): the preposition before the pair governs both.
  // (Not across a comma that lists it: "prie sienos su Lenkija, Marijampolės ir Alytaus apskrityse".)
  while (start > 0 && isPlaceWord(start - 1) && words[start - 1].clause === clause && !words[start].listed) start--;
  // "między innymi Briańsk" (among others): an inclusion phrase right before the place is no preposition.
  if (start > 0 && words[start - 1].clause === clause && cues.inclusionWords.longestEndingAt(words, start - 1) !== undefined) return undefined;
  // Nouns such as "capital", "city" do not count toward the reach: "to the Ukrainian capital Kyiv".
  for (let i = start - 1, k = 1; k <= GOVERNING_REACH && i >= 0; i--) {
    if (words[i].clause !== clause || isBarrier(i)) break;
    const preposition = cues.prepositions.longestEndingAt(words, i);
    if (preposition !== undefined) return outerPreposition(words, i, cues) ?? (preposition ? 'scene' : 'elsewhere');
    // "В пятницу Россия …": the preposition governs the time word, not the place after it; "обстреляли из
    // артиллерии поселок Климово": the weapon, not the place.
    if (cues.timeWords.matches(words, i) || cues.actorNouns.matches(words, i)) break;
    // Nor does an article right after the preposition: "in the north-eastern Sumy region" ("north-eastern" is two words).
    if (cues.placeNouns.matches(words, i) || (cues.articles.matches(words, i) && i > 0 && cues.prepositions.longestEndingAt(words, i - 1) !== undefined)) continue;
    k++;
    if (!capitalisedNouns && words[i].capitalised && i > 0) break;
  }
  return undefined;
}

/**
 * "от района на Приморско-Ахтарск", "з території Білорусі": a preposition that only ties the place to a noun such
 * as "area" or "territory" yields to the preposition that governs that noun.
 */
function outerPreposition(words: readonly Word[], i: number, cues: CompiledCues): 'scene' | 'elsewhere' | undefined {
  let length = 1;
  while (length <= i && cues.prepositions.matchAt(words, i - length + 1).every((m) => m.length !== length)) length++;
  // The noun before the preposition ("района на"), or the preposition itself when it is such a noun ("aus dem Raum Engels").
  const nouns = length === 1 && cues.placeNouns.matches(words, i) ? [i - 1, i] : [i - length];
  for (const noun of nouns) {
    if (noun < 1 || words[noun].clause !== words[i].clause || !cues.placeNouns.matches(words, noun)) continue;
    // An article may stand between: "launched from the directions of Kursk".
    const before = noun > 1 && cues.articles.matches(words, noun - 1) ? noun - 2 : noun - 1;
    const outer = cues.prepositions.longestEndingAt(words, before);
    if (outer === undefined || words[before].clause !== words[i].clause) continue;
    return outer ? 'scene' : 'elsewhere';
  }
  return undefined;
}

/**
 * Places joined by "and" / "or" / a comma stand in the same case and play the same part: in "Baltarusijos ir
 * Rusijos gynybos ministrai" (the Belarusian and Russian defence ministers) only "Rusijos" is right before the noun
 * it qualifies, but "Baltarusijos" qualifies it too. Walks the list from its end so a long list takes the part of
 * its last member.
 */
export function shareQualifierAcrossLists(places: { first: number; last: number; clause: number; role: PlaceRole }[], words: readonly Word[], cues: CompiledCues): void {
  for (let k = places.length - 2; k >= 0; k--) {
    const here = places[k];
    const next = places[k + 1];
    if (here.role !== 'bare' || next.role !== 'qualifier' || here.clause !== next.clause) continue;
    let joined = next.first > here.last + 1;
    for (let i = here.last + 1; i < next.first && joined; i++) joined = cues.conjunctions.matches(words, i);
    if (joined || next.first === here.last + 1) here.role = 'qualifier';
  }
}

/**
 * A place joined by "and" to a scene before it, in the same case, is a scene too, though a word after it makes it
 * look like a qualifier: Latvian "pie Polockas un Glubokojes izvērstas brigādes" (deployed near Polotsk and
 * Glubokoye), where the preposition governs both genitives.
 */
export function shareSceneAlongLists(places: { first: number; last: number; clause: number; role: PlaceRole }[], words: readonly Word[], cues: CompiledCues): void {
  for (let k = 0; k + 1 < places.length; k++) {
    const here = places[k];
    const next = places[k + 1];
    if (here.role !== 'scene' || next.role !== 'qualifier' || here.clause !== next.clause || next.first === here.last + 1) continue;
    let joined = true;
    for (let i = here.last + 1; i < next.first && joined; i++) joined = cues.conjunctions.matches(words, i);
    if (joined && words[here.last].lower.slice(-1) === words[next.last].lower.slice(-1)) next.role = 'scene';
  }
}

/**
 * A dateline: the passage opens with a word in capitals and the place is among its first words ("KYIV, Ukraine"),
 * with only commas between them, and a comma, a bracket or a dash follows ("KYIV, Ukraine (AP) —", "ВАРШАВА, 5 юни 2024 г.", "MOSCOW (Reuters) -").
 * A headline naming the place of its news ("Харків: …", "Kharkiv under fire") is not one.
 */
export function isDateline(text: string, words: readonly Word[], place: { first: number; last: number }): boolean {
  if (place.first > 2) return false;
  // "Moskau/Kiew (dpa) –", "Одеса, 14 август (БТА) –": names joined by slashes or commas, perhaps a date, then the
  // agency in brackets and a dash.
  // (Each regular expression only once the bracket or slash it needs is there: most sentences have neither.)
  const start = words[0].start;
  const agencyDateline = occursWithin(text, 0x28, start, start + 96) ? /^[\p{L}\p{M}\p{N}\s,./'’-]{1,60}?(?=\s*\([^()]{1,24}\)\s*[—–-])/u.exec(text.slice(start, start + 96)) : null;
  if (agencyDateline && words[place.last].end <= start + agencyDateline[0].length) return true;
  // "Moskau/Kiew – Die Ukraine hat …": names joined by a slash, then a dash.
  const slashDateline = occursWithin(text, 0x2f, start, start + 64) ? /^[\p{L}\p{M}'’-]+(?:\s*\/\s*[\p{L}\p{M}'’-]+)+(?=\s*[—–-]\s)/u.exec(text.slice(start, start + 64)) : null;
  if (slashDateline && words[place.last].end <= start + slashDateline[0].length) return true;
  if (!isCapitalsOnly(text, words[0])) return false;
  // Only the dateline's own words and commas before it ("KYIV, Ukraine").
  if (!/^[\p{L}\p{M}\s,'’-]*$/u.test(text.slice(words[0].start, words[place.first].start))) return false;
  return /^\s*[,(—–-]/u.test(text.slice(words[place.last].end, words[place.last].end + 3));
}

/** Whether the char code `code` occurs in text[from, to). */
function occursWithin(text: string, code: number, from: number, to: number): boolean {
  for (let i = from; i < to && i < text.length; i++) if (text.charCodeAt(i) === code) return true;
  return false;
}

function isCapitalsOnly(text: string, word: Word): boolean {
  const s = text.slice(word.start, word.end);
  return s.length >= 2 && s === s.toUpperCase() && s !== s.toLowerCase();
}

/** How many words may stand between a border word and a country named as one of its sides. */
const SIDE_REACH = 4;

/**
 * The countries named as sides of a border ("netoli Baltarusijos ir Lenkijos sienos", "границата на Украйна с Русия")
 * are part of the border phrase: an event there happens at the border, not in the two countries. Such a country
 * becomes 'elsewhere', and a border after its sides takes the part they had ("netoli" governs the whole phrase).
 */
export function bordersTakeTheirSides(places: PlaceInText[], isCueWord: (i: number) => boolean, isPrepositionOfPlace: (i: number) => boolean): void {
  for (const border of places) {
    if (!border.place.startsWith('border:')) continue;
    const sides = border.place.slice('border:'.length).split('-').map((iso) => `country:${iso}`);
    let partOfFirstSide: PlaceRole | undefined;
    for (const p of places) {
      if (p === border || p.clause !== border.clause || !sides.includes(p.place)) continue;
      const [from, to] = p.last < border.first ? [p.last + 1, border.first - 1] : [border.last + 1, p.first - 1];
      if (to - from + 1 > SIDE_REACH) continue;
      let cueBetween = false;
      for (let i = from; i <= to && !cueBetween; i++) cueBetween = isCueWord(i);
      if (cueBetween) continue;
      // "drills in Lithuania near the border with Belarus": a preposition of place between a country and the border
      // after it opens a phrase of its own; the country is a scene in its own right, not a side.
      if (p.last < border.first) {
        let ownPhrase = false;
        for (let i = from; i <= to && !ownPhrase; i++) ownPhrase = isPrepositionOfPlace(i);
        if (ownPhrase) continue;
      }
      if (p.last < border.first && partOfFirstSide === undefined) partOfFirstSide = p.role;
      p.role = 'elsewhere';
    }
    if (partOfFirstSide === 'scene' && border.role === 'bare') border.role = 'scene';
  }
}

/** How many words (prepositions of place) may stand between a place and the place that locates it. */
const LOCATING_GAP = 2;

/**
 * "з околиць Приморсько-Ахтарська в Краснодарському краї", "from Primorsko-Akhtarsk in Krasnodar Krai": the place that
 * locates a source, partner or origin is part of it, and plays its part too.
 */
/**
 * "iznīcināti 118 Ukrainas droni", "apšaudīja Krievijas artilērija": a country in the genitive before a noun for who
 * strikes owns the weapon; it is no place of the event ('elsewhere').
 */
export function ownersOfWeapons(places: PlaceInText[], words: readonly Word[], cues: CompiledCues): void {
  for (const p of places) {
    if (p.role === 'qualifier' && p.last + 1 < words.length && words[p.last + 1].clause === p.clause && cues.actorNouns.matches(words, p.last + 1)) p.role = 'elsewhere';
  }
}

/** Words (prepositions, the sending country) that may stand between a diplomat's title and the post it names. */
const POST_GAP = 2;

/**
 * "Rinkēvičs Rīgā tikās ar Ukrainas vēstnieku Latvijā", "посол Украины в Латвии", "the ambassador to Latvia": the country
 * after a diplomat's title is the post ('elsewhere'), not where the event is.
 */
export function postsOfEnvoys(places: PlaceInText[], words: readonly Word[], cues: CompiledCues, isPlaceWord: (i: number) => boolean, isCountry: (place: string) => boolean): void {
  for (const p of places) {
    // A post is a country; "met Russia's ambassador in Minsk" is a meeting in the city where both are.
    if (!isCountry(p.place)) continue;
    for (let i = p.first - 1, gap = 0; i >= 0 && words[i].clause === p.clause && gap <= POST_GAP; i--, gap++) {
      if (cues.envoyTitles.matches(words, i)) { p.role = 'elsewhere'; break; }
      if (!isPlaceWord(i) && !cues.prepositions.matches(words, i)) break;
    }
  }
}

/**
 * "launched from Oryol, Millerovo and Primorsko-Akhtarsk", "paleisti iš Kursko, Oriolo ir Briansko sričių": the
 * members of a list after a source or topic play its part (only the first carries the preposition), and so does a
 * genitive right before one ("from Russia's Bryansk region").
 */
export function listsShareSource(places: PlaceInText[], words: readonly Word[], cues: CompiledCues): void {
  for (let k = 1; k < places.length; k++) {
    const before = places[k - 1];
    const p = places[k];
    if (before.role !== 'elsewhere' || (p.role !== 'bare' && p.role !== 'scene') || p.clause !== before.clause || p.first <= before.last) continue;
    // The other side of a border ("prie sienos su Lenkija, Marijampolės ir Alytaus apskrityse") is no source: its
    // "with" belongs to the border.
    if (places.some((b) => b.place.startsWith('border:') && b.last === before.first - 2)) continue;
    let joined = p.first === before.last + 1 ? words[p.first].listed : true;
    for (let i = before.last + 1; i < p.first && joined; i++) joined = cues.conjunctions.matches(words, i) || (p.role === 'bare' && (cues.placeNouns.matches(words, i) || cues.articles.matches(words, i)));
    // A scene joined by a conjunction alone has it from its case ending, not from a preposition of its own: "aptarė
    // padėtį Baltarusijoje ir Moldovoje" (the situation in Belarus and in Moldova) is a topic throughout.
    if (joined && p.role === 'scene' && p.first === before.last + 1) joined = false;
    if (joined) p.role = 'elsewhere';
  }
  // "fired from Russia's Bryansk region": the genitive right before a source is part of it.
  for (let k = 0; k + 1 < places.length; k++) {
    if (places[k].role === 'qualifier' && places[k + 1].role === 'elsewhere' && places[k + 1].first === places[k].last + 1) places[k].role = 'elsewhere';
  }
}

export function locatingPlacesShareRole(places: PlaceInText[], words: readonly Word[], cues: CompiledCues, contains: (larger: string, smaller: string) => boolean): void {
  for (let k = 1; k < places.length; k++) {
    const before = places[k - 1];
    let p = places[k];
    // "from Primorsko-Akhtarsk in Russia's Krasnodar region": a genitive before the larger place goes with it.
    const owner = p.role === 'qualifier' && k + 1 < places.length && places[k + 1].first === p.last + 1 ? p : undefined;
    if (owner) p = places[k + 1];
    // Only a larger place that holds it locates it ("the Chinese attaché in Minsk" does not put Minsk in China).
    if (before.role !== 'elsewhere' || p.role !== 'scene' || p.clause !== before.clause || !contains(p.place, before.place)) continue;
    const gap = (owner ?? p).first - before.last - 1;
    if (gap < 1 || gap > LOCATING_GAP) continue;
    // a preposition of place, perhaps with one word after it ("from Hvardiiske in occupied Crimea")
    const opens = cues.prepositions.matchAt(words, before.last + 1).some((m) => m.value);
    let rest = true;
    for (let i = before.last + 2; i < (owner ?? p).first && rest; i++) rest = !words[i].capitalised || cues.prepositions.matches(words, i);
    if (opens && rest) {
      p.role = 'elsewhere';
      if (owner) owner.role = 'elsewhere';
    }
  }
}

/** How many words before a place its distance may stand: "some 200 km (125 miles) south of Moscow". */
const DISTANCE_REACH = 6;

/**
 * "Novomoskovsk, an industrial city some 200 km south of Moscow": a number of FAR or more and a unit of distance
 * shortly before the place, with a preposition right before it, make the place a point of reference; closer, the
 * place is where it happened ("Sprogimai nugriaudėjo 30 km į šiaurę nuo Charkivo"). (A border stays a scene: drills
 * "30 km from the border" are at the border, as the guidelines count them.)
 */
export function isDistanceReference(words: readonly Word[], p: { first: number }, cues: CompiledCues): boolean {
  if (cues.distanceUnits.size === 0 || p.first < 2) return false;
  // The unit first (a few Set lookups), the preposition only then: this runs for every place. The nearest distance
  // decides, across a bracket too ("200 km (125 miles) south of").
  let count: string | undefined;
  for (let i = p.first - 2; i >= Math.max(0, p.first - DISTANCE_REACH) && count === undefined; i--) {
    const w = words[i].lower;
    if (cues.distanceUnits.has(w) && i > 0 && /^\d/u.test(words[i - 1].lower)) count = words[i - 1].lower;
    else if (/^\d+(?:km|км)$/u.test(w)) count = w;
  }
  if (count === undefined || Number(count.replace(/\D/gu, '')) < FAR) return false;
  let before = p.first - 1;
  if (cues.articles.matches(words, before)) before--;
  return before >= 1 && cues.prepositions.longestEndingAt(words, before) !== undefined;
}

/** From how far away (in the text's unit) a place is only a point of reference: "explosions 30 km north of Kharkiv" were near it. */
const FAR = 50;
