// The recogniser's lookup structures for one language, built once per gazetteer load from the entries' base names
// and the language's inflection rules (`languages/*.ts`). Nothing here lists inflected forms: each name word is cut
// into a stem and the set of endings its declension pattern allows, and the recogniser cuts running-text words the
// same way, so one Map lookup per possible ending finds a name in any case.
import type { Gazetteer, GazetteerEntry, LanguageCode } from '../types';
import type { InflectionRules, Paradigm } from '../languages/types';
import { LANGUAGES } from '../languages';
import { addPrefix, hashRange, hashWord, nameWords, normaliseWord, spellsAt } from './normalise';

/** One way a word may be written: stem + one of `forms` (also as hashes, to test text in place). */
export interface WordForm { stem: string; forms: Set<string>; formHashes: Set<number>; base: string; baseHash: number }

function wordForm(stem: string, forms: Iterable<string>, base: string): WordForm {
  const set = new Set(forms);
  return { stem, forms: set, formHashes: new Set([...set].map(hashWord)), base, baseHash: hashWord(base) };
}

/** A word of a name: its forms, or `generic` for a region word (область, oblast) that any region word may replace. */
export interface WordPattern { forms: WordForm[]; generic: boolean }

/** One name (in one word order) of one or more gazetteer entries. */
export interface NameVariant {
  entries: string[];
  words: WordPattern[];
  /** Index of the word looked up in the anchor map (the most telling word that is not a generic region word). */
  anchor: number;
  /** Whether the anchor word is capitalised in the dictionary form (a proper name) or lower case (Polish "biełgorodzki"). */
  capitalised: boolean;
}

export interface AnchorRef { variant: NameVariant; form: WordForm }

export interface NameIndex {
  lang: LanguageCode;
  rules: InflectionRules;
  /** Every ending of every paradigm, and the longest one's length. */
  endings: Set<string>;
  maxEnding: number;
  /** Hash of the stem of an anchor word → the names it anchors (stems are checked letter by letter on a hit). */
  anchors: Map<number, AnchorRef[]>;
  /** Hashes of every stem worth a look: anchor stems, stop stems, border-word stems, region roots. */
  stemHashes: Set<number>;
  /** Hashes of the stems of region words and feature words, asked before a neighbour word is spelled out. */
  contextHashes: Set<number>;
  /** The most letters cut off a word to reach such a stem. */
  maxCut: number;
  /** Prefixes of every anchor stem, border word and region root: which capitalised words are worth a look. */
  upperPrefixes: PrefixSets;
  /** Prefixes of lower-case anchor stems (Polish "biełgorodzki") and border words: which lower-case words are. */
  lowerPrefixes: PrefixSets;
  /** Region words of the language as patterns (their plural forms included). */
  regionWords: WordPattern[];
  /** Plural forms of region words: next to a list of names, they make the whole list regions. */
  regionWordPlurals: Set<string>;
  /** Hash of a stop form's stem → its forms (never places). */
  stops: Map<number, WordForm[]>;
  /** Hash of a border word's stem → its forms. */
  borders: Map<number, WordForm[]>;
  /** Root of a derived region noun (київ for Київщина) → region ids. */
  regionRoots: Map<string, string[]>;
  /** The same, by hash of the root. */
  regionRootHashes: Map<number, string[]>;
  /** City id → the region named after it (Brest → Brest Region), for "Brestas apgabalā", "Gebiet Belgorod". */
  cityRegion: Map<string, string>;
  /** Country adjective stems by their first two letters. */
  adjectives: Map<number, { stem: string; iso: string }[]>;
  /** Feature words (river, strait, gap) in all their forms. */
  featureWords: WordForm[][];
  /** Nouns an adjectival town name may qualify instead (район, флот, громада), in all their forms. */
  adjectiveHeads: WordForm[][];
  /** Nouns for a town's district (rajons, apkaime), in all their forms. */
  districtWords: WordForm[][];
  /** Border words (граница, robeža) in all their forms. */
  borderWords: WordForm[][];
  borderLinks: Set<string>;
}

export interface PrefixSets { two: Set<number>; three: Set<number> }

/** Generic words that mean "first-level region" in every language's press (borrowed Russian "oblast"). */
const UNIVERSAL_REGION_WORDS = ['oblast'];
const LATIN_SCRIPT: ReadonlySet<LanguageCode> = new Set(['lv', 'pl', 'lt', 'de', 'en']);

export function pairKey(text: string, start: number): number {
  return text.charCodeAt(start) * 65536 + (start + 1 < text.length ? text.charCodeAt(start + 1) : 0);
}

/** The rules spelled as `normaliseWord` spells words (ў as у, ё as е), so that both sides of a comparison agree. */
function normaliseRules(rules: InflectionRules): InflectionRules {
  const n = (list: string[]) => list.map(normaliseWord);
  return {
    ...rules,
    paradigms: rules.paradigms.map((p) => ({ base: normaliseWord(p.base), forms: n(p.forms) })),
    alternations: rules.alternations?.map((a) => ({ from: normaliseWord(a.from), to: normaliseWord(a.to), forms: n(a.forms) })),
    stopForms: n(rules.stopForms),
    regionWords: n(rules.regionWords),
    regionWordPlurals: n(rules.regionWordPlurals ?? []),
    featureWords: n(rules.featureWords),
    adjectiveHeads: n(rules.adjectiveHeads ?? []),
    borderWords: n(rules.borderWords),
    borderWordPlurals: n(rules.borderWordPlurals ?? []),
    districtWords: n(rules.districtWords ?? []),
    borderLinks: n(rules.borderLinks),
    borderWith: n(rules.borderWith),
    conjunctions: n(rules.conjunctions),
    countryAdjectives: Object.fromEntries(Object.entries(rules.countryAdjectives).map(([stem, iso]) => [normaliseWord(stem), iso])),
    ...(rules.regionNouns ? { regionNouns: { suffixes: n(rules.regionNouns.suffixes), endings: n(rules.regionNouns.endings), adjectiveSuffixes: n(rules.regionNouns.adjectiveSuffixes) } } : {}),
  };
}

/**
 * The paradigm a dictionary-form word follows: the longest base it ends with that leaves a stem of 2+ letters.
 * Patterns sharing that base add up (Polish -i: adjectives biełgorodzki and plurals Suwałki).
 */
function paradigmOf(word: string, paradigms: Paradigm[]): Paradigm {
  let base = '';
  for (const p of paradigms) if (word.endsWith(p.base) && word.length - p.base.length >= 2 && p.base.length > base.length) base = p.base;
  const forms = new Set<string>([base]);
  for (const p of paradigms) if (p.base === base) for (const f of p.forms) forms.add(f);
  return { base, forms: [...forms] };
}

/** Stem + endings of a dictionary-form word, plus the stems its alternations give before their endings. */
export function wordForms(word: string, rules: InflectionRules): WordForm[] {
  const p = paradigmOf(word, rules.paradigms);
  const stem = word.slice(0, word.length - p.base.length);
  const out: WordForm[] = [wordForm(stem, [p.base, ...p.forms], p.base)];
  for (const a of rules.alternations ?? []) {
    if (!stem.endsWith(a.from)) continue;
    const forms = a.forms.filter((f) => p.forms.includes(f));
    if (forms.length) out.push(wordForm(stem.slice(0, stem.length - a.from.length) + a.to, forms, p.base));
  }
  return out;
}

/** Whether text[start, end) is one of the forms (stem spelled letter by letter, ending by hash). */
export function formAt(text: string, start: number, end: number, form: WordForm): boolean {
  const stemEnd = start + form.stem.length;
  return stemEnd <= end && spellsAt(text, start, form.stem) && form.formHashes.has(hashRange(text, stemEnd, end));
}

export function matchesForm(word: string, forms: WordForm[]): boolean {
  for (const f of forms) if (word.length > f.stem.length - 1 && word.startsWith(f.stem) && f.forms.has(word.slice(f.stem.length))) return true;
  return false;
}

export function matchesPattern(word: string, pattern: WordPattern, index: NameIndex): boolean {
  if (!pattern.generic) return matchesForm(word, pattern.forms);
  for (const r of index.regionWords) if (matchesForm(word, r.forms)) return true;
  return false;
}

/**
 * A name as written in running text: "КНР (Китайская Народная Республика)" is two names; "Netherlands (Kingdom of
 * the)" and "Виргинские острова (США)" are one (a parenthesis with lower-case words, or a single word, qualifies
 * the name: it is not another name of the same place).
 */
function writtenForms(name: string): string[] {
  const m = /^(.*?)\s*\(([^()]*)\)\s*$/u.exec(name);
  if (!m) return [name];
  const inner = m[2].trim();
  const innerWords = inner.split(/\s+/u);
  const innerIsName = innerWords.length > 1 && innerWords.every((w) => w[0] !== undefined && w[0] !== w[0].toLowerCase());
  return [m[1], ...(innerIsName ? [inner] : [])].filter((s) => s.length > 0);
}

/** The base names of an entry in a language; Latin-script languages fall back to English, Cyrillic ones to Russian. */
function namesIn(entry: GazetteerEntry, lang: LanguageCode): string[] {
  const own = entry.names[lang];
  const names = own && own.length ? own : (LATIN_SCRIPT.has(lang) ? entry.names.en : entry.names.ru) ?? [];
  return names.flatMap(writtenForms);
}

function stripSuffix(word: string, suffixes: readonly string[]): string | undefined {
  for (const s of suffixes) if (word.endsWith(s) && word.length > s.length + 1) return word.slice(0, word.length - s.length);
  return undefined;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** English region name minus its generic word ("Brest Region" → "brest"), to link a region to its centre city. */
function englishRegionRoot(entry: GazetteerEntry): string | undefined {
  const words = nameWords(entry.names.en?.[0] ?? entry.name);
  const generic = new Set([...LANGUAGES.en.inflection.regionWords, ...UNIVERSAL_REGION_WORDS]);
  const rest = words.filter((w) => !generic.has(w));
  return rest.length === words.length - 1 && rest.length > 0 ? rest.join(' ') : undefined;
}

export function buildNameIndex(gazetteer: Gazetteer, lang: LanguageCode): NameIndex {
  const rules = normaliseRules(LANGUAGES[lang].inflection);
  const endings = new Set<string>(['']);
  for (const p of rules.paradigms) for (const f of [p.base, ...p.forms]) endings.add(f);
  for (const a of rules.alternations ?? []) for (const f of a.forms) endings.add(f);
  let maxEnding = 0;
  for (const e of endings) maxEnding = Math.max(maxEnding, e.length);

  const genericWords = new Set([...rules.regionWords, ...UNIVERSAL_REGION_WORDS]);
  const index: NameIndex = {
    lang, rules, endings, maxEnding, stemHashes: new Set(), contextHashes: new Set(), maxCut: maxEnding,
    anchors: new Map(), upperPrefixes: { two: new Set(), three: new Set() }, lowerPrefixes: { two: new Set(), three: new Set() },
    regionWords: [
      ...[...genericWords].map((w) => ({ forms: wordForms(w, rules), generic: false })),
      // Irregular plurals (Lithuanian sritis → sričių) are not reached by the paradigms: each is a form of its own.
      ...(rules.regionWordPlurals ?? []).map((w) => ({ forms: [wordForm(w, [''], '')], generic: false })),
    ],
    regionWordPlurals: new Set(rules.regionWordPlurals ?? []),
    stops: new Map(), borders: new Map(), regionRoots: new Map(), regionRootHashes: new Map(), cityRegion: new Map(), adjectives: new Map(),
    featureWords: rules.featureWords.map((w) => wordForms(w, rules)),
    adjectiveHeads: (rules.adjectiveHeads ?? []).map((w) => wordForms(w, rules)),
    districtWords: (rules.districtWords ?? []).map((w) => wordForms(w, rules)),
    // Plural border words the paradigms do not reach (Russian границ) are forms of their own, like region plurals.
    borderWords: [...rules.borderWords.map((w) => wordForms(w, rules)), ...(rules.borderWordPlurals ?? []).map((w) => [wordForm(w, [''], '')])],
    borderLinks: new Set(rules.borderLinks),
  };

  // Identical names of different entries (Brest, Brest) share one variant: the resolver chooses among them.
  const variants = new Map<string, NameVariant>();
  const addVariant = (words: string[], capitalisedWords: boolean[], entryId: string) => {
    const key = words.join(' ');
    const known = variants.get(key);
    if (known) {
      if (!known.entries.includes(entryId)) known.entries.push(entryId);
      return;
    }
    const patterns: WordPattern[] = words.map((w) => genericWords.has(w) && words.length > 1
      ? { forms: [], generic: true }
      : { forms: wordForms(w, rules), generic: false });
    // The anchor is the word most telling of the name: capitalised before lower case, then the longest
    // ("Belarus" in "Republic of Belarus", never "of"), so that common words do not trigger lookups.
    let anchor = -1;
    patterns.forEach((p, k) => {
      if (p.generic) return;
      const weight = (capitalisedWords[k] ? 1000 : 0) + words[k].length;
      if (anchor < 0 || weight > (capitalisedWords[anchor] ? 1000 : 0) + words[anchor].length) anchor = k;
    });
    if (anchor < 0) return;
    const variant: NameVariant = { entries: [entryId], words: patterns, anchor, capitalised: capitalisedWords[anchor] };
    variants.set(key, variant);
    for (const form of patterns[anchor].forms) {
      push(index.anchors, hashWord(form.stem), { variant, form });
      addPrefix(form.stem, index.upperPrefixes);
      if (!variant.capitalised) addPrefix(form.stem, index.lowerPrefixes);
    }
  };

  const regionsByRoot = new Map<string, GazetteerEntry[]>();
  for (const entry of gazetteer.entries) {
    if (entry.kind === 'border') continue;
    for (const name of namesIn(entry, lang)) {
      const raw = name.match(/[\p{L}\p{M}\p{N}]+(?:['’ʼ][\p{L}\p{M}\p{N}]+)*/gu) ?? [];
      const words = nameWords(name);
      if (!words.length) continue;
      const capitalised = raw.map((w) => w[0] !== w[0].toLowerCase());
      addVariant(words, capitalised, entry.id);
      // A region name of two words, one of them generic, is also written the other way round
      // (obwód biełgorodzki / biełgorodzki obwód, Belgorod Oblast / Oblast Belgorod).
      if (words.length === 2 && (genericWords.has(words[0]) || genericWords.has(words[1]))) {
        addVariant([words[1], words[0]], [capitalised[1], capitalised[0]], entry.id);
      }
      // Київська область → root "київ" for the derived noun Київщина.
      if (entry.kind === 'region' && rules.regionNouns && words.length === 2) {
        const adjective = genericWords.has(words[1]) ? words[0] : genericWords.has(words[0]) ? words[1] : undefined;
        const root = adjective && stripSuffix(adjective, rules.regionNouns.adjectiveSuffixes);
        if (root) push(index.regionRoots, root, entry.id);
      }
    }
    if (entry.kind === 'region') {
      const root = englishRegionRoot(entry);
      if (root) push(regionsByRoot, `${entry.iso}:${root}`, entry);
    }
  }
  for (const [key, list] of index.regionRoots) index.regionRoots.set(key, [...new Set(list)]);

  for (const entry of gazetteer.entries) {
    if (entry.kind !== 'city' || !entry.iso) continue;
    // Every English name counts: a renamed town keeps the name its region still has (Dnipro, formerly Dnipropetrovsk).
    for (const name of entry.names.en ?? [entry.name]) {
      const regions = regionsByRoot.get(`${entry.iso}:${nameWords(name).join(' ')}`);
      if (regions && regions.length === 1) { index.cityRegion.set(entry.id, regions[0].id); break; }
    }
  }

  for (const forms of index.borderWords) for (const f of forms) { addPrefix(f.stem, index.upperPrefixes); addPrefix(f.stem, index.lowerPrefixes); }
  for (const root of index.regionRoots.keys()) addPrefix(root, index.upperPrefixes);
  for (const stop of rules.stopForms) for (const f of wordForms(stop, rules)) push(index.stops, hashWord(f.stem), f);
  for (const forms of index.borderWords) for (const f of forms) push(index.borders, hashWord(f.stem), f);
  for (const [root, ids] of index.regionRoots) index.regionRootHashes.set(hashWord(root), ids);
  for (const [stem, iso] of Object.entries(rules.countryAdjectives)) push(index.adjectives, pairKey(stem, 0), { stem, iso });
  for (const map of [index.anchors, index.stops, index.borders, index.regionRootHashes]) for (const h of map.keys()) index.stemHashes.add(h);
  for (const p of [...index.regionWords.map((r) => r.forms), ...index.featureWords, ...index.adjectiveHeads]) for (const f of p) index.contextHashes.add(hashWord(f.stem));
  if (rules.regionNouns) {
    const longest = (list: string[]) => Math.max(0, ...list.map((s) => s.length));
    index.maxCut = Math.max(maxEnding, longest(rules.regionNouns.endings) + longest(rules.regionNouns.suffixes));
  }
  for (const list of index.adjectives.values()) list.sort((a, b) => b.stem.length - a.stem.length);
  return index;
}

/** The country an adjective or demonym names (`białorusko` → BY), if any. */
export function countryOfAdjective(word: string, index: NameIndex): string | undefined {
  const list = index.adjectives.get(pairKey(word, 0));
  if (!list) return undefined;
  for (const a of list) if (word.startsWith(a.stem)) return a.iso;
  return undefined;
}
