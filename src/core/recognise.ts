// Toponym recognition: one pass over the article's words, a few Map lookups per capitalised word.
//
// A word is looked up by cutting each ending its language allows (Минске → минск + е) and asking the name index
// (`recognise/nameIndex.ts`) which names have that stem and take that ending. Names of several words (Белгородская
// область, Kijivas apgabalā, obwodu biełgorodzkiego) are anchored on one word and checked word by word around it.
// What is deliberately not a place:
//   - adjectives and demonyms (руските сили, baltkrievu): their endings are not in any name's paradigm;
//   - person names: a first name that is also a town (Владимир Путин) is dropped when a capitalised word that is
//     not a place follows it in the same case (languages with `surnameAgreement`); elsewhere such first names
//     are stop forms;
//   - organisations (НАТО, Укренерго) and buildings used as metonyms (Кремъл, Kremlin): not in the gazetteer, and
//     listed as stop forms so that a gazetteer homonym can never make them places;
//   - a sentence-initial word that names a small town but is written in lower case elsewhere in the same text;
//   - a town's name next to a feature word names that feature (the Dnipro River, the Suwałki Gap, река Днепр).
// Borders are built from their parts by `recognise/borders.ts`.
import type { LanguageCode, Span } from './types';
import type { GazetteerIndex } from '../gazetteer/gazetteerIndex';
import { hashRange, hasPrefix, isAllCaps, isUpperCode, normaliseWord, prefixHashes, spellsAt } from './recognise/normalise';
import { formAt, matchesForm, matchesPattern, type AnchorRef, type NameIndex } from './recognise/nameIndex';
import { isNameGap, tokenise, type Tokens } from './recognise/tokens';
import { findBorders } from './recognise/borders';
import { dropNonPlaces } from './recognise/nonPlaces';

/** A stretch of text that may name a place, with every gazetteer entry it could be. */
export interface ToponymCandidate extends Span {
  surface: string;
  /** Gazetteer ids this surface could refer to (homonyms), best guess first. */
  entries: string[];
}

/** A name found over tokens first..last. */
export interface TokenMatch {
  first: number;
  last: number;
  entries: string[];
  /** The anchor word is exactly the dictionary form (nominative), not an inflected one. */
  dictionaryForm: boolean;
}

/** A name anchored on a token, and whether the token is exactly the anchor word's dictionary form. */
interface AnchorHit { ref: AnchorRef; dictionaryForm: boolean }

/**
 * Names that have text[start, end) as their anchor word in some allowed form; undefined when it is a stop form.
 * One loop over the endings the word may carry; each cut is looked up by the hash of its stem (`stemHashes[n]`
 * hashes the first n letters), spelled out letter by letter only on a hit, so no string is built.
 */
function anchorHits(text: string, start: number, end: number, names: NameIndex, upper: boolean, allCaps: boolean, stemHashes: Int32Array): AnchorHit[] | undefined {
  let hits: AnchorHit[] | undefined;
  const len = end - start;
  const longest = Math.min(names.maxEnding, len - 2);
  for (let k = 0; k <= longest; k++) {
    const h = stemHashes[len - k];
    if (!names.stemHashes.has(h)) continue;
    const stops = names.stops.get(h);
    if (stops) for (const f of stops) if (formAt(text, start, end, f)) return undefined;
    const refs = names.anchors.get(h);
    if (!refs) continue;
    const suffix = hashRange(text, end - k, end);
    for (const ref of refs) {
      const form = ref.form;
      if (form.stem.length !== len - k || !form.formHashes.has(suffix) || !spellsAt(text, start, form.stem)) continue;
      if (ref.variant.capitalised && !upper) continue;
      const dictionaryForm = suffix === form.baseHash;
      // Abbreviations and headlines in capitals: only the dictionary form counts (США, KYIV).
      if (allCaps && !dictionaryForm) continue;
      (hits ??= []).push({ ref, dictionaryForm });
    }
  }
  return hits ?? [];
}

/** No single word of a name is longer; longer tokens (URLs, hashes, noise) are not looked at. */
const LONGEST_WORD = 60;
/** Prefix hashes of the token being looked up (filled by `mayBeName`, read by `anchorHits`) and of a neighbour. */
const hashes = new Int32Array(LONGEST_WORD + 1);
const contextHashes = new Int32Array(LONGEST_WORD + 1);
const conjunctHashes = new Int32Array(LONGEST_WORD + 1);

class Matcher {
  private readonly lower: (string | undefined)[];
  constructor(readonly text: string, readonly tokens: Tokens, readonly names: NameIndex) {
    this.lower = new Array<string | undefined>(tokens.count);
  }

  word(i: number): string {
    return (this.lower[i] ??= normaliseWord(this.text.slice(this.tokens.starts[i], this.tokens.ends[i])));
  }

  /** Whether token i may be a region or feature word, by hashes of its stems (no string built). */
  private mayBeContextWord(i: number): boolean {
    const start = this.tokens.starts[i];
    const len = this.tokens.ends[i] - start;
    if (len < 2 || len > LONGEST_WORD) return false;
    prefixHashes(this.text, start, this.tokens.ends[i], contextHashes);
    const deepest = Math.min(this.names.maxEnding, len - 2);
    for (let k = 0; k <= deepest; k++) if (this.names.contextHashes.has(contextHashes[len - k])) return true;
    return false;
  }

  /** "the Dnipro River", "Suwałki Gap", "река Днепр": a town's name used for a natural or other feature. */
  namesFeature(m: TokenMatch): boolean {
    const { tokens, text } = this;
    const isFeature = (i: number) => this.mayBeContextWord(i) && this.names.featureWords.some((forms) => matchesForm(this.word(i), forms));
    // "the Dnipro River", "река Днепр", and "the Sea of Azov", "Gulf of Finland" (a feature word and a linking "of")
    const ofBefore = m.first > 1 && isNameGap(text, tokens, m.first - 1) && isNameGap(text, tokens, m.first - 2)
      && this.names.rules.featureLinks?.includes(this.word(m.first - 1)) === true && isFeature(m.first - 2);
    return (m.last + 1 < tokens.count && isNameGap(text, tokens, m.last) && isFeature(m.last + 1))
      || (m.first > 0 && isNameGap(text, tokens, m.first - 1) && isFeature(m.first - 1)) || ofBefore;
  }

  /** "у Приморському районі", "Чорноморського флоту": an inflected adjectival town name before the noun it qualifies. */
  qualifiesHead(m: TokenMatch): boolean {
    const next = m.last + 1;
    if (m.dictionaryForm || next >= this.tokens.count || !isNameGap(this.text, this.tokens, m.last) || !this.mayBeContextWord(next)) return false;
    return this.names.adjectiveHeads.some((forms) => matchesForm(this.word(next), forms));
  }

  isRegionWord(i: number): boolean {
    if (!this.mayBeContextWord(i)) return false;
    const w = this.word(i);
    for (const r of this.names.regionWords) if (matchesForm(w, r.forms)) return true;
    return false;
  }

  /** The longest names anchored at token i (several entries when names coincide). */
  namesAt(i: number, upper: boolean): TokenMatch | undefined {
    const { text, tokens } = this;
    const allCaps = upper && isAllCaps(text, tokens.starts[i], tokens.ends[i]);
    const hits = anchorHits(text, tokens.starts[i], tokens.ends[i], this.names, upper, allCaps, hashes);
    if (!hits) return undefined;
    let best: TokenMatch | undefined;
    for (const { ref, dictionaryForm } of hits) {
      const v = ref.variant;
      const first = i - v.anchor;
      const last = first + v.words.length - 1;
      if (first < 0 || last >= tokens.count) continue;
      let ok = true;
      for (let k = first; k <= last && ok; k++) {
        if (k < last && !isNameGap(text, tokens, k)) ok = false;
        else if (k !== i && !matchesPattern(this.word(k), v.words[k - first], this.names)) ok = false;
      }
      if (!ok) continue;
      if (!best || last - first > best.last - best.first) best = { first, last, entries: [...v.entries], dictionaryForm };
      else if (last - first === best.last - best.first && best.first === first) {
        for (const e of v.entries) if (!best.entries.includes(e)) best.entries.push(e);
        best.dictionaryForm &&= dictionaryForm;
      }
    }
    return best ?? this.derivedRegion(i, upper);
  }

  /** Ukrainian Київщина, Russian Белгородчина, Belarusian Гомельшчына: a region named by a noun derived from its centre. */
  private derivedRegion(i: number, upper: boolean): TokenMatch | undefined {
    const rules = this.names.rules.regionNouns;
    if (!rules || !upper) return undefined;
    const { text } = this;
    const start = this.tokens.starts[i];
    const end = this.tokens.ends[i];
    for (const ending of rules.endings) {
      const stemEnd = end - ending.length;
      if (stemEnd - start < 3 || !spellsAt(text, stemEnd, ending)) continue;
      for (const suffix of rules.suffixes) {
        const rootEnd = stemEnd - suffix.length;
        if (rootEnd - start < 2 || !spellsAt(text, rootEnd, suffix)) continue;
        const ids = this.names.regionRootHashes.get(hashes[rootEnd - start]);
        if (ids && this.names.regionRoots.get(this.word(i).slice(0, rootEnd - start)) === ids) return { first: i, last: i, entries: [...ids], dictionaryForm: false };
      }
    }
    return undefined;
  }

  /** Whether token i is a border word (граница, robeža, Grenze) in some form. */
  isBorderWord(i: number): boolean {
    const start = this.tokens.starts[i];
    const end = this.tokens.ends[i];
    const len = end - start;
    for (let k = 0; k <= Math.min(this.names.maxEnding, len - 2); k++) {
      const forms = this.names.borders.get(hashes[len - k]);
      if (forms) for (const f of forms) if (formAt(this.text, start, end, f)) return true;
    }
    return false;
  }

  /**
   * The region named by the word before "<and>" at `first`, when the region word comes after the pair: a town in
   * the same case as the name after "and" ("Kyjivo ir Lvovo sritys") or a region adjective ("над Брянской и
   * Курской областями").
   */
  regionBeforeConjunction(previous: TokenMatch | undefined, first: number): TokenMatch | undefined {
    const t = first - 2;
    if (t < 0 || !isNameGap(this.text, this.tokens, t) || !this.names.rules.conjunctions.includes(this.word(first - 1))) return undefined;
    if (previous && previous.first === t && previous.last === t) {
      // Only a town in the same case as the name after "and" (Kyjivo ir Lvovo sritys), not "в Киеве и Харьковской области".
      if (this.text[this.tokens.ends[t] - 1] !== this.text[this.tokens.ends[first] - 1]) return undefined;
      const regions = previous.entries.map((e) => this.names.cityRegion.get(e)).filter((r): r is string => r !== undefined);
      return regions.length ? { first: t, last: t, entries: regions, dictionaryForm: false } : undefined;
    }
    if (previous && previous.last >= t) return undefined;
    return this.regionAdjectiveAt(t);
  }

  /**
   * Token t alone as a region's name: the adjective of a two-word region name whose other word is the region word
   * (Брянская область, obwód charkowski), when a region word elsewhere stands for both ("Брянской и Курской областями").
   */
  regionAdjectiveAt(t: number): TokenMatch | undefined {
    return this.adjectiveEndingAt(t, t) ?? (t >= 1 && this.hyphenBefore(t) ? this.adjectiveEndingAt(t, t - 1) : undefined)
      ?? (t + 1 < this.tokens.count && this.hyphenBefore(t + 1) ? this.adjectiveEndingAt(t + 1, t) : undefined);
  }

  /**
   * The region adjective whose last word is token t and which starts at token `first`: one word (Курской), or a
   * hyphenated one ("Ивано-Франковской, Тернопольской … областях") whose anchor is its last part.
   */
  private adjectiveEndingAt(t: number, first: number): TokenMatch | undefined {
    const start = this.tokens.starts[t];
    const end = this.tokens.ends[t];
    if (end - start < 2 || end - start > LONGEST_WORD) return undefined;
    prefixHashes(this.text, start, end, conjunctHashes);
    const upper = isUpperCode(this.text.charCodeAt(start));
    const entries: string[] = [];
    const parts = t - first + 1;
    for (const { ref } of anchorHits(this.text, start, end, this.names, upper, false, conjunctHashes) ?? []) {
      const v = ref.variant;
      const named = v.words.filter((w) => !w.generic);
      if (v.words.length !== parts + 1 || named.length !== parts || v.words[v.anchor] !== named[parts - 1]) continue;
      if (named.some((w, k) => k < parts - 1 && !matchesPattern(this.word(first + k), w, this.names))) continue;
      for (const e of v.entries) if (!entries.includes(e)) entries.push(e);
    }
    return entries.length ? { first, last: t, entries, dictionaryForm: false } : undefined;
  }

  /** A single hyphen joins token t to the one before it ("Ивано-Франковской"). */
  private hyphenBefore(t: number): boolean {
    const gap = this.tokens.ends[t - 1];
    if (this.tokens.starts[t] - gap !== 1) return false;
    const c = this.text.charCodeAt(gap);
    return c === 0x2d || c === 0x2010 || c === 0x2011;
  }

  /** The last token of the list member before the one starting at token b ("X, b…", "X and b…"), or -1. */
  memberBefore(b: number): number {
    if (b >= 1 && this.gapHasComma(b - 1)) return b - 1;
    if (b >= 2 && this.isListGap(b - 2) && this.isListGap(b - 1) && this.names.rules.conjunctions.includes(this.word(b - 1))) return b - 2;
    return -1;
  }

  /** The first token of the list member after the one ending at token a ("…a, X", "…a and X"), or -1. */
  memberAfter(a: number): number {
    const last = this.tokens.count - 1;
    if (a + 1 <= last && this.gapHasComma(a)) return a + 1;
    if (a + 2 <= last && this.isListGap(a) && this.isListGap(a + 1) && this.names.rules.conjunctions.includes(this.word(a + 1))) return a + 2;
    return -1;
  }

  /** Only spaces and commas between token i and the next one. */
  private isListGap(i: number): boolean {
    return /^[\s,]*$/u.test(this.text.slice(this.tokens.ends[i], this.tokens.starts[i + 1]));
  }

  private gapHasComma(i: number): boolean {
    return this.isListGap(i) && this.text.slice(this.tokens.ends[i], this.tokens.starts[i + 1]).includes(',');
  }

  /** "Kijivas apgabalā", "Gebiet Belgorod", "Kharkiv region": a city's name next to a region word names its region. */
  regionOfCity(m: TokenMatch): TokenMatch | undefined {
    const regions = m.entries.map((e) => this.names.cityRegion.get(e)).filter((r): r is string => r !== undefined);
    if (!regions.length) return undefined;
    const { tokens, text } = this;
    if (m.last + 1 < tokens.count && isNameGap(text, tokens, m.last) && this.isRegionWord(m.last + 1)) {
      return { first: m.first, last: m.last + 1, entries: regions, dictionaryForm: false };
    }
    if (m.first > 0 && isNameGap(text, tokens, m.first - 1) && this.isRegionWord(m.first - 1)) {
      return { first: m.first - 1, last: m.last, entries: regions, dictionaryForm: false };
    }
    return undefined;
  }
}

/**
 * Whether some stem of token i (the word minus up to `maxCut` letters) is a stem the index knows, asked of hashes
 * computed from the text in place: most capitalised words are no name, and this rejects them without a string.
 */
function mayBeName(text: string, tokens: Tokens, i: number, names: NameIndex): boolean {
  const start = tokens.starts[i];
  const len = tokens.ends[i] - start;
  if (len < 2 || len > LONGEST_WORD) return false;
  prefixHashes(text, start, tokens.ends[i], hashes);
  const deepest = Math.min(names.maxCut, len - 2);
  for (let k = 0; k <= deepest; k++) if (names.stemHashes.has(hashes[len - k])) return true;
  return false;
}

/** `tokens`: the text's tokens when the caller has them already (the pipeline tokenises each article once). */
export function recogniseToponyms(text: string, lang: LanguageCode, index: GazetteerIndex, tokens: Tokens = tokenise(text)): ToponymCandidate[] {
  const names = index.names(lang);
  const matcher = new Matcher(text, tokens, names);
  const matches: TokenMatch[] = [];
  const borderTokens: number[] = [];
  const kindOf = (id: string) => index.byId.get(id)?.kind;

  for (let i = 0; i < tokens.count; i++) {
    const start = tokens.starts[i];
    const upper = isUpperCode(text.charCodeAt(start));
    if (!hasPrefix(text, start, tokens.ends[i], upper ? names.upperPrefixes : names.lowerPrefixes)) continue;
    if (!mayBeName(text, tokens, i, names)) continue;
    if (matcher.isBorderWord(i)) borderTokens.push(i);
    let m = matcher.namesAt(i, upper);
    if (!m) continue;
    if (m.entries.every((e) => kindOf(e) === 'city')) {
      const region = matcher.regionOfCity(m);
      // A region word already taken by the name before ("Белгородска област Киев") does not make Kyiv a region.
      const taken = region !== undefined && matches.length > 0 && matches[matches.length - 1].last >= region.first;
      if (region && !taken) m = region;
      else if (m.first === m.last && (matcher.namesFeature(m) || matcher.qualifiesHead(m))) continue;
    }
    // "Kyjivo ir Lvovo sritys", "the Kharkiv and Sumy regions": the town named before "and" stands for its region.
    const previous = matches.length ? matches[matches.length - 1] : undefined;
    if (m.last > m.first && matcher.isRegionWord(m.last) && m.entries.every((e) => kindOf(e) === 'region')) {
      const before = matcher.regionBeforeConjunction(previous, m.first);
      if (before && previous && previous.first === before.first) matches[matches.length - 1] = before;
      else if (before) matches.push(before);
    }
    matches.push(m);
  }

  if (names.regionWordPlurals.size > 0) spreadPluralRegionWords(matches, matcher, kindOf);
  spreadElidedRegionWords(matches, matcher, kindOf);
  regionsOfTheirHeads(matches, matcher, kindOf);
  const kept = dropNonPlaces(text, tokens, matcher, pruneOverlaps(matches), index);
  const candidates: ToponymCandidate[] = kept.map((m) => {
    const start = tokens.starts[m.first];
    const end = tokens.ends[m.last];
    return { start, end, surface: text.slice(start, end), entries: m.entries };
  });
  for (const b of findBorders(text, tokens, matcher, kept, borderTokens, index)) candidates.push(b);
  return candidates.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * "Rostov Governor Yuri Slyusar said …": a regional centre's name right before the title of a region's head (see
 * `regionHeadTitles`) stands for its region.
 */
function regionsOfTheirHeads(matches: TokenMatch[], matcher: Matcher, kindOf: (id: string) => string | undefined): void {
  const titles = matcher.names.rules.regionHeadTitles;
  if (!titles || titles.length === 0) return;
  const { text, tokens } = matcher;
  const lengths = new Set(titles.map((t) => t.length));
  matches.forEach((m, k) => {
    const next = m.last + 1;
    if (next >= tokens.count || !lengths.has(tokens.ends[next] - tokens.starts[next]) || !isNameGap(text, tokens, m.last) || !titles.includes(matcher.word(next))) return;
    if (!m.entries.some((e) => kindOf(e) === 'city')) return;
    const regions = m.entries.map((e) => (kindOf(e) === 'region' ? e : matcher.names.cityRegion.get(e))).filter((r): r is string => r !== undefined);
    if (regions.length > 0) matches[k] = { ...m, entries: [...new Set(regions)], dictionaryForm: false };
  });
}

/**
 * A plural region word at the end or the start of a list of names makes every member of the list a region:
 * "virš Poltavos, Sumų ir Kyjivo sričių" (the Poltava, Sumy and Kyiv regions), "над Брянской, Курской и Белгородской
 * областями", "in den Gebieten Brjansk, Kursk und Woronesch". The region word itself has already made its neighbour
 * a region; this walks on along the list, turning towns into their regions and finding bare region adjectives.
 */
function spreadPluralRegionWords(matches: TokenMatch[], matcher: Matcher, kindOf: (id: string) => string | undefined): void {
  const isRegion = (m: TokenMatch) => m.entries.every((e) => kindOf(e) === 'region');
  const asRegion = (m: TokenMatch): TokenMatch | undefined => {
    if (isRegion(m)) return m;
    if (!m.entries.every((e) => kindOf(e) === 'city' || kindOf(e) === 'region')) return undefined;
    // A town stands for its region; a name that is both ("Dnipropetrovsk": the oblast and Dnipro's former name) is
    // the region. A namesake without a region (Brest, France) is not the one a list of regions names.
    const regions = m.entries.map((e) => (kindOf(e) === 'region' ? e : matcher.names.cityRegion.get(e))).filter((r): r is string => r !== undefined);
    return regions.length > 0 ? { ...m, entries: [...new Set(regions)], dictionaryForm: false } : undefined;
  };
  // A list member in the genitive, as the name before the region word is: "Sumu un Poltavas apgabala", not "Sumi un …".
  const genitiveEndings = matcher.names.rules.regionListGenitiveEndings ?? [];
  const sharesRegionWord = (m: TokenMatch) => isRegion(m)
    || (m.first === m.last && !m.dictionaryForm && genitiveEndings.some((e) => matcher.word(m.last).endsWith(e)) && asRegion(m) !== undefined);
  // Where each match starts and ends, made on the first region name of several words (most articles have none).
  let byFirst: Map<number, number> | undefined;
  let byLast: Map<number, number> | undefined;
  const found: TokenMatch[] = [];
  const plural = matcher.names.regionWordPlurals;
  for (const m of [...matches]) {
    if (m.first === m.last || !isRegion(m)) continue;
    if (byFirst === undefined || byLast === undefined) {
      byFirst = new Map();
      byLast = new Map();
      for (let k = 0; k < matches.length; k++) { byFirst.set(matches[k].first, k); byLast.set(matches[k].last, k); }
    }
    // A singular region word after a list that "and" closes shares it too, where the language says so (Latvian
    // "virs Žitomiras, Hmeļnickas un Vinnicas apgabala"): the member before "and" has already become a region.
    const closesList = m.first >= 2 && matcher.names.rules.conjunctions.includes(matcher.word(m.first - 1))
      && byLast.has(m.first - 2) && sharesRegionWord(matches[byLast.get(m.first - 2)!]);
    const backwards = plural.has(matcher.word(m.last)) || closesList;
    if (!backwards && !plural.has(matcher.word(m.first))) continue;
    for (let near = m; ;) {
      const t = backwards ? matcher.memberBefore(near.first) : matcher.memberAfter(near.last);
      if (t < 0) break;
      const k = backwards ? byLast.get(t) : byFirst.get(t);
      const region = k !== undefined ? asRegion(matches[k]) : matcher.regionAdjectiveAt(t);
      if (!region) break;
      if (k !== undefined) matches[k] = region;
      else found.push(region);
      near = region;
    }
  }
  matches.push(...found);
}

/** How many tokens after a full region name an elided one may follow in its sentence. */
const ELISION_REACH = 40;

/**
 * A region adjective alone after the same preposition as a full region name before or after it in the sentence, or
 * right after "and" that follows one, in the same case, names a region whose region word is left out: "41 — над Брянской
 * областью, 27 — над Курской, 18 — над Белгородской", "nad obwodem briańskim i kurskim". It must end its phrase (a
 * comma, a conjunction or the sentence's end after it), so that "над Курской АЭС" stays what it is.
 */
function spreadElidedRegionWords(matches: TokenMatch[], matcher: Matcher, kindOf: (id: string) => string | undefined): void {
  const { text, tokens } = matcher;
  // The tokens that matches cover, made on the first two-word region name (most articles have none).
  let taken: Set<number> | undefined;
  const found: TokenMatch[] = [];
  for (const m of matches) {
    if (m.last !== m.first + 1 || m.first === 0 || !m.entries.every((e) => kindOf(e) === 'region')) continue;
    if (taken === undefined) {
      taken = new Set();
      for (const n of matches) for (let t = n.first; t <= n.last; t++) taken.add(t);
    }
    const covered = taken;
    // The adjective is the word that is not the region word: "Брянской областью", "obwodem briańskim".
    const adjective = matcher.isRegionWord(m.last) ? m.first : matcher.isRegionWord(m.first) ? m.last : -1;
    if (adjective < 0) continue;
    // The preposition may govern a noun before the name: "над территорией Брянской области, 12 — над Курской".
    const prepositions = [matcher.word(m.first - 1)];
    if (m.first >= 2 && isNameGap(text, tokens, m.first - 2)) prepositions.push(matcher.word(m.first - 2));
    // … or the list it closes: "над Калужской и Липецкой областями".
    if (m.first >= 3 && matcher.names.rules.conjunctions.includes(matcher.word(m.first - 1)) && covered.has(m.first - 2)) prepositions.push(matcher.word(m.first - 3));
    const end = tokens.ends[adjective];
    // The same two last letters (the case ending), compared before any word is read: this runs on many tokens.
    const sameEnding = (t: number) => text.charCodeAt(tokens.ends[t] - 1) === text.charCodeAt(end - 1) && text.charCodeAt(tokens.ends[t] - 2) === text.charCodeAt(end - 2);
    const tryAt = (t: number, joined: boolean) => {
      if (covered.has(t) || !sameEnding(t) || !(joined || prepositions.includes(matcher.word(t - 1)))) return;
      // (an adjective that follows its region word, "i kurskim zestrzelono", has no noun of its own after it)
      const endsPhrase = t + 1 >= tokens.count || !isNameGap(text, tokens, t) || matcher.names.rules.conjunctions.includes(matcher.word(t + 1))
        || (joined && adjective === m.last);
      const region = endsPhrase ? matcher.regionAdjectiveAt(t) : undefined;
      if (region && region.first === t && region.entries.every((e) => kindOf(e) === 'region')) {
        found.push(region);
        covered.add(t);
      }
    };
    for (let t = m.last + 2; t < tokens.count && t - m.last <= ELISION_REACH; t++) {
      if (/[.!?;]/u.test(text.slice(tokens.ends[t - 1], tokens.starts[t]))) break;
      // after the same preposition, or right after "and" ("nad obwodem briańskim i kurskim", "над Брянской областью и Курской")
      tryAt(t, t === m.last + 2 && matcher.names.rules.conjunctions.includes(matcher.word(t - 1)));
    }
    // … or before it, when the full name closes the count: "19 — над Бранскай, 11 — над Курскай, … астатнія — над
    // Калужскай і Ліпецкай абласцямі".
    for (let t = m.first - 2; t >= 1 && m.first - t <= ELISION_REACH; t--) {
      if (/[.!?;]/u.test(text.slice(tokens.ends[t], tokens.starts[t + 1]))) break;
      tryAt(t, false);
    }
  }
  matches.push(...found);
}

/** Longest match first; a match that overlaps a kept one is dropped. */
function pruneOverlaps(matches: TokenMatch[]): TokenMatch[] {
  const sorted = [...matches].sort((a, b) => a.first - b.first || (b.last - b.first) - (a.last - a.first));
  const out: TokenMatch[] = [];
  let reach = -1;
  for (const m of sorted) {
    if (m.first <= reach) continue;
    out.push(m);
    reach = m.last;
  }
  return out;
}
