// Export of the situation as a GeoJSON file in the documented schema (README, "GeoJSON schema"), the
// same one the CLI prints, so QGIS, kepler.gl or geojson.io open it as it is.
import { EVENT_TYPES, type EventType } from '../core/types';
import { countProperty, type PlaceCollection, type PlaceFeature } from '../core/geojson';

export const GEOJSON_MIME = 'application/geo+json';

/**
 * Only what the visible event layers show: places with at least one event of a visible type, keeping only
 * those events (and recounting them). Mentions stay: they are the evidence for the place.
 */
export function selectLayers(collection: PlaceCollection, visible: readonly EventType[]): PlaceCollection {
  const shown = new Set(visible);
  const features: PlaceFeature[] = [];
  for (const feature of collection.features) {
    const events = feature.properties.events.filter((e) => shown.has(e.type));
    if (events.length === 0) continue;
    const counts = Object.fromEntries(EVENT_TYPES.map((t) => [countProperty(t), events.filter((e) => e.type === t).length]));
    features.push({ ...feature, properties: { ...feature.properties, events, ...counts } });
  }
  return { type: 'FeatureCollection', features };
}

/** The file's text: compact JSON (RFC 7946 needs nothing else; files of thousands of passages stay small). */
export function serialiseCollection(collection: PlaceCollection): string {
  return JSON.stringify(collection);
}

/** `situation-2026-11-22.geojson`, or with the layers named when only some are exported. */
export function exportFileName(date: Date, visible?: readonly EventType[]): string {
  const day = date.toISOString().slice(0, 10);
  const layers = visible && visible.length < EVENT_TYPES.length ? `-${visible.join('-') || 'none'}` : '';
  return `situation-${day}${layers}.geojson`;
}
