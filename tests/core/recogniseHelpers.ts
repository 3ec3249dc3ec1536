// Shared by the recogniser and resolver tests: the real gazetteer artefact and a one-call "what places does this
// text name" helper that runs recognition and resolution exactly as the pipeline does.
import { loadGazetteer } from '../../src/gazetteer/loadGazetteerNode';
import { recogniseToponyms } from '../../src/core/recognise';
import { resolveToponyms } from '../../src/core/resolve';
import type { LanguageCode } from '../../src/core/types';

export const index = loadGazetteer();

/** [surface, place id] pairs, in text order. */
export function placesIn(text: string, lang: LanguageCode): [string, string][] {
  return resolveToponyms(recogniseToponyms(text, lang, index), { text, lang }, index).map((t) => [t.surface, t.place]);
}

/** The place ids named in the text, each once. */
export function placeIds(text: string, lang: LanguageCode): string[] {
  return [...new Set(placesIn(text, lang).map(([, id]) => id))];
}

export const MINSK = 'city:625144';
export const KYIV = 'city:703448';
export const RIGA = 'city:456172';
export const MOSCOW = 'city:524901';
export const GOMEL = 'city:627907';
export const BREST_BY = 'city:629634';
export const BREST_FR = 'city:3030300';
export const ODESA_UA = 'city:698740';
export const ODESSA_TX = 'city:5527554';
export const PARIS_FR = 'city:2988507';
export const PARIS_TX = 'city:4717560';
export const KHARKIV = 'city:706483';
export const BELGOROD_OBLAST = 'region:RU-BEL';
