// Turns the situation (the GeoJSON contract) and the gazetteer into the data the map's sources hold.
// The map only ever sees flat properties: MapLibre would stringify the nested `mentions`/`events` arrays, and the
// popups read those from React state by place id instead.
import type { Feature, FeatureCollection, Geometry, Point, Position } from 'geojson';
import type { PlaceCollection, PlaceFeature } from '../core/geojson';
import type { GazetteerIndex } from '../gazetteer/gazetteerIndex';
import { EVENT_TYPES, type PlaceKind } from '../core/types';

/** The properties every map feature of a place carries: enough for style expressions, filters and clicks. */
export interface MapPlaceProperties {
  id: string;
  name: string;
  kind: PlaceKind;
  mentionCount: number;
  strikeCount: number;
  meetingCount: number;
  exerciseCount: number;
}

export type LngLat = [number, number];
export type Bounds = [LngLat, LngLat];

export interface SituationSources {
  /** Regions, countries and borders with their own geometry (never clustered). */
  areas: FeatureCollection<Geometry, MapPlaceProperties>;
  /** One point per place (cities, and the label point of every area or line): dots, badges, clusters. */
  points: FeatureCollection<Point, MapPlaceProperties>;
  /** Where each place's popup opens and where the map flies to. */
  anchors: Map<string, LngLat>;
  /**
   * What the first screen frames: the cities, regions and borders. Countries count only when nothing else was
   * found: an article's passing mention of the United States should not zoom the map out to the Atlantic.
   */
  bounds: Bounds | null;
}

function flatProperties(f: PlaceFeature): MapPlaceProperties {
  const p = f.properties;
  const props: MapPlaceProperties = {
    id: p.id, name: p.name, kind: p.kind, mentionCount: p.mentionCount, strikeCount: 0, meetingCount: 0, exerciseCount: 0,
  };
  for (const t of EVENT_TYPES) props[`${t}Count`] = Number(p[`${t}Count`]) || 0;
  return props;
}

/** Visits every position of a geometry. */
function eachPosition(g: Geometry, visit: (p: Position) => void): void {
  switch (g.type) {
    case 'Point': visit(g.coordinates); break;
    case 'MultiPoint': case 'LineString': g.coordinates.forEach(visit); break;
    case 'MultiLineString': case 'Polygon': g.coordinates.forEach((r) => r.forEach(visit)); break;
    case 'MultiPolygon': g.coordinates.forEach((p) => p.forEach((r) => r.forEach(visit))); break;
    case 'GeometryCollection': g.geometries.forEach((c) => eachPosition(c, visit)); break;
  }
}

/** Extents of the gazetteer's geometries, which stay the same objects across updates: computed once each. */
const boundsCache = new WeakMap<Geometry, Bounds | null>();

function boundsOf(g: Geometry): Bounds | null {
  if (!boundsCache.has(g)) boundsCache.set(g, computeBounds(g));
  return boundsCache.get(g)!;
}

function computeBounds(g: Geometry): Bounds | null {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  eachPosition(g, ([x, y]) => { if (x < w) w = x; if (x > e) e = x; if (y < s) s = y; if (y > n) n = y; });
  return w <= e ? [[w, s], [e, n]] : null;
}

function extend(a: Bounds | null, b: Bounds | null): Bounds | null {
  if (!a) return b;
  if (!b) return a;
  return [[Math.min(a[0][0], b[0][0]), Math.min(a[0][1], b[0][1])], [Math.max(a[1][0], b[1][0]), Math.max(a[1][1], b[1][1])]];
}

/**
 * Rings that cross the antimeridian come as jumps from +180 to −180 (Russia's Chukotka), which a flat map draws as
 * bands across the world. Shifting their western longitudes by 360° makes them continuous; MapLibre draws
 * longitudes past 180 on the next world copy, exactly where they belong.
 */
function unwrapRing(ring: Position[]): Position[] {
  let w = Infinity, e = -Infinity;
  for (const [x] of ring) { if (x < w) w = x; if (x > e) e = x; }
  return e - w > 180 ? ring.map(([x, y]) => [x < 0 ? x + 360 : x, y]) : ring;
}

/** Unwrapped geometries by gazetteer geometry: a batch hands the map the same countries over and over. */
const unwrapCache = new WeakMap<Geometry, Geometry>();

function unwrappedOnce(g: Geometry): Geometry {
  let unwrapped = unwrapCache.get(g);
  if (!unwrapped) { unwrapped = unwrapAntimeridian(g); unwrapCache.set(g, unwrapped); }
  return unwrapped;
}

export function unwrapAntimeridian(g: Geometry): Geometry {
  switch (g.type) {
    case 'LineString': return { type: g.type, coordinates: unwrapRing(g.coordinates) };
    case 'MultiLineString': case 'Polygon': return { type: g.type, coordinates: g.coordinates.map(unwrapRing) } as Geometry;
    case 'MultiPolygon': return { type: g.type, coordinates: g.coordinates.map((p) => p.map(unwrapRing)) };
    default: return g;
  }
}

/**
 * A place's anchor: the city itself; for a country, where the basemap labels it (inside the part of it the map
 * covers: Russia west of the Urals); else the gazetteer's label point, else the middle of its extent.
 */
function anchorOf(f: PlaceFeature, index: GazetteerIndex | null, countryLabels: ReadonlyMap<string, LngLat>): LngLat | null {
  if (f.geometry?.type === 'Point') return [f.geometry.coordinates[0], f.geometry.coordinates[1]];
  const labelled = f.properties.kind === 'country' ? countryLabels.get(f.properties.name) : undefined;
  if (labelled) return labelled;
  const entry = index?.byId.get(f.properties.id);
  if (entry) return entry.point;
  const b = f.geometry ? boundsOf(f.geometry) : null;
  return b ? [(b[0][0] + b[1][0]) / 2, (b[0][1] + b[1][1]) / 2] : null;
}

export function situationSources(
  collection: PlaceCollection,
  index: GazetteerIndex | null,
  countryLabels: ReadonlyMap<string, LngLat> = new Map(),
): SituationSources {
  const areas: Feature<Geometry, MapPlaceProperties>[] = [];
  const points: Feature<Point, MapPlaceProperties>[] = [];
  const anchors = new Map<string, LngLat>();
  let bounds: Bounds | null = null;
  let countryBounds: Bounds | null = null;
  for (const f of collection.features) {
    if (!f?.properties?.id) continue;
    const properties = flatProperties(f);
    const anchor = anchorOf(f, index, countryLabels);
    if (!anchor) continue;
    anchors.set(properties.id, anchor);
    points.push({ type: 'Feature', geometry: { type: 'Point', coordinates: anchor }, properties });
    if (f.geometry && f.geometry.type !== 'Point') areas.push({ type: 'Feature', geometry: unwrappedOnce(f.geometry), properties });
    if (properties.kind === 'country') countryBounds = extend(countryBounds, [anchor, anchor]);
    else bounds = extend(bounds, (f.geometry ? boundsOf(f.geometry) : null) ?? [anchor, anchor]);
  }
  return {
    areas: { type: 'FeatureCollection', features: areas },
    points: { type: 'FeatureCollection', features: points },
    anchors,
    bounds: bounds ?? countryBounds,
  };
}

/**
 * Whether two lists of map features draw the same: same geometry (the same object, or the same point) and the same
 * flat properties, in the same order. Lets the map skip re-posting a source, and re-tiling it, when an update left it
 * as it was.
 */
export function sameFeatures(a: readonly Feature<Geometry, MapPlaceProperties>[], b: readonly Feature<Geometry, MapPlaceProperties>[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const [f, g] = [a[i], b[i]];
    if (!sameGeometry(f.geometry, g.geometry)) return false;
    for (const key of Object.keys(f.properties) as (keyof MapPlaceProperties)[]) if (f.properties[key] !== g.properties[key]) return false;
    if (Object.keys(f.properties).length !== Object.keys(g.properties).length) return false;
  }
  return true;
}

function sameGeometry(a: Geometry, b: Geometry): boolean {
  if (a === b) return true;
  return a.type === 'Point' && b.type === 'Point' && a.coordinates[0] === b.coordinates[0] && a.coordinates[1] === b.coordinates[1];
}

/**
 * Context from the gazetteer: admin-1 outlines and city names, drawn under the situation whatever it holds. Each city
 * carries its gazetteer id, so that the map can leave out the situation's own cities with a filter rather than by
 * being sent all the cities again whenever the situation's places change.
 */
export function gazetteerContext(index: GazetteerIndex | null): {
  regions: FeatureCollection<Geometry, { name: string }>;
  cities: FeatureCollection<Point, ContextCityProperties>;
} {
  const regions: Feature<Geometry, { name: string }>[] = [];
  const cities: Feature<Point, ContextCityProperties>[] = [];
  for (const entry of index?.gazetteer.entries ?? []) {
    if (entry.kind === 'region') {
      const geometry = index!.gazetteer.geometries[entry.id];
      if (geometry) regions.push({ type: 'Feature', geometry, properties: { name: entry.name } });
    } else if (entry.kind === 'city') {
      cities.push({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: entry.point },
        properties: { id: entry.id, name: entry.name, population: entry.population ?? 0, capital: entry.capital === true },
      });
    }
  }
  return { regions: { type: 'FeatureCollection', features: regions }, cities: { type: 'FeatureCollection', features: cities } };
}

export interface ContextCityProperties { id: string; name: string; population: number; capital: boolean }
