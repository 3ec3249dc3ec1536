// Loading the bundled gazetteer artefact in a browser (app, worker). Node code uses loadGazetteerNode.ts.
import type { Gazetteer } from '../core/types';
import { indexGazetteer, type GazetteerIndex } from './gazetteerIndex';

/** Where the built artefact is served from, relative to the app's base URL. */
export const GAZETTEER_PATH = 'data/gazetteer.json';

export async function fetchGazetteer(baseUrl: string): Promise<GazetteerIndex> {
  const response = await fetch(new URL(GAZETTEER_PATH, baseUrl));
  if (!response.ok) throw new Error(`Could not load the gazetteer (${response.status} ${response.statusText})`);
  return indexGazetteer((await response.json()) as Gazetteer);
}
