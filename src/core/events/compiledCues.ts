// A language's `events` section turned into matchers, once per language.
import { EVENT_TYPES, type EventType } from '../types';
import type { EventCues } from '../languages/types';
import { patternSet, WordPatterns } from './wordPatterns';

export interface CompiledCues {
  cues: WordPatterns<EventType>;
  /**
   * Finds, in lower-cased text, every place where the first word of a cue pattern may be (anywhere in a word: the
   * caller moves back to the word's start). One regular expression over the whole article is several times faster
   * than looking up every word.
   */
  cueStarts: RegExp;
  questionWords: WordPatterns<true>;
  nonCues: WordPatterns<true>;
  negations: WordPatterns<true>;
  /** `denialVerbs`, `intentionVerbs` and `conditionals` in one matcher: all cancel an event told within a few words after them. */
  cancellingVerbs: WordPatterns<true>;
  reportNouns: WordPatterns<true>;
  refutations: WordPatterns<true>;
  perfectAuxiliaries: WordPatterns<true>;
  /** `true` for a preposition that puts the place at the scene, `false` for one that makes it a source/partner/topic. */
  prepositions: WordPatterns<boolean>;
  anaphoric: WordPatterns<true>;
  conjunctions: WordPatterns<true>;
  /** `conjunctions` as written (without `initialVariants`), lower-cased: the words `joinsPlaces` reads between places. */
  conjunctionWords: ReadonlySet<string>;
  contrastiveConjunctions: WordPatterns<true>;
  placeNouns: WordPatterns<true>;
  passiveMarkers: WordPatterns<true>;
  reportingVerbs: WordPatterns<true>;
  clauseOpeners: WordPatterns<true>;
  whereWords: WordPatterns<true>;
  placeBeforeCue: 'any' | 'notFirst' | undefined;
  adjunctDeterminers: WordPatterns<true>;
  articles: WordPatterns<true>;
  timeWords: WordPatterns<true>;
  relativeWords: WordPatterns<true>;
  nounNegations: WordPatterns<true>;
  nonNegations: WordPatterns<true>;
  backgroundWords: WordPatterns<true>;
  reactionVerbs: WordPatterns<true>;
  reactionVerbFirst: boolean;
  topicVerbs: WordPatterns<true>;
  ownCountryPhrases: WordPatterns<true>;
  /** `yearWords`, lower-cased. */
  yearBefore: ReadonlySet<string>;
  yearAfter: ReadonlySet<string>;
  yearUntil: ReadonlySet<string>;
  yearThen: WordPatterns<true>;
  inclusionWords: WordPatterns<true>;
  /** `inclusionWords` and `comparisons` in one matcher: phrases whose words open no clause (see `openClauses`). */
  phrasesOpeningNoClause: WordPatterns<true>;
  continuationVerbs: WordPatterns<true>;
  continuationVerbsByType: ReadonlyMap<EventType, WordPatterns<true>>;
  negationReachAfter?: number;
  separableVerbs: readonly { forms: WordPatterns<true>; particle: string; type?: EventType }[];
  agreementVerbs: WordPatterns<true>;
  actorNouns: WordPatterns<true>;
  restWords: WordPatterns<true>;
  officialTitles: WordPatterns<true>;
  distanceUnits: ReadonlySet<string>;
  envoyTitles: WordPatterns<true>;
  /**
   * backgroundWords, continuingWords, historyWords, reactionVerbs, topicVerbs, dateWords, vagueFutureWords and possibilityWords in one matcher whose value is a
   * bit set (MARK_*): the classifier reads them all off a sentence in one lookup per word.
   */
  markers: WordPatterns<number>;
  continuingWords: WordPatterns<true>;
  historyWords: WordPatterns<true>;
  retypedCues: { cue: WordPatterns<true>; type: EventType; when: WordPatterns<true> }[];
  objectEndings: readonly string[];
  locativeEndings: readonly string[];
  partNouns: WordPatterns<true>;
  /** Endings of the names that stand in the locative undeclined (see `undeclinedNameEndings`). */
  undeclinedNameEndings: readonly string[];
  prenominalGenitiveEndings: readonly string[];
  /** The words for "with" (the language's \`borderWith\`): they govern the noun right after them only. */
  withWords: WordPatterns<true>;
}

const compiled = new WeakMap<EventCues, CompiledCues>();

/** Every spelling of a pattern that `initialVariants` allows, word by word ("у тым ліку" → also "ў тым ліку"). */
function spellings(pattern: string, variants: readonly (readonly [string, string])[]): string[] {
  let out = [''];
  for (const word of pattern.split(' ')) {
    const forms = [word, ...variants.filter(([written]) => word.startsWith(written)).map(([written, variant]) => variant + word.slice(written.length))];
    out = out.flatMap((head) => forms.map((form) => (head ? `${head} ${form}` : form)));
  }
  return out;
}

/** The language's lists with the spellings of `initialVariants` added (the same lists when it has none). */
function withInitialVariants(events: EventCues): EventCues {
  const variants = events.initialVariants ?? [];
  if (variants.length === 0) return events;
  const expand = (list: readonly string[]) => [...new Set(list.flatMap((p) => spellings(p, variants)))];
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(events)) {
    // Word lists only: endings ("objectEndings") are ends of words, not words.
    const isWordList = Array.isArray(value) && value.every((v) => typeof v === 'string') && !key.endsWith('Endings');
    out[key] = isWordList ? expand(value as string[]) : value;
  }
  const typed = out as unknown as EventCues;
  typed.cues = Object.fromEntries(Object.entries(events.cues).map(([type, list]) => [type, expand(list ?? [])])) as EventCues['cues'];
  if (events.retypedCues) typed.retypedCues = events.retypedCues.flatMap((r) => spellings(r.cue, variants).map((cue) => ({ ...r, cue, when: expand(r.when) })));
  return typed;
}

export function compileCues(source: EventCues, withWords: readonly string[] = []): CompiledCues {
  let c = compiled.get(source);
  if (!c) {
    const events = withInitialVariants(source);
    const cues = new WordPatterns<EventType>();
    for (const type of EVENT_TYPES) for (const s of events.cues[type] ?? []) cues.add(s, type);
    for (const s of events.agreementVerbs ?? []) cues.add(s, 'meeting');
    const prepositions = new WordPatterns<boolean>();
    for (const s of events.locatives) prepositions.add(s, true);
    for (const s of events.nonLocatives) prepositions.add(s, false);
    c = {
      cues,
      cueStarts: cueStartsOf([...EVENT_TYPES.flatMap((type) => events.cues[type] ?? []), ...(events.agreementVerbs ?? []), ...(events.continuationVerbs ?? []), ...Object.values(events.continuationVerbsByType ?? {}).flat(), ...(events.separableVerbs ?? []).flatMap((v) => v.forms)]),
      questionWords: patternSet(events.questionWords ?? []),
      nonCues: patternSet(events.nonCues ?? []),
      negations: patternSet(events.negations),
      cancellingVerbs: patternSet([...(events.denialVerbs ?? []), ...(events.intentionVerbs ?? []), ...(events.conditionals ?? [])]),
      reportNouns: patternSet(events.refutedReports?.reports ?? []),
      refutations: patternSet(events.refutedReports?.refutations ?? []),
      perfectAuxiliaries: patternSet(events.perfectAuxiliaries ?? []),
      prepositions,
      anaphoric: patternSet(events.anaphoric),
      conjunctions: patternSet(events.conjunctions),
      conjunctionWords: new Set(source.conjunctions.map((c) => c.toLowerCase())),
      contrastiveConjunctions: patternSet(events.contrastiveConjunctions ?? []),
      placeNouns: patternSet(events.placeNouns),
      passiveMarkers: patternSet(events.passiveMarkers),
      reportingVerbs: patternSet(events.reportingVerbs),
      clauseOpeners: patternSet(events.clauseOpeners),
      whereWords: patternSet(events.whereWords),
      placeBeforeCue: events.placeBeforeCue,
      adjunctDeterminers: patternSet(events.adjunctDeterminers ?? []),
      articles: patternSet(events.articles ?? []),
      timeWords: patternSet(events.timeWords ?? []),
      relativeWords: patternSet(events.relativeWords ?? []),
      nounNegations: patternSet(events.nounNegations ?? []),
      nonNegations: patternSet(events.nonNegations ?? []),
      backgroundWords: patternSet(events.backgroundWords ?? []),
      reactionVerbs: patternSet(events.reactionVerbs ?? []),
      reactionVerbFirst: events.reactionVerbFirst === true,
      topicVerbs: patternSet(events.topicVerbs ?? []),
      ownCountryPhrases: patternSet(events.ownCountryPhrases ?? []),
      yearBefore: new Set((events.yearWords?.before ?? []).map((w) => w.toLowerCase())),
      yearAfter: new Set((events.yearWords?.after ?? []).map((w) => w.toLowerCase())),
      yearUntil: new Set((events.yearWords?.until ?? []).map((w) => w.toLowerCase())),
      yearThen: patternSet(events.yearWords?.then ?? []),
      inclusionWords: patternSet(events.inclusionWords ?? []),
      phrasesOpeningNoClause: patternSet([...(events.inclusionWords ?? []), ...(events.comparisons ?? [])]),
      continuationVerbs: patternSet(events.continuationVerbs ?? []),
      negationReachAfter: events.negationReachAfter,
      separableVerbs: (events.separableVerbs ?? []).map((v) => ({ forms: patternSet(v.forms), particle: v.particle.toLowerCase(), type: v.type })),
      continuationVerbsByType: new Map(EVENT_TYPES.map((type) => [type, patternSet(events.continuationVerbsByType?.[type] ?? [])])),
      agreementVerbs: patternSet(events.agreementVerbs ?? []),
      actorNouns: patternSet(events.actorNouns ?? []),
      restWords: patternSet(events.restWords ?? []),
      officialTitles: patternSet(events.officialTitles ?? []),
      distanceUnits: new Set((events.distanceUnits ?? []).map((u) => u.toLowerCase())),
      envoyTitles: patternSet(events.envoyTitles ?? []),
      markers: markersOf(events),
      continuingWords: patternSet(events.continuingWords ?? []),
      historyWords: patternSet(events.historyWords ?? []),
      retypedCues: (events.retypedCues ?? []).map((r) => ({ cue: patternSet([r.cue]), type: r.type, when: patternSet(r.when) })),
      objectEndings: events.objectEndings ?? [],
      locativeEndings: events.locativeEndings ?? [],
      partNouns: patternSet(events.partNouns ?? []),
      undeclinedNameEndings: events.undeclinedNameEndings ?? [],
      prenominalGenitiveEndings: events.prenominalGenitiveEndings ?? [],
      withWords: patternSet([...withWords]),
    };
    compiled.set(source, c);
  }
  return c;
}

export const MARK_BACKGROUND = 1;
export const MARK_CONTINUING = 2;
export const MARK_HISTORY = 4;
export const MARK_REACTION = 8;
export const MARK_TOPIC = 16;
export const MARK_DATE = 32;
export const MARK_VAGUE_FUTURE = 64;
export const MARK_POSSIBLE = 128;

function markersOf(events: EventCues): WordPatterns<number> {
  const markers = new WordPatterns<number>();
  const lists: [readonly string[] | undefined, number][] = [
    [events.backgroundWords, MARK_BACKGROUND], [events.continuingWords, MARK_CONTINUING], [events.historyWords, MARK_HISTORY],
    [events.reactionVerbs, MARK_REACTION], [events.topicVerbs, MARK_TOPIC], [events.dateWords, MARK_DATE],
    [events.vagueFutureWords, MARK_VAGUE_FUTURE], [events.possibilityWords, MARK_POSSIBLE],
  ];
  for (const [list, mark] of lists) for (const s of list ?? []) markers.add(s, mark);
  return markers;
}

/**
 * One regular expression that finds the first word of every cue pattern, wherever it stands in a word. It is built
 * for speed: without the `u` flag and without a look-behind for the word's start (both make V8 several times
 * slower), and with common prefixes factored out ("удар|удари|ударил" → "удар"), so that each position of the
 * text costs one branch per letter instead of one attempt per pattern. It finds more than cue starts (a head in
 * the middle of a word); the caller checks every hit against the full patterns anyway.
 */
function cueStartsOf(patterns: readonly string[]): RegExp {
  const heads = new Set<string>();
  for (const pattern of patterns) {
    const head = (pattern.trim().toLowerCase().split(/\s+/)[0] ?? '').replace(/^\*|\*$/g, '');
    if (head) heads.add(head);
  }
  return new RegExp(heads.size > 0 ? prefixTree(heads) : '(?!)', 'g');
}

type TrieNode = { end: boolean; next: Map<string, TrieNode> };

/** The alternation of `words` as a regular expression that shares prefixes; a word that is a prefix of another ends it. */
function prefixTree(words: Iterable<string>): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const word of words) {
    let node = root;
    for (const ch of word) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // The caller only needs where a head starts, so a head that is a prefix of longer ones stands for them all.
  const emit = (node: TrieNode): string => {
    if (node.end) return '';
    const branches = [...node.next].map(([ch, child]) => escape(ch) + emit(child));
    return branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
  };
  return emit(root);
}
