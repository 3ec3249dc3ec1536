// Lookup structures over the gazetteer artefact, built once per load.
// The recogniser's name index lives here too so that it is built once and shared by every article.
import type { Gazetteer, GazetteerEntry, LanguageCode } from '../core/types';
import { buildNameIndex, type NameIndex } from '../core/recognise/nameIndex';

export interface GazetteerIndex {
  gazetteer: Gazetteer;
  byId: Map<string, GazetteerEntry>;
  /** The recogniser's name index for one language, built on first use (a browser only pays for the languages it reads). */
  names(lang: LanguageCode): NameIndex;
}

export function indexGazetteer(gazetteer: Gazetteer): GazetteerIndex {
  const byLang = new Map<LanguageCode, NameIndex>();
  return {
    gazetteer,
    byId: new Map(gazetteer.entries.map((e) => [e.id, e])),
    names(lang) {
      let index = byLang.get(lang);
      if (!index) {
        index = buildNameIndex(gazetteer, lang);
        byLang.set(lang, index);
      }
      return index;
    },
  };
}
