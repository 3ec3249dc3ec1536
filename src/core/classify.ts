import type { Article, Mention, Passage, SituationEvent } from './types';
import type { GazetteerIndex } from '../gazetteer/gazetteerIndex';

/** STUB (to be replaced): finds no events. */
export function classifyEvents(_article: Article, _passages: Passage[], _mentions: Mention[], _index: GazetteerIndex): SituationEvent[] {
  return [];
}
