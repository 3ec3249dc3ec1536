// Resolution: one gazetteer entry per candidate. Homonyms (Brest BY / Brest FR, Odesa UA / Odessa TX, Georgia the
// country / the US state) are decided by the article's context, then by prominence:
//   - context: the countries of the places the article names unambiguously, and the countries its adjectives and
//     demonyms name ("the French navy"), as shares of all such evidence; an entry lying in a country the article
//     talks about scores up to CONTEXT_WEIGHT;
//   - proximity: closeness to the article's unambiguous regions and cities;
//   - prominence: countries before regions before cities, capitals, then population.
// One sense per article: every occurrence of the same name gets the same entry, unless a country named right after
// an occurrence locates it ("Brest in north-western France" in a story that also names Brest, Belarus).
import type { ToponymCandidate } from './recognise';
import type { GazetteerIndex } from '../gazetteer/gazetteerIndex';
import type { GazetteerEntry, LanguageCode } from './types';
import { countryOfAdjective } from './recognise/nameIndex';
import { lowerCode, normaliseWord } from './recognise/normalise';
import { tokenise, type Tokens } from './recognise/tokens';
import { LANGUAGES } from './languages';

export interface ResolvedToponym { start: number; end: number; surface: string; place: string }

const CONTEXT_WEIGHT = 3;
const PARENT_WEIGHT = 2;
/**
 * The region an entry lies in gives the parent bonus when the article names it close by, in the same paragraph and
 * within this many characters: "Mykolaiv, Lviv region", a paragraph about the Lviv region. Named only in another
 * paragraph, the region counts through proximity alone: "The Lviv region reported damage …" and, in the next
 * paragraph, on Dnipro, "One more person was killed in Mykolaiv" is the city of 500 000, not the town near Lviv.
 */
const PARENT_REACH = 600;
/**
 * A country named right after a homonym, in its sentence, decides that mention whatever the article's sense: "У
 * Брэсце на паўночным захадзе Францыі" is Brest, France, in an article that names Brest, Belarus, too. Within this
 * many characters, with no sentence end between.
 */
const COUNTRY_REACH = 60;
const PROXIMITY_WEIGHT = 2;
/** Distance (km) at which the proximity bonus has fallen to 1/e. */
const PROXIMITY_SCALE = 400;
const KIND_WEIGHT: Record<string, number> = { country: 3, region: 2, border: 2, city: 0 };

/**
 * Weight of each tenfold of population. Between places of different kinds it is small, so that the kind decides
 * (Georgia the country and the US state); between two towns it outweighs a closer neighbour in the article: news
 * naming Mykolaiv mean the city of 500 000, not the town of 15 000 near Lviv, unless the article names its region.
 */
const POPULATION_WEIGHT = { acrossKinds: 1 / 7, sameKind: 1 / 2.5 };

function prominence(e: GazetteerEntry, populationWeight: number): number {
  return KIND_WEIGHT[e.kind] + (e.capital ? 1.5 : 0) + Math.log10((e.population ?? 0) + 1) * populationWeight;
}

function distanceKm(a: [number, number], b: [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLon = (b[0] - a[0]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLon / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(h)));
}

interface Context {
  isoShare: Map<string, number>;
  /** Where each unambiguous place is named (start offsets). */
  offsets: Map<string, number[]>;
  points: [number, number][];
}

/** Countries named by adjectives and demonyms anywhere in the text (one more pass, only when something is ambiguous). */
function adjectiveCountries(text: string, tokens: Tokens, lang: LanguageCode, index: GazetteerIndex, counts: Map<string, number>): void {
  const names = index.names(lang);
  for (let i = 0; i < tokens.count; i++) {
    const s = tokens.starts[i];
    const key = lowerCode(text.charCodeAt(s)) * 65536 + (s + 1 < text.length ? lowerCode(text.charCodeAt(s + 1)) : 0);
    if (!names.adjectives.has(key)) continue;
    const iso = countryOfAdjective(normaliseWord(text.slice(s, tokens.ends[i])), names);
    if (iso) counts.set(iso, (counts.get(iso) ?? 0) + 0.5);
  }
}

function buildContext(candidates: readonly Known[], { text, lang, tokens }: ArticleText, index: GazetteerIndex): Context {
  const counts = new Map<string, number>();
  const offsets = new Map<string, number[]>();
  const points: [number, number][] = [];
  for (const { c, entries } of candidates) {
    if (entries.length !== 1) continue;
    const e = index.byId.get(entries[0]);
    if (!e) continue;
    for (const iso of e.countries ?? (e.iso ? [e.iso] : [])) counts.set(iso, (counts.get(iso) ?? 0) + 1);
    // Each place once: the proximity test is linear in the places, not in their mentions.
    const at = offsets.get(e.id);
    if (at) at.push(c.start);
    else {
      offsets.set(e.id, [c.start]);
      if (e.kind === 'city' || e.kind === 'region') points.push(e.point);
    }
  }
  adjectiveCountries(text, tokens ?? tokenise(text), lang, index, counts);
  let total = 0;
  for (const n of counts.values()) total += n;
  const isoShare = new Map<string, number>();
  for (const [iso, n] of counts) isoShare.set(iso, n / total);
  return { isoShare, offsets, points };
}

/** Whether some offset in `a` lies within PARENT_REACH of some offset in `b`, with no line break between them. */
function namedClose(text: string, a: readonly number[], b: readonly number[]): boolean {
  return a.some((x) => b.some((y) => Math.abs(x - y) <= PARENT_REACH && !LINE_BREAK.test(text.slice(Math.min(x, y), Math.max(x, y)))));
}

const LINE_BREAK = /[\n\r\u2028\u2029]/u;
const SENTENCE_END = /[.!?;\n\r\u2028\u2029]/u;

/**
 * The one entry among `entries` whose country the text names right after the mention at `at` ("Brest in north-western
 * France", "Odessa, Texas"), if exactly one is. Not among national capitals: "US envoy … arrived in Moscow" is no
 * Moscow, Idaho, and a capital's namesake needs its region named (see `score`).
 */
function locatedByCountry(entries: readonly string[], at: number, context: Context, text: string, index: GazetteerIndex): string | undefined {
  if (entries.some((id) => index.byId.get(id)?.capital === true)) return undefined;
  const located = entries.filter((id) => {
    const e = index.byId.get(id);
    const countryAt = e && e.kind !== 'country' && e.iso ? context.offsets.get(`country:${e.iso}`) : undefined;
    return countryAt?.some((x) => x > at && x - at <= COUNTRY_REACH && !SENTENCE_END.test(text.slice(at, x)));
  });
  return located.length === 1 ? located[0] : undefined;
}

/** `at`: where the name being resolved stands in the article. */
function score(e: GazetteerEntry, context: Context, populationWeight: number, at: readonly number[], text: string): number {
  let s = prominence(e, populationWeight);
  if (e.iso) s += CONTEXT_WEIGHT * (context.isoShare.get(e.iso) ?? 0);
  const parentAt = e.parent !== undefined ? context.offsets.get(e.parent) : undefined;
  if (parentAt && namedClose(text, parentAt, at)) s += PARENT_WEIGHT;
  if (context.points.length && e.kind !== 'country') {
    let nearest = Infinity;
    for (const p of context.points) nearest = Math.min(nearest, distanceKm(p, e.point));
    s += PROXIMITY_WEIGHT * Math.exp(-nearest / PROXIMITY_SCALE);
  }
  return s;
}

/** The article the candidates come from; `tokens` when the caller has tokenised it already. */
export interface ArticleText { text: string; lang: LanguageCode; tokens?: Tokens }

/** A candidate with the entries the gazetteer knows. */
interface Known { c: ToponymCandidate; entries: string[] }

export function resolveToponyms(candidates: ToponymCandidate[], context: ArticleText, index: GazetteerIndex): ResolvedToponym[] {
  const known: Known[] = [];
  for (const c of candidates) {
    const entries = c.entries.every((id) => index.byId.has(id)) ? c.entries : c.entries.filter((id) => index.byId.has(id));
    if (entries.length) known.push({ c, entries });
  }
  let articleContext: Context | undefined;
  const chosen = new Map<string, string>();
  const out: ResolvedToponym[] = [];
  for (const { c, entries } of known) {
    let place = entries[0];
    if (entries.length > 1) {
      // The recogniser lists a name's homonyms in index order, so the same name gives the same key.
      const key = entries.join('|');
      const decided = chosen.get(key);
      if (decided) place = decided;
      else {
        articleContext ??= buildContext(known, context, index);
        let best = -Infinity;
        const kind = index.byId.get(entries[0])!.kind;
        const populationWeight = entries.every((id) => index.byId.get(id)!.kind === kind) ? POPULATION_WEIGHT.sameKind : POPULATION_WEIGHT.acrossKinds;
        const at = known.filter((k) => k.entries.join('|') === key).map((k) => k.c.start);
        for (const id of entries) {
          const s = score(index.byId.get(id)!, articleContext, populationWeight, at, context.text);
          if (s > best) { best = s; place = id; }
        }
        chosen.set(key, place);
      }
    }
    if (entries.length > 1) {
      articleContext ??= buildContext(known, context, index);
      place = locatedByCountry(entries, c.start, articleContext, context.text, index) ?? place;
      place = capitalWhenIn(place, entries, c, context, index);
    }
    out.push({ start: c.start, end: c.end, surface: c.surface, place });
  }
  return out;
}

const CITY_STATE_SHARE = 0.1;

/**
 * A country and its capital of the same name (Luxembourg, Kuwait, Singapore, Djibouti): "in Luxembourg", "w
 * Luksemburgu", "Liuksemburge" (a preposition of place, or a locative ending) is the city where ministers meet;
 * "Luxembourg said" is the country.
 */
function capitalWhenIn(place: string, entries: string[], c: ToponymCandidate, context: { text: string; lang: LanguageCode }, index: GazetteerIndex): string {
  const chosen = index.byId.get(place);
  if (chosen?.kind !== 'country') return place;
  const capital = entries.map((id) => index.byId.get(id)).find((e) => e?.kind === 'city' && e.capital === true && e.iso === chosen.iso);
  // Only where the capital is a good part of the country: "в Бразилия" (Bulgarian) is Brazil, not Brasília.
  if (!capital || (capital.population ?? 0) < CITY_STATE_SHARE * (chosen.population ?? Infinity)) return place;
  const { locatives, locativeEndings } = LANGUAGES[context.lang].events;
  const lastWord = normaliseWord(c.surface.split(/\s+/u).pop() ?? '');
  if ((locativeEndings ?? []).some((ending) => lastWord.endsWith(ending))) return capital.id;
  const before = /([\p{L}\p{M}]+)\s+$/u.exec(context.text.slice(Math.max(0, c.start - 30), c.start));
  return before && placePrepositions(context.lang, locatives).has(normaliseWord(before[1])) ? capital.id : place;
}

const prepositionsByLanguage = new Map<LanguageCode, Set<string>>();

/** The language's one-word prepositions of place, normalised like words of the text. */
function placePrepositions(lang: LanguageCode, locatives: readonly string[]): Set<string> {
  let set = prepositionsByLanguage.get(lang);
  if (!set) {
    set = new Set(locatives.filter((p) => !p.includes(' ') && !p.includes('*')).map(normaliseWord));
    prepositionsByLanguage.set(lang, set);
  }
  return set;
}
