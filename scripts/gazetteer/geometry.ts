// Geometry helpers for the gazetteer build: make shapes small (simplify, round) and pick label points.
// Small matters because the whole artefact is fetched and parsed by the browser at start-up.
import * as turf from '@turf/turf';
import type { Feature, Geometry, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';

export type Area = Polygon | MultiPolygon;
export type Line = LineString | MultiLineString;

/** Rounds every coordinate to `digits` decimals (3 ≈ 100 m, 2 ≈ 1 km) and drops repeated points that rounding creates. */
export function roundGeometry<G extends Geometry>(geometry: G, digits: number): G {
  const f = 10 ** digits;
  const roundPos = (p: Position): Position => [Math.round(p[0] * f) / f, Math.round(p[1] * f) / f];
  const roundLine = (line: Position[]): Position[] => {
    const out: Position[] = [];
    for (const p of line.map(roundPos)) {
      const last = out[out.length - 1];
      if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
    }
    return out;
  };
  // A ring needs 4 positions (closed triangle); rounding can collapse tiny islands below that: drop them.
  const roundRing = (ring: Position[]) => roundLine(ring);
  const ringOk = (ring: Position[]) => ring.length >= 4;
  switch (geometry.type) {
    case 'Polygon': {
      const rings = geometry.coordinates.map(roundRing).filter(ringOk);
      return { type: 'Polygon', coordinates: rings } as G;
    }
    case 'MultiPolygon': {
      const polys = geometry.coordinates
        .map((poly) => poly.map(roundRing).filter(ringOk))
        .filter((poly) => poly.length > 0);
      return (polys.length === 1 ? { type: 'Polygon', coordinates: polys[0] } : { type: 'MultiPolygon', coordinates: polys }) as G;
    }
    case 'LineString':
      return { type: 'LineString', coordinates: roundLine(geometry.coordinates) } as G;
    case 'MultiLineString': {
      const lines = geometry.coordinates.map(roundLine).filter((l) => l.length >= 2);
      return (lines.length === 1 ? { type: 'LineString', coordinates: lines[0] } : { type: 'MultiLineString', coordinates: lines }) as G;
    }
    default:
      return geometry;
  }
}

/** Douglas–Peucker simplification (tolerance in degrees) followed by rounding. */
export function shrink<G extends Area | Line>(geometry: G, tolerance: number, digits: number): G {
  const simplified = tolerance > 0 ? (turf.simplify(turf.feature(geometry), { tolerance, highQuality: true }).geometry as G) : geometry;
  return roundGeometry(simplified, digits);
}

/** The polygon of an area with the largest area (mainland rather than an island or overseas part). */
export function largestPolygon(geometry: Area): Polygon {
  if (geometry.type === 'Polygon') return geometry;
  let best: Polygon = { type: 'Polygon', coordinates: geometry.coordinates[0] };
  let bestArea = -1;
  for (const coordinates of geometry.coordinates) {
    const polygon: Polygon = { type: 'Polygon', coordinates };
    const a = turf.area(polygon);
    if (a > bestArea) [best, bestArea] = [polygon, a];
  }
  return best;
}

/** A label point inside an area: the centroid of its largest part when that lies inside, otherwise a point on the surface. */
export function labelPoint(geometry: Area, preferred?: [number, number]): [number, number] {
  if (preferred && turf.booleanPointInPolygon(preferred, turf.feature(geometry))) return preferred;
  const main = largestPolygon(geometry);
  const c = turf.centroid(main).geometry.coordinates as [number, number];
  const point = turf.booleanPointInPolygon(c, main) ? c : (turf.pointOnFeature(main).geometry.coordinates as [number, number]);
  return roundPoint(point);
}

/** A point on a line: the middle (by length) of its longest part. */
export function linePoint(geometry: Line): [number, number] {
  const parts = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
  let best = parts[0];
  let bestLength = -1;
  for (const part of parts) {
    const length = turf.length(turf.lineString(part));
    if (length > bestLength) [best, bestLength] = [part, length];
  }
  const mid = turf.along(turf.lineString(best), bestLength / 2).geometry.coordinates as [number, number];
  return roundPoint(mid);
}

export function roundPoint(p: Position, digits = 4): [number, number] {
  const f = 10 ** digits;
  return [Math.round(p[0] * f) / f, Math.round(p[1] * f) / f];
}

/** Bounding box test used to pre-filter point-in-polygon checks. */
export function bboxOf(geometry: Geometry): [number, number, number, number] {
  return turf.bbox(geometry) as [number, number, number, number];
}

export function contains(area: Feature<Area> | Area, point: [number, number]): boolean {
  return turf.booleanPointInPolygon(point, 'type' in area && area.type === 'Feature' ? area : turf.feature(area as Area));
}

/** Distance in km from a point outside an area to the area's outline (towns on a coast just off a simplified shore). */
export function distanceToAreaKm(area: Area, point: [number, number]): number {
  const outline = turf.polygonToLine(turf.feature(area));
  const lines = outline.type === 'FeatureCollection' ? outline.features : [outline];
  const parts = lines.flatMap((l) => {
    const g = (l as Feature<LineString | MultiLineString>).geometry;
    return g.type === 'LineString' ? [g.coordinates] : g.coordinates;
  });
  return Math.min(...parts.map((coords) => turf.pointToLineDistance(point, turf.lineString(coords))));
}
