// Prints how long reading, JSON.parse and indexGazetteer take on the committed artefact (median of several runs),
// next to a baseline JSON.parse of a same-sized array of numbers measured in the same run. Figures, not assertions.
// Run: npx tsx scripts/gazetteer/measureLoad.ts
import { readFileSync, statSync } from 'node:fs';
import { GAZETTEER_FILE } from '../../src/gazetteer/loadGazetteerNode';
import { indexGazetteer } from '../../src/gazetteer/gazetteerIndex';
import type { Gazetteer, LanguageCode } from '../../src/core/types';

const LANGS: LanguageCode[] = ['bg', 'lv', 'ru', 'uk', 'be', 'pl', 'lt', 'de', 'en'];

const RUNS = 9;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const time = (f: () => void) => {
  const t = performance.now();
  f();
  return performance.now() - t;
};

const text = readFileSync(GAZETTEER_FILE, 'utf8');
const baseline = JSON.stringify(Array.from({ length: Math.floor(text.length / 8) }, (_, i) => i * 1.5));
const parse: number[] = [];
const index: number[] = [];
const base: number[] = [];
const names: number[] = [];
for (let i = 0; i < RUNS; i++) {
  let g: Gazetteer | undefined;
  parse.push(time(() => (g = JSON.parse(text) as Gazetteer)));
  let idx: ReturnType<typeof indexGazetteer> | undefined;
  index.push(time(() => (idx = indexGazetteer(g!))));
  names.push(time(() => LANGS.forEach((l) => idx!.names(l))));
  base.push(time(() => JSON.parse(baseline)));
}
console.log(`artefact: ${(statSync(GAZETTEER_FILE).size / 1e6).toFixed(2)} MB`);
console.log(`JSON.parse: ${median(parse).toFixed(1)} ms (baseline parse of ${(baseline.length / 1e6).toFixed(2)} MB of numbers: ${median(base).toFixed(1)} ms)`);
console.log(`indexGazetteer: ${median(index).toFixed(1)} ms`);
console.log(`recogniser name indexes, all nine languages: ${median(names).toFixed(1)} ms`);
console.log(`parse + index: ${(median(parse) + median(index)).toFixed(1)} ms (median of ${RUNS})`);
