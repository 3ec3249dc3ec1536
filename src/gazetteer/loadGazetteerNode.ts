// Loading the bundled gazetteer artefact from disk, for the CLI, tests, eval and benchmarks.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Gazetteer } from '../core/types';
import { indexGazetteer, type GazetteerIndex } from './gazetteerIndex';

export const GAZETTEER_FILE = fileURLToPath(new URL('../../public/data/gazetteer.json', import.meta.url));

let cached: GazetteerIndex | undefined;

/** Reads and indexes the artefact once per process. */
export function loadGazetteer(): GazetteerIndex {
  cached ??= indexGazetteer(JSON.parse(readFileSync(GAZETTEER_FILE, 'utf8')) as Gazetteer);
  return cached;
}
