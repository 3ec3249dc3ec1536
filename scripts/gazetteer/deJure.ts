// Natural Earth's default point of view (what world-atlas ships) draws Crimea as part of Russia. The gazetteer follows
// the internationally recognised boundaries (UN GA resolution 68/262, ISO 3166-2:UA lists UA-43 and UA-40), which is
// also what the regions layer does (UA-43 Crimea). So the Crimea polygon of Russia's outline is moved to Ukraine's in
// the topology before countries and borders are derived from it: Ukraine's outline includes Crimea, and the
// Russia–Ukraine border runs along the international boundary rather than across the Perekop isthmus.
import { feature, merge } from 'topojson-client';
import * as turf from '@turf/turf';
import type { GeometryCollection, MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon, Topology } from 'topojson-specification';
import type { MultiPolygon, Polygon } from 'geojson';

/** Points inside Crimea (Simferopol, Sevastopol): a polygon holding one of them is Crimea. */
const CRIMEA_POINTS: [number, number][] = [[34.1, 44.95], [33.52, 44.6]];
const RUSSIA = '643';
const UKRAINE = '804';

type CountryGeometry = (TopoPolygon | TopoMultiPolygon) & { id?: string | number; properties?: { name?: string } };

function polygonsOf(g: CountryGeometry): number[][][] {
  return g.type === 'Polygon' ? [g.arcs] : g.arcs;
}

/** A copy of the topology whose `countries` object has Crimea in Ukraine (merged into one outline). */
export function withDeJureCrimea(topology: Topology): Topology {
  const object = topology.objects.countries as GeometryCollection;
  const geometries = object.geometries as CountryGeometry[];
  const ru = geometries.find((g) => String(g.id) === RUSSIA);
  const ua = geometries.find((g) => String(g.id) === UKRAINE);
  if (!ru || !ua) return topology;
  const isCrimea = (arcs: number[][]) => {
    const shape = feature(topology, { type: 'Polygon', arcs } as TopoPolygon).geometry as Polygon;
    return CRIMEA_POINTS.some((p) => turf.booleanPointInPolygon(p, shape));
  };
  const crimea = polygonsOf(ru).filter(isCrimea);
  if (crimea.length === 0) return topology; // already drawn in Ukraine
  const russia: CountryGeometry = { ...ru, type: 'MultiPolygon', arcs: polygonsOf(ru).filter((p) => !isCrimea(p)) };
  const ukraineParts: CountryGeometry = { ...ua, type: 'MultiPolygon', arcs: [...polygonsOf(ua), ...crimea] };
  // merge() dissolves the shared Perekop arcs so Ukraine is one outline, then it goes back into topology form by arcs:
  // easiest is to keep the arcs list (borders use arcs) and let countries.ts merge when it needs the GeoJSON outline.
  const copy: Topology = {
    ...topology,
    objects: {
      ...topology.objects,
      countries: { ...object, geometries: geometries.map((g) => (g === ru ? russia : g === ua ? ukraineParts : g)) } as GeometryCollection,
    },
  };
  return copy;
}

/** GeoJSON outline of one country geometry, dissolving internal arcs (Ukraine + Crimea → one polygon). */
export function dissolvedOutline(topology: Topology, g: CountryGeometry): Polygon | MultiPolygon {
  return merge(topology, [g as TopoMultiPolygon]) as MultiPolygon;
}
