// Borders between neighbouring countries as lines along the real boundary: the arcs two countries share in the
// Natural Earth 50m topology (topojson mesh with a filter selecting exactly that pair).
import { mesh, neighbors } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { GazetteerEntry } from '../../src/core/types';
import { linePoint, shrink, type Line } from './geometry';
import { loadWorldAtlas } from './sources';
import { DETAILED_COUNTRIES, isoOfTopoGeometry } from './countries';
import { withDeJureCrimea } from './deJure';


export function buildBorders(englishName: (iso: string) => string): { entries: GazetteerEntry[]; geometries: Record<string, Line> } {
  // Crimea drawn in Ukraine (deJure.ts): the Russia–Ukraine border is the international one.
  const topology: Topology = withDeJureCrimea(loadWorldAtlas('50m'));
  const object = topology.objects.countries as GeometryCollection;
  const isoOf = object.geometries.map((g) => isoOfTopoGeometry(g));
  const adjacency = neighbors(object.geometries);
  const entries: GazetteerEntry[] = [];
  const geometries: Record<string, Line> = {};
  const done = new Set<string>();
  adjacency.forEach((list, i) => {
    for (const j of list) {
      const [a, b] = [isoOf[i], isoOf[j]];
      // Europe's borders and Europe's borders with its neighbours (RU–KZ, TR–SY, …).
      if (!a || !b || a === b || !(DETAILED_COUNTRIES.has(a) || DETAILED_COUNTRIES.has(b))) continue;
      const [x, y] = [a, b].sort();
      const id = `border:${x}-${y}`;
      if (done.has(id)) continue;
      done.add(id);
      const ga = object.geometries[i];
      const gb = object.geometries[j];
      const line = mesh(topology, object, (p, q) => (p === ga && q === gb) || (p === gb && q === ga)) as Line;
      if (!line.coordinates.length) continue;
      const geometry = shrink(line, 0.005, 3);
      const name = `${englishName(x)}–${englishName(y)} border`;
      entries.push({
        id,
        name,
        kind: 'border',
        countries: [x, y],
        point: linePoint(geometry),
        // Border phrases ("границата на Украйна с Беларус", "granica białorusko-ukraińska") are recognised
        // compositionally from the two countries' names by the recogniser, so only the English label is stored.
        names: { en: [name] },
      });
      geometries[id] = geometry;
    }
  });
  return { entries, geometries };
}
