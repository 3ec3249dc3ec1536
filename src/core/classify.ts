// Stage 5 of the pipeline: strikes, meetings and exercises, each tied to the place where it happens.
// The rule is documented in `events/classifyArticle.ts`; the cue words live in each language's `events` section.
import type { Article, Mention, Passage, PlaceKind, SituationEvent } from './types';
import type { GazetteerIndex } from '../gazetteer/gazetteerIndex';
import { classifyArticleEvents, type PlaceFacts } from './events/classifyArticle';

export function classifyEvents(article: Article, passages: Passage[], mentions: Mention[], index: GazetteerIndex): SituationEvent[] {
  return classifyArticleEvents(article, passages, mentions, placeFacts(index));
}

/**
 * What the classifier asks of a place, in records of one shape: the gazetteer's entries come in several shapes (their
 * optional fields), which makes every read of them slow, and the classifier asks many times per sentence.
 */
interface EntryFacts { kind: PlaceKind; parent: string | undefined; capital: boolean; countries: readonly string[] }

const factsByIndex = new WeakMap<GazetteerIndex, PlaceFacts>();

/** The classifier's questions about places, answered from the gazetteer (worked out once per gazetteer). */
function placeFacts(index: GazetteerIndex): PlaceFacts {
  let facts = factsByIndex.get(index);
  if (!facts) {
    const byId = new Map<string, EntryFacts>();
    for (const [id, e] of index.byId) {
      byId.set(id, { kind: e.kind, parent: e.parent, capital: e.capital === true, countries: e.countries ?? (e.iso !== undefined ? [e.iso] : []) });
    }
    facts = {
      kindOf: (place) => byId.get(place)?.kind,
      parentOf: (place) => byId.get(place)?.parent,
      isCapital: (place) => byId.get(place)?.capital === true,
      countriesOf: (place) => byId.get(place)?.countries ?? [],
    };
    factsByIndex.set(index, facts);
  }
  return facts;
}
