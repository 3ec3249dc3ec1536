// Lookup structures over the gazetteer artefact, built once per load.
// The recogniser's name index lives here too so that it is built once and shared by every article.
import type { Gazetteer, GazetteerEntry } from '../core/types';

export interface GazetteerIndex {
  gazetteer: Gazetteer;
  byId: Map<string, GazetteerEntry>;
}

export function indexGazetteer(gazetteer: Gazetteer): GazetteerIndex {
  return { gazetteer, byId: new Map(gazetteer.entries.map((e) => [e.id, e])) };
}
