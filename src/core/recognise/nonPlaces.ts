// Matches that spell a place but name something else: a first name followed by the surname (Владимиром
// Путиным), a surname after a first name or an initial (Robertas Kaunas, R. Kaunas, Александр Гусев), and a
// sentence-initial common word that happens to be a small town's name (Мирный житель).
import type { GazetteerIndex } from '../../gazetteer/gazetteerIndex';
import type { TokenMatch } from '../recognise';
import { matchesForm, type NameIndex } from './nameIndex';
import { isAllCaps, isUpperCode, normaliseWord } from './normalise';
import { isSentenceInitial, type Tokens } from './tokens';

/** What these rules need to read of the article's words. */
export interface WordReader {
  names: NameIndex;
  word(i: number): string;
  isRegionWord(i: number): boolean;
}

const SMALL_TOWN = 100_000;

/** Drops person names and sentence-initial common words that happen to spell a town. */
export function dropNonPlaces(text: string, tokens: Tokens, matcher: WordReader, matches: TokenMatch[], index: GazetteerIndex): TokenMatch[] {
  const rules = matcher.names.rules;
  const isSmallTown = (m: TokenMatch) => m.entries.every((id) => {
    const e = index.byId.get(id);
    return e !== undefined && e.kind === 'city' && !e.capital && (e.population ?? 0) < SMALL_TOWN;
  });
  const matchedTokens = new Set(matches.map((m) => m.first));
  const out: TokenMatch[] = [];
  const doubtful: TokenMatch[] = [];
  for (const m of matches) {
    const single = m.first === m.last;
    if (single && rules.surnameAgreement && m.entries.every((id) => index.byId.get(id)?.kind === 'city') && followedBySurname(text, tokens, matcher, m, matchedTokens, isSmallTown(m))) continue;
    if (single && m.entries.every((id) => index.byId.get(id)?.kind === 'city') && precededByFirstName(text, tokens, matcher, m, matchedTokens, rules.capitalisedNouns === true)) continue;
    if (namesOrganisation(text, tokens, matcher, m, matchedTokens)) continue;
    if (single && isSmallTown(m) && isSentenceInitial(text, tokens, m.first)) doubtful.push(m);
    out.push(m);
  }
  if (!doubtful.length) return out;
  // One pass over the text: which of the doubtful words also occur in lower case (Most, Bar, Мир, Изюм …)?
  const wanted = new Set(doubtful.map((m) => matcher.word(m.first)));
  const lengths = new Set([...wanted].map((w) => w.length));
  const common = new Set<string>();
  for (let i = 0; i < tokens.count; i++) {
    const s = tokens.starts[i];
    if (!lengths.has(tokens.ends[i] - s) || isUpperCode(text.charCodeAt(s))) continue;
    const w = normaliseWord(text.slice(s, tokens.ends[i]));
    if (wanted.has(w)) common.add(w);
  }
  const dropped = new Set(doubtful.filter((m) => common.has(matcher.word(m.first))));
  return out.filter((m) => !dropped.has(m));
}

/** "Ventspils University", "Kyiv National University": the name heads an organisation's (see `organisationNouns`). */
function namesOrganisation(text: string, tokens: Tokens, matcher: WordReader, m: TokenMatch, places: Set<number>): boolean {
  const nouns = matcher.names.rules.organisationNouns;
  if (nouns === undefined || nouns.length === 0) return false;
  for (let i = m.last + 1; i <= m.last + 2 && i < tokens.count; i++) {
    if (text.slice(tokens.ends[i - 1], tokens.starts[i]) !== ' ' || !isUpperCode(text.charCodeAt(tokens.starts[i])) || places.has(i)) return false;
    if (nouns.includes(matcher.word(i))) return true;
  }
  return false;
}

/**
 * A capitalised word right after a town's name, not a place itself, in the same case: the "town" was a first name
 * (Владимир Путин, Владимиром Путиным, Vladimirs Putins). Same case is read off the dictionary form or a shared
 * last letter; "в Минске Лукашенко" (locative, then nominative) keeps Minsk. A small town needs no agreement.
 */
function followedBySurname(text: string, tokens: Tokens, matcher: WordReader, m: TokenMatch, places: Set<number>, smallTown: boolean): boolean {
  const i = m.last;
  const next = i + 1;
  if (next >= tokens.count || text.slice(tokens.ends[i], tokens.starts[next]) !== ' ') return false;
  const s = tokens.starts[next];
  const e = tokens.ends[next];
  if (!isUpperCode(text.charCodeAt(s)) || isAllCaps(text, s, e) || places.has(next) || matcher.isRegionWord(next)) return false;
  // "Kijivas Darnicas rajonā": a district of the town, not a surname.
  if (next + 1 < tokens.count && matcher.names.districtWords.some((forms) => matchesForm(matcher.word(next + 1), forms))) return false;
  // A small town is given up more easily: first names decline unlike surnames (Marku Riti).
  return m.dictionaryForm || smallTown || text[tokens.ends[i] - 1] === text[e - 1];
}

/**
 * A town's name right after a first name or an initial: the town is a surname ("krašto apsaugos ministras Robertas
 * Kaunas", "R. Kaunas", "губернатор Александр Гусев"). A first name is a capitalised word, not in capitals, not a place,
 * that does not open its sentence; in languages that capitalise every noun (German, and English headlines) only an
 * initial counts.
 */
function precededByFirstName(text: string, tokens: Tokens, matcher: WordReader, m: TokenMatch, places: Set<number>, capitalisedNouns: boolean): boolean {
  const prev = m.first - 1;
  if (prev < 0) return false;
  const gap = text.slice(tokens.ends[prev], tokens.starts[m.first]);
  const s = tokens.starts[prev];
  const e = tokens.ends[prev];
  if (!isUpperCode(text.charCodeAt(s))) return false;
  if (e - s === 1) return gap === '. ' || gap === '.\u00a0'; // an initial: "R. Kaunas"
  if (capitalisedNouns || gap !== ' ' || e - s < 3 || isAllCaps(text, s, e) || places.has(prev) || matcher.isRegionWord(prev)) return false;
  if (isSentenceInitial(text, tokens, prev)) return false;
  // A surname in the nominative, as names are introduced ("ministras Robertas Kaunas"); an inflected town after a
  // name is its object ("Putins Minsku apmeklēja": Putin visited Minsk).
  if (!m.dictionaryForm) return false;
  return !matcher.names.rules.stopForms.includes(matcher.word(prev));
}
