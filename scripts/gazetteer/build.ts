// Builds public/data/gazetteer.json (type Gazetteer) from the data packages in scripts/gazetteer/package.json and the
// curated files in scripts/gazetteer/curated/. Deterministic: same packages + same curated files → same bytes.
// Run: npm run build:gazetteer
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Gazetteer, GazetteerEntry } from '../../src/core/types';
import type { Geometry } from 'geojson';
import { buildCountries } from './countries';
import { buildRegions, regionShapes } from './regions';
import { buildCities } from './cities';
import { buildBorders } from './borders';

export const GAZETTEER_VERSION = 1;
const OUT = fileURLToPath(new URL('../../public/data/gazetteer.json', import.meta.url));

function build(): Gazetteer {
  const countries = buildCountries();
  const shapes = regionShapes();
  const regions = buildRegions(shapes);
  const cities = buildCities(shapes);
  const countryName = new Map(countries.entries.map((e) => [e.iso!, e.name]));
  const borders = buildBorders((iso) => countryName.get(iso) ?? iso);
  const entries: GazetteerEntry[] = [...countries.entries, ...regions.entries, ...cities, ...borders.entries];
  const geometries: Record<string, Geometry> = { ...countries.geometries, ...regions.geometries, ...borders.geometries };
  const seen = new Set<string>();
  for (const e of entries) {
    if (seen.has(e.id)) throw new Error(`duplicate id ${e.id}`);
    seen.add(e.id);
  }
  return { version: GAZETTEER_VERSION, entries, geometries };
}

const started = performance.now();
const gazetteer = build();
// One entry per line keeps diffs of the committed artefact readable without costing much size.
const json = `{"version":${gazetteer.version},\n"entries":[\n${gazetteer.entries.map((e) => JSON.stringify(e)).join(',\n')}\n],\n"geometries":{\n${Object.entries(gazetteer.geometries).map(([id, g]) => `${JSON.stringify(id)}:${JSON.stringify(g)}`).join(',\n')}\n}}\n`;
writeFileSync(OUT, json);
const counts: Record<string, number> = {};
for (const e of gazetteer.entries) counts[e.kind] = (counts[e.kind] ?? 0) + 1;
console.log(`wrote ${OUT}: ${(json.length / 1e6).toFixed(2)} MB (chars), ${JSON.stringify(counts)} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
