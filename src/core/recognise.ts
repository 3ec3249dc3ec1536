import type { LanguageCode, Span } from './types';
import type { GazetteerIndex } from '../gazetteer/gazetteerIndex';

/** A stretch of text that may name a place, with every gazetteer entry it could be. */
export interface ToponymCandidate extends Span {
  surface: string;
  /** Gazetteer ids this surface could refer to (homonyms), best guess first. */
  entries: string[];
}

/** STUB (to be replaced): finds nothing. */
export function recogniseToponyms(_text: string, _lang: LanguageCode, _index: GazetteerIndex): ToponymCandidate[] {
  return [];
}
