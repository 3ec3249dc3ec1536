import type { ToponymCandidate } from './recognise';
import type { GazetteerIndex } from '../gazetteer/gazetteerIndex';
import type { LanguageCode } from './types';

export interface ResolvedToponym { start: number; end: number; surface: string; place: string }

/** STUB (to be replaced): picks the first candidate entry. */
export function resolveToponyms(candidates: ToponymCandidate[], _context: { text: string; lang: LanguageCode }, _index: GazetteerIndex): ResolvedToponym[] {
  return candidates.filter((c) => c.entries.length > 0).map((c) => ({ start: c.start, end: c.end, surface: c.surface, place: c.entries[0] }));
}
