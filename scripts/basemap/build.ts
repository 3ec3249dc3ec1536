// Builds the offline basemap (`public/basemap/*.json`) from Natural Earth data as shipped by the `world-atlas`
// package: 1:50m land and country borders clipped to the part of the world the viewer covers, 1:110m land and
// borders for the rest of the globe (so an article naming a distant country still has a map under it), and one
// label point per country. A few hundred kilobytes rather than the whole 1:50m globe.
//   npm run build:basemap
// The output is committed; nobody edits it by hand. Admin-1 outlines and city labels are not built here:
// the app draws them from the gazetteer artefact it loads anyway (one source of truth for places).
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { feature, mesh, merge } from 'topojson-client';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, LineString, MultiLineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** West, south, east, north: Europe from the Atlantic coast to the Urals, from the Mediterranean to the Arctic coast. */
export const BASEMAP_BBOX: [number, number, number, number] = [-12, 33, 62, 72];
/** 3 decimals ≈ 100 m: finer than 1:50m data carries, and it keeps the files small. */
const PRECISION = 1e3;

const require = createRequire(import.meta.url);
type WorldTopology = Topology<{ countries: GeometryCollection<{ name: string }>; land: GeometryCollection }>;
const topology = require('world-atlas/countries-50m.json') as WorldTopology;
const world = require('world-atlas/countries-110m.json') as WorldTopology;
const outDir = fileURLToPath(new URL('../../public/basemap/', import.meta.url));

const round = (p: Position): Position => [Math.round(p[0] * PRECISION) / PRECISION, Math.round(p[1] * PRECISION) / PRECISION];

function roundGeometry<G extends Geometry>(g: G): G {
  const walk = (c: unknown): unknown => (typeof (c as Position)[0] === 'number' ? round(c as Position) : (c as unknown[]).map(walk));
  return { ...g, coordinates: walk((g as Polygon).coordinates) } as G;
}

/** Clips a (multi)polygon or (multi)line to the basemap box; null when nothing of it is inside. */
function clip<G extends Polygon | MultiPolygon | LineString | MultiLineString>(g: G): G | null {
  const clipped = turf.bboxClip(g, BASEMAP_BBOX).geometry as G;
  const coords = clipped.coordinates as unknown[];
  const nonEmpty = (coords as unknown[][]).filter((part) => Array.isArray(part) && part.length > 0);
  if (nonEmpty.length === 0) return null;
  return roundGeometry(clipped);
}

function collection<G extends Geometry, P>(features: Feature<G, P>[]): FeatureCollection<G, P> {
  return { type: 'FeatureCollection', features };
}

// Land: the merged countries, clipped.
const landGeometry = clip(merge(topology, topology.objects.countries.geometries as never) as MultiPolygon);
const land = collection(landGeometry ? [turf.feature(landGeometry, {})] : []);

// Borders between two different countries (a !== b): coastlines are drawn by the land fill's edge.
const borderGeometry = clip(mesh(topology, topology.objects.countries, (a, b) => a !== b) as MultiLineString);
const borders = collection(borderGeometry ? [turf.feature(borderGeometry, {})] : []);

// The rest of the world at 1:110m: all land (drawn under the detailed land), and the borders outside the box
// (inside it the 1:50m lines are drawn; keeping both would show two slightly different lines).
const worldLand = collection([turf.feature(roundGeometry(feature(world, world.objects.land).features[0]?.geometry as MultiPolygon ?? { type: 'MultiPolygon', coordinates: [] }), {})]);
const [bw, bs, be, bn] = BASEMAP_BBOX;
const insideBox = ([x, y]: Position) => x > bw + 0.5 && x < be - 0.5 && y > bs + 0.5 && y < bn - 0.5;
const outsideRuns: Position[][] = [];
for (const line of (mesh(world, world.objects.countries, (a, b) => a !== b) as MultiLineString).coordinates) {
  let run: Position[] = [];
  for (const p of line) {
    if (insideBox(p)) { if (run.length > 1) outsideRuns.push(run); run = []; } else run.push(round(p));
  }
  if (run.length > 1) outsideRuns.push(run);
}
const worldBorders = collection([turf.feature({ type: 'MultiLineString', coordinates: outsideRuns } as MultiLineString, {})]);

// Country labels: a point inside the largest visible part of each country, ranked by that part's area so the
// style can show big countries first when zoomed out.
const countries = feature(topology, topology.objects.countries) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
const labels: Feature<Point, { name: string; rank: number }>[] = [];
for (const country of countries.features) {
  if (!country.geometry) continue;
  // Countries reaching into the box are labelled inside it (Russia's label belongs west of the Urals here).
  const visible = clip(country.geometry) ?? roundGeometry(country.geometry);
  const parts = visible.type === 'Polygon' ? [visible.coordinates] : visible.coordinates;
  const largest = parts
    .filter((rings) => rings.length > 0 && rings[0].length >= 4)
    .map((rings) => turf.polygon(rings))
    .sort((a, b) => turf.area(b) - turf.area(a))[0];
  if (!largest) continue;
  const area = turf.area(largest) / 1e6; // km²
  if (area < 2_000) continue; // micro-states and slivers at the box's edge would only add clutter
  let at = turf.centerOfMass(largest).geometry;
  if (!turf.booleanPointInPolygon(at, largest)) at = turf.pointOnFeature(largest).geometry;
  // Rank 1 (largest) … 3 (small): used by the style's minzoom-like filter.
  const rank = area > 200_000 ? 1 : area > 40_000 ? 2 : 3;
  labels.push(turf.point(round(at.coordinates), { name: country.properties.name, rank }));
}

mkdirSync(outDir, { recursive: true });
const write = (name: string, data: unknown) => {
  const text = JSON.stringify(data);
  writeFileSync(outDir + name, text + '\n');
  console.log(`${name}: ${(text.length / 1024).toFixed(0)} kB`);
};
write('land.json', land);
write('borders.json', borders);
write('land-world.json', worldLand);
write('borders-world.json', worldBorders);
write('country-labels.json', collection(labels));
write('attribution.json', {
  source: 'Natural Earth 1:50m Admin 0 countries, v4.1.0, via the world-atlas npm package',
  licence: 'Natural Earth: public domain; world-atlas: ISC',
  bbox: BASEMAP_BBOX,
});
