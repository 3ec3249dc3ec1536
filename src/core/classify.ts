// Stage 5 of the pipeline: strikes, meetings and exercises, each tied to the place where it happens.
// The rule is documented in `events/classifyArticle.ts`; the cue words live in each language's `events` section.
import type { Article, Mention, Passage, SituationEvent } from './types';
import type { GazetteerIndex } from '../gazetteer/gazetteerIndex';
import { classifyArticleEvents } from './events/classifyArticle';

export function classifyEvents(article: Article, passages: Passage[], mentions: Mention[], index: GazetteerIndex): SituationEvent[] {
  return classifyArticleEvents(article, passages, mentions, {
    kindOf: (place) => index.byId.get(place)?.kind,
    parentOf: (place) => index.byId.get(place)?.parent,
    isCapital: (place) => index.byId.get(place)?.capital === true,
    countriesOf: (place) => {
      const entry = index.byId.get(place);
      return entry?.countries ?? (entry?.iso !== undefined ? [entry.iso] : []);
    },
  });
}
