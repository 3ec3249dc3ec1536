// Borders, built from their parts: a border word (граница, robeža, granica, Grenze, border) and the countries named
// around it, by name ("границата на Украйна с Русия и Беларус") or by adjective ("białorusko-ukraińskiej granicy",
// "the Belarus–Ukraine border"). The first country is paired with each of the others; a lone country ("the border
// with Belarus") is paired with the article's own country, the one it names most.
//
// Decision on double counting: the border mention is the border word itself. Country *names* in the phrase stay
// mentions of their countries (they are names of countries, and a reader looking at Belarus should find "the border
// with Belarus"); country *adjectives* are never mentions. So no text span names two things, and no country
// appears only because of an adjective.
import type { GazetteerIndex } from '../../gazetteer/gazetteerIndex';
import type { ToponymCandidate, TokenMatch } from '../recognise';
import { countryOfAdjective, type NameIndex } from './nameIndex';
import { isPhraseGap, type Tokens } from './tokens';
import { normaliseWord } from './normalise';
import { LANGUAGES } from '../languages';
import type { LanguageCode } from '../types';

interface WordSource { word(i: number): string; names: NameIndex }

const LOOK_BACK = 5;
const LOOK_AHEAD = 8;

/** The country a match names, when it names a country. */
function countryOf(m: TokenMatch, index: GazetteerIndex): string | undefined {
  const e = index.byId.get(m.entries[0]);
  return e && e.kind === 'country' ? e.iso : undefined;
}

/**
 * The country a match stands for as a side of a border: a country, or a region that lies on it ("w pobliżu granicy
 * z obwodem kaliningradzkim" is Poland's border with Russia, "граница Белгородской области с Украиной" Russia's).
 */
function sideOf(m: TokenMatch, index: GazetteerIndex): string | undefined {
  const e = index.byId.get(m.entries[0]);
  return e && (e.kind === 'country' || (e.kind === 'region' && m.entries.length === 1)) ? e.iso : undefined;
}

function mostFrequent(counts: Map<string, number> | undefined): string | undefined {
  let best: string | undefined;
  let bestCount = 0;
  for (const [key, n] of counts ?? []) if (n > bestCount) { best = key; bestCount = n; }
  return best;
}

/** How often the article names each country (through its places, unambiguous ones only). */
function countryCounts(matches: TokenMatch[], index: GazetteerIndex): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of matches) {
    if (m.entries.length !== 1) continue;
    const iso = index.byId.get(m.entries[0])?.iso;
    if (iso) counts.set(iso, (counts.get(iso) ?? 0) + 1);
  }
  return counts;
}

/** The country the article names most, other than `except`, among those `fits` accepts. */
function homeCountry(counts: Map<string, number>, except: string, fits: (iso: string) => boolean): string | undefined {
  let best: string | undefined;
  let bestCount = 0;
  for (const [iso, n] of counts) if (iso !== except && n > bestCount && fits(iso)) { best = iso; bestCount = n; }
  return best;
}

/** Whether the gazetteer has a border between `iso` and each of `sides`: only a neighbour can be the unsaid side. */
function bordersAll(iso: string, sides: readonly string[], index: GazetteerIndex): boolean {
  return sides.every((side) => side === iso || index.byId.has(`border:${[iso, side].sort().join('-')}`));
}

interface Phrase {
  b: number;
  /** Countries named around the border word, in text order. */
  sides: string[];
  /** "the border with Poland": every named side is a far side; the near one is left unsaid. */
  nearSideUnsaid: boolean;
  /** Some side is named before the border word ("Lithuania's border", "the Belarusian border"). */
  namedBefore: boolean;
  /** A preposition stands before the phrase ("near Lithuania's border"). */
  governed: boolean;
}

const prepositionSets = new Map<LanguageCode, Set<string>>();

/** The language's prepositions (of place and others) as single lower-case words: the last word of each pattern. */
function prepositionsOf(lang: LanguageCode): Set<string> {
  let set = prepositionSets.get(lang);
  if (!set) {
    const { locatives, nonLocatives } = LANGUAGES[lang].events;
    set = new Set([...locatives, ...nonLocatives].map((p) => normaliseWord(p.split(' ').pop() ?? '')).filter((w) => w !== '' && !w.includes('*')));
    prepositionSets.set(lang, set);
  }
  return set;
}

const pluralSets = new Map<LanguageCode, Set<string>>();

/** The language's plural border words, written as `normaliseWord` writes words. */
function pluralsOf(lang: LanguageCode): Set<string> {
  let set = pluralSets.get(lang);
  if (!set) pluralSets.set(lang, (set = new Set((LANGUAGES[lang].inflection.borderWordPlurals ?? []).map(normaliseWord))));
  return set;
}

/** The countries named around the border word at token b. */
function phraseAt(text: string, tokens: Tokens, words: WordSource, b: number, byFirst: Map<number, TokenMatch>, byLast: Map<number, TokenMatch>, index: GazetteerIndex): Phrase {
  const links = words.names.borderLinks;
  const withWords = words.names.rules.borderWith;
  let nearSideUnsaid = false;
  const sides: string[] = [];
  const add = (iso: string | undefined) => { if (iso && !sides.includes(iso)) sides.push(iso); };
  const before: string[] = [];
  // Backwards: adjectives and names before the border word ("Belarus–Ukraine border", "Baltkrievijas un Ukrainas robeža").
  let firstSide = b;
  for (let t = b - 1, steps = 0; t >= 0 && steps < LOOK_BACK && isPhraseGap(text, tokens, t, false); steps++) {
    const m = byLast.get(t);
    if (m) {
      const iso = sideOf(m, index);
      if (!iso) break;
      before.unshift(iso);
      firstSide = m.first;
      t = m.first - 1;
      continue;
    }
    const w = words.word(t);
    const adjective = countryOfAdjective(w, words.names);
    if (adjective) (before.unshift(adjective), (firstSide = t));
    else if (!links.has(w)) break;
    t--;
  }
  for (const iso of before) add(iso);
  // "pie Baltkrievijas robežas", "near Lithuania's border": a preposition before "X's border" makes it a place,
  // the border of X with the country in question (unlike "Lithuania's border guards said").
  const p = firstSide - 1;
  const governed = before.length > 0 && p >= 0 && isPhraseGap(text, tokens, p, false) && prepositionsOf(words.names.lang).has(words.word(p));
  nearSideUnsaid = before.length === 0 && b + 1 < tokens.count && withWords.includes(words.word(b + 1)) && isPhraseGap(text, tokens, b, false);
  // "near the Polish and Lithuanian borders": a plural border word after a list of sides makes each one a far side
  // (not "the Belarus–Ukraine and Belarus–Poland borders", whose sides are paired by the dash).
  if (before.length >= 2 && pluralsOf(words.names.lang).has(words.word(b)) && !/[-‐‑–—]/u.test(text.slice(tokens.starts[firstSide], tokens.starts[b]))) nearSideUnsaid = true;
  // Forwards: "границата на Украйна с Русия и Беларус", "granicy białorusko-ukraińskiej", "the border with Belarus".
  for (let t = b + 1, steps = 0; t < tokens.count && steps < LOOK_AHEAD && isPhraseGap(text, tokens, t - 1, sides.length > 0); steps++) {
    const m = byFirst.get(t);
    if (m) {
      const iso = sideOf(m, index);
      if (!iso) break;
      add(iso);
      t = m.last + 1;
      continue;
    }
    // After a comma only a name goes on with the list ("with Russia, Belarus and Poland"): an adjective or a link
    // word there starts the rest of the sentence ("the borders with Poland and Lithuania, the Belarusian Defence
    // Ministry said" has no Belarusian side).
    if (text.slice(tokens.ends[t - 1], tokens.starts[t]).includes(',')) break;
    const w = words.word(t);
    const adjective = countryOfAdjective(w, words.names);
    if (adjective) add(adjective);
    else if (!links.has(w)) break;
    t++;
  }
  // … and so does one before them: "у границ Польши и Литвы" (at the borders of Poland and of Lithuania).
  if (before.length === 0 && sides.length >= 2 && pluralsOf(words.names.lang).has(words.word(b)) && !/[-‐‑–—]/u.test(text.slice(tokens.starts[b], tokens.ends[Math.min(tokens.count - 1, b + LOOK_AHEAD)]))) nearSideUnsaid = true;
  return { b, sides, nearSideUnsaid, namedBefore: before.length > 0, governed };
}

const NEAR_SIDE_REACH = 30;
const SENTENCE_END = /[.!?…\n\r]/;

/**
 * The country the border phrase at token b belongs to: the nearest country the sentence names before it ("Belarus,
 * which hosted Russian troops, … near the border with Poland" → Belarus; "Russia drilled in Kaliningrad, and in
 * Belarus, at the border with Lithuania, …" → Belarus), the first of a list of them ("Belarus and Russia began drills
 * at the border with Poland" → Belarus); failing a country, the country of a town or region the sentence names
 * ("near Ashmyany, close to the Lithuanian border" → Belarus), then the nearest country adjective ("Polish troops …
 * near the border with Belarus" → Poland); never one of the sides already named. A sentence that names none of these goes on telling of
 * the one before it.
 */
function sentenceCountry(text: string, tokens: Tokens, words: WordSource, byLast: Map<number, TokenMatch>, b: number, index: GazetteerIndex, except: readonly string[]): string | undefined {
  // Only a neighbour of the named side: "soldiers from Germany, Lithuania and the Netherlands … near the border with
  // Belarus" is Lithuania's border.
  const fits = (iso: string) => !except.includes(iso) && bordersAll(iso, except, index);
  let named: string | undefined;
  /** The country of the nearest town or region the sentence names ("prie Ašmenos, netoli Lietuvos sienos" → Belarus). */
  let placed: string | undefined;
  let adjective: string | undefined;
  /** The last token of a name listed right before the latest name found ("X and", "X,"), if any. */
  let listedBefore = -1;
  for (let t = b - 1; t >= 0 && b - t <= NEAR_SIDE_REACH; t--) {
    // A sentence that names no country goes on telling of the one before it, within its paragraph ("Polijā turpinās
    // mācības. Mācības notiek … netālu no Lietuvas robežas").
    const gap = text.slice(tokens.ends[t], tokens.starts[t + 1]);
    if (SENTENCE_END.test(gap) && (named !== undefined || placed !== undefined || adjective !== undefined || /[\n\r]/.test(gap))) break;
    const m = byLast.get(t);
    if (m) {
      // A partner ("совместные с Россией учения", "drills with Russia") is not the country whose border it is.
      const partner = m.first >= 1 && isPhraseGap(text, tokens, m.first - 1, false) && words.names.rules.borderWith.includes(words.word(m.first - 1));
      const iso = partner ? undefined : countryOf(m, index);
      const where = m.entries.length === 1 ? index.byId.get(m.entries[0]) : undefined;
      if (!iso && where?.iso && where.kind !== 'border' && fits(where.iso)) placed ??= where.iso;
      // The nearest name, or the first of a list it ends ("Belarus and Russia began drills at the border with Poland").
      if (iso && fits(iso) && (named === undefined || listedBefore === m.last)) {
        named = iso;
        listedBefore = listEnd(text, tokens, words, m.first);
      } else if (listedBefore !== m.last) {
        // Only a list that ends in the country found goes on being read ("Rusija ir Baltarusija …; … Baltarusijos
        // Gardino srityje, netoli sienos su Lietuva" is Belarus's border, not Russia's).
        listedBefore = -1;
      }
      t = m.first;
      continue;
    }
    const iso = countryOfAdjective(words.word(t), words.names);
    if (iso && fits(iso)) adjective ??= iso;
  }
  return named ?? placed ?? adjective;
}

/** The token a list member before token `first` would end at ("Belarus and Russia", "Belarus, Russia"), or -1. */
function listEnd(text: string, tokens: Tokens, words: WordSource, first: number): number {
  const gap = (t: number) => /^[\s,]*$/u.test(text.slice(tokens.ends[t], tokens.starts[t + 1]));
  if (first >= 1 && gap(first - 1) && text.slice(tokens.ends[first - 1], tokens.starts[first]).includes(',')) return first - 1;
  if (first >= 2 && gap(first - 2) && gap(first - 1) && words.names.rules.conjunctions.includes(words.word(first - 1))) return first - 2;
  return -1;
}

export function findBorders(text: string, tokens: Tokens, words: WordSource, matches: TokenMatch[], borderTokens: number[], index: GazetteerIndex): ToponymCandidate[] {
  if (!borderTokens.length) return [];
  const byFirst = new Map<number, TokenMatch>();
  const byLast = new Map<number, TokenMatch>();
  for (const m of matches) { byFirst.set(m.first, m); byLast.set(m.last, m); }
  const out: ToponymCandidate[] = [];

  const phrases = borderTokens.map((b) => phraseAt(text, tokens, words, b, byFirst, byLast, index));
  // Pairs the article states outright ("the border of Ukraine with Russia and Belarus") also settle the sides left
  // unsaid elsewhere in it ("the Belarusian border" → Belarus–Ukraine).
  const partners = new Map<string, Map<string, number>>();
  for (const { sides, nearSideUnsaid } of phrases) {
    if (nearSideUnsaid || sides.length < 2) continue;
    for (const other of sides.slice(1)) {
      for (const [x, y] of [[sides[0], other], [other, sides[0]]]) {
        const m = partners.get(x) ?? new Map<string, number>();
        m.set(y, (m.get(y) ?? 0) + 1);
        partners.set(x, m);
      }
    }
  }
  let counts: Map<string, number> | undefined;
  for (const { b, sides, nearSideUnsaid, namedBefore, governed } of phrases) {
    if (!sides.length) continue;
    let near = sides[0];
    let far = sides.slice(1);
    if (nearSideUnsaid || sides.length === 1) {
      // The unsaid side: the country the sentence is about, else the one the article pairs it with,
      // else the article's own country.
      // A lone side before the border word ("Lithuania's border guards") is not paired with the article's country.
      const said = sentenceCountry(text, tokens, words, byLast, b, index, sides)
        ?? mostFrequent(partners.get(sides[0]))
        ?? (nearSideUnsaid || !namedBefore || governed ? homeCountry(counts ??= countryCounts(matches, index), sides[0], (iso) => bordersAll(iso, sides, index)) : undefined);
      if (!said) continue;
      near = said;
      far = sides.filter((s) => s !== said);
    }
    const surface = text.slice(tokens.starts[b], tokens.ends[b]);
    for (const other of far) {
      const id = `border:${[near, other].sort().join('-')}`;
      if (index.byId.has(id)) out.push({ start: tokens.starts[b], end: tokens.ends[b], surface, entries: [id] });
    }
  }
  return out;
}
