// The map style as data: an offline basemap (bundled Natural Earth files, gazetteer context) under the situation
// layers. No `glyphs`, no sprite, no remote URL: MapLibre draws labels with the browser's own fonts and the badges
// are drawn on a canvas (markerIcons.ts), so nothing is fetched from outside the app.
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { EVENT_LAYERS, eventIconId, placeLayerOf } from './layerTable';
import { EVENT_TYPES } from '../core/types';

export const SOURCE = {
  worldLand: 'basemap-world-land',
  worldBorders: 'basemap-world-borders',
  land: 'basemap-land',
  borders: 'basemap-borders',
  countryLabels: 'basemap-country-labels',
  contextRegions: 'context-regions',
  contextCities: 'context-cities',
  areas: 'situation-areas',
  cityPoints: 'situation-city-points',
  areaPoints: 'situation-area-points',
} as const;

/** Layers a click on which selects a place (their features carry the place's `id`). */
export const CLICKABLE_LAYERS = ['place-dots', 'place-labels', 'area-labels', 'situation-regions', 'situation-borders', 'situation-countries'];
export const CLUSTER_LAYER = 'place-clusters';

/**
 * Both layers drawing an event type's badges: on cities (clustered source) and on regions, borders, countries.
 * The browser tests query `event-strike` with `queryRenderedFeatures`.
 */
export const eventLayerIds = (type: string) => [`event-${type}`, `event-${type}-areas`];

/** Latin and Cyrillic labels with the fonts the browser has; the family names map to CSS fonts. */
const FONT = ['Noto Sans Regular', 'DejaVu Sans Book', 'Liberation Sans Regular', 'Arial Regular'];
const FONT_BOLD = ['Noto Sans Bold', 'DejaVu Sans Bold', 'Liberation Sans Bold', 'Arial Bold'];

const COLOUR = {
  water: '#c9d9e4',
  land: '#f3f1ec',
  countryBorder: '#9c958c',
  admin1: '#cfc8bf',
  label: '#6b645c',
  text: '#1f1d1b',
  halo: 'rgba(255,255,255,0.92)',
};

const kindIs = (kind: string): ExpressionSpecification => ['==', ['get', 'kind'], kind];
const colourOf = (kind: 'city' | 'region' | 'border' | 'country') => placeLayerOf(kind)!.colour;

/** Dot radius grows with the number of mentions, but sub-linearly, so one much-named city does not swamp the rest. */
const dotRadius: ExpressionSpecification = ['interpolate', ['linear'], ['sqrt', ['get', 'mentionCount']], 1, 5, 3, 8, 6, 12, 10, 16];

/** Basemap country labels: the largest countries first when zoomed out. */
export const COUNTRY_LABEL_FILTER: ExpressionSpecification = ['<=', ['get', 'rank'], ['step', ['zoom'], 1, 3.5, 2, 5, 3]];

const emptyCollection = { type: 'FeatureCollection' as const, features: [] };

export function situationStyle(baseUrl: string): StyleSpecification {
  const basemap = (file: string) => new URL(`basemap/${file}`, baseUrl).href;
  const clusterProperties = Object.fromEntries(
    ['mentionCount', ...EVENT_TYPES.map((t) => `${t}Count`)].map((p) => [p, ['+', ['get', p]]]),
  );
  return {
    version: 8,
    name: 'Situation viewer (offline)',
    // No paint transitions: a layer toggle is drawn in the next frame.
    transition: { duration: 0, delay: 0 },
    sources: {
      [SOURCE.worldLand]: { type: 'geojson', data: basemap('land-world.json'), attribution: '<a href="https://www.naturalearthdata.com/">Natural Earth</a>' },
      [SOURCE.worldBorders]: { type: 'geojson', data: basemap('borders-world.json') },
      [SOURCE.land]: { type: 'geojson', data: basemap('land.json') },
      [SOURCE.borders]: { type: 'geojson', data: basemap('borders.json') },
      [SOURCE.countryLabels]: { type: 'geojson', data: basemap('country-labels.json') },
      [SOURCE.contextRegions]: { type: 'geojson', data: emptyCollection, attribution: '<a href="https://www.geonames.org/">GeoNames</a>' },
      [SOURCE.contextCities]: { type: 'geojson', data: emptyCollection },
      [SOURCE.areas]: { type: 'geojson', data: emptyCollection },
      [SOURCE.areaPoints]: { type: 'geojson', data: emptyCollection },
      [SOURCE.cityPoints]: {
        type: 'geojson', data: emptyCollection, cluster: true, clusterRadius: 42, clusterMaxZoom: 7, clusterProperties,
      },
    },
    layers: [...basemapLayers(), ...situationLayers()],
  };
}

function basemapLayers(): LayerSpecification[] {
  return [
    { id: 'water', type: 'background', paint: { 'background-color': COLOUR.water } },
    { id: 'world-land', type: 'fill', source: SOURCE.worldLand, paint: { 'fill-color': COLOUR.land } },
    { id: 'land', type: 'fill', source: SOURCE.land, paint: { 'fill-color': COLOUR.land } },
    {
      id: 'admin1-outlines', type: 'line', source: SOURCE.contextRegions, minzoom: 4.5,
      paint: { 'line-color': COLOUR.admin1, 'line-width': ['interpolate', ['linear'], ['zoom'], 4.5, 0.5, 8, 1], 'line-dasharray': [3, 2] },
    },
    { id: 'land-coast', type: 'line', source: SOURCE.land, paint: { 'line-color': '#a7b9c6', 'line-width': 0.6 } },
    {
      id: 'situation-countries', type: 'fill', source: SOURCE.areas, filter: kindIs('country'),
      paint: { 'fill-color': colourOf('country'), 'fill-opacity': 0.07 },
    },
    { id: 'world-country-borders', type: 'line', source: SOURCE.worldBorders, paint: { 'line-color': COLOUR.countryBorder, 'line-width': 0.6 } },
    {
      id: 'country-borders', type: 'line', source: SOURCE.borders,
      paint: { 'line-color': COLOUR.countryBorder, 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.6, 8, 1.4] },
    },
    {
      id: 'situation-country-outlines', type: 'line', source: SOURCE.areas, filter: kindIs('country'),
      paint: { 'line-color': colourOf('country'), 'line-width': 1.6, 'line-opacity': 0.7 },
    },
    {
      id: 'context-city-dots', type: 'circle', source: SOURCE.contextCities, minzoom: 5,
      filter: ['any', ['get', 'capital'], ['>=', ['get', 'population'], ['step', ['zoom'], 1_000_000, 6, 200_000, 8, 20_000]]],
      paint: { 'circle-radius': 2, 'circle-color': '#8f877d' },
    },
    {
      id: 'context-city-labels', type: 'symbol', source: SOURCE.contextCities, minzoom: 5,
      filter: ['any', ['get', 'capital'], ['>=', ['get', 'population'], ['step', ['zoom'], 1_000_000, 6, 200_000, 8, 20_000]]],
      layout: {
        'text-field': ['get', 'name'], 'text-font': FONT, 'text-size': 11, 'text-anchor': 'left', 'text-offset': [0.5, 0],
        'symbol-sort-key': ['-', 0, ['get', 'population']],
      },
      paint: { 'text-color': '#7a7269', 'text-halo-color': COLOUR.halo, 'text-halo-width': 1.2 },
    },
    {
      id: 'country-labels', type: 'symbol', source: SOURCE.countryLabels,
      filter: COUNTRY_LABEL_FILTER,
      layout: {
        'text-field': ['upcase', ['get', 'name']], 'text-font': FONT, 'text-letter-spacing': 0.12, 'text-max-width': 8,
        'text-size': ['interpolate', ['linear'], ['zoom'], 3, 10, 7, 14], 'symbol-sort-key': ['get', 'rank'],
      },
      paint: { 'text-color': COLOUR.label, 'text-halo-color': COLOUR.halo, 'text-halo-width': 1.2, 'text-opacity': 0.85 },
    },
  ];
}

function situationLayers(): LayerSpecification[] {
  const region = colourOf('region');
  const border = colourOf('border');
  const city = colourOf('city');
  const layers: LayerSpecification[] = [
    {
      id: 'situation-regions', type: 'fill', source: SOURCE.areas, filter: kindIs('region'),
      paint: { 'fill-color': region, 'fill-opacity': ['interpolate', ['linear'], ['get', 'mentionCount'], 1, 0.28, 10, 0.5] },
    },
    { id: 'situation-region-outlines', type: 'line', source: SOURCE.areas, filter: kindIs('region'), paint: { 'line-color': region, 'line-width': 1.5 } },
    // A white casing under the border line keeps it visible where it runs along the basemap's own border line.
    {
      id: 'situation-border-casing', type: 'line', source: SOURCE.areas, filter: kindIs('border'),
      layout: { 'line-cap': 'round', 'line-join': 'round' }, paint: { 'line-color': '#ffffff', 'line-width': 7, 'line-opacity': 0.8 },
    },
    {
      id: 'situation-borders', type: 'line', source: SOURCE.areas, filter: kindIs('border'),
      layout: { 'line-cap': 'round', 'line-join': 'round' }, paint: { 'line-color': border, 'line-width': 4 },
    },
    // Selection: a halo under the selected place (filters are set by the app when the selection changes).
    {
      id: 'selected-area', type: 'line', source: SOURCE.areas, filter: ['==', ['get', 'id'], ''],
      paint: { 'line-color': '#111111', 'line-width': 2.5, 'line-dasharray': [2, 1] },
    },
    {
      id: 'selected-point', type: 'circle', source: SOURCE.cityPoints, filter: ['==', ['get', 'id'], ''],
      paint: { 'circle-radius': ['+', dotRadius, 5], 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': '#111111', 'circle-stroke-width': 2.5 },
    },
    {
      id: CLUSTER_LAYER, type: 'circle', source: SOURCE.cityPoints, filter: ['has', 'point_count'],
      paint: {
        'circle-color': '#ffffff', 'circle-stroke-color': city, 'circle-stroke-width': 2,
        'circle-radius': ['interpolate', ['linear'], ['get', 'point_count'], 2, 13, 100, 19, 10_000, 28],
      },
    },
    {
      id: 'place-cluster-counts', type: 'symbol', source: SOURCE.cityPoints, filter: ['has', 'point_count'],
      layout: { 'text-field': ['get', 'point_count_abbreviated'], 'text-font': FONT_BOLD, 'text-size': 12, 'text-allow-overlap': true },
      paint: { 'text-color': city },
    },
    {
      id: 'place-dots', type: 'circle', source: SOURCE.cityPoints, filter: ['!', ['has', 'point_count']],
      paint: { 'circle-radius': dotRadius, 'circle-color': city, 'circle-opacity': 0.85, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1.5 },
    },
    {
      id: 'place-labels', type: 'symbol', source: SOURCE.cityPoints, filter: ['!', ['has', 'point_count']],
      layout: {
        'text-field': ['get', 'name'], 'text-font': FONT_BOLD, 'text-size': 13,
        'text-variable-anchor': ['top', 'bottom', 'right', 'left'], 'text-radial-offset': 1.1,
        'symbol-sort-key': ['-', 0, ['get', 'mentionCount']],
      },
      paint: { 'text-color': COLOUR.text, 'text-halo-color': COLOUR.halo, 'text-halo-width': 1.6 },
    },
    {
      id: 'area-labels', type: 'symbol', source: SOURCE.areaPoints,
      layout: {
        'text-field': ['case', ['==', ['get', 'kind'], 'country'], ['upcase', ['get', 'name']], ['get', 'name']],
        'text-font': FONT_BOLD, 'text-size': 12, 'text-max-width': 9, 'text-offset': [0, 0.9],
        'text-letter-spacing': ['case', ['==', ['get', 'kind'], 'country'], 0.1, 0],
      },
      paint: {
        'text-color': ['match', ['get', 'kind'], 'border', border, 'country', '#8a5a00', '#8a3a6e'],
        'text-halo-color': COLOUR.halo, 'text-halo-width': 1.6,
      },
    },
  ];
  // Event badges, one layer per event type and source, straight from the layer table.
  for (const spec of EVENT_LAYERS) {
    const count = `${spec.type}Count`;
    const [onCities, onAreas] = eventLayerIds(spec.type);
    const layout = {
      'icon-image': eventIconId(spec.type),
      // Badges are always drawn (never hidden by a label), and labels make way for them.
      'icon-allow-overlap': true,
      'icon-ignore-placement': false,
      // Clusters are wider than a dot, so their badges sit further out; on regions, borders and countries the
      // badges sit in a row under the name, so they cannot be read as belonging to a nearby city.
      'icon-offset': ['case',
        ['has', 'point_count'], ['literal', spec.offset.map((v) => v * 1.5)],
        ['==', ['get', 'kind'], 'city'], ['literal', spec.offset],
        ['literal', [spec.offset[0], 36]]] as ExpressionSpecification,
      visibility: 'visible' as const,
    };
    const paint = { 'icon-opacity': 1 };
    layers.push({ id: onCities, type: 'symbol', source: SOURCE.cityPoints, filter: ['>', ['get', count], 0], layout, paint });
    layers.push({ id: onAreas, type: 'symbol', source: SOURCE.areaPoints, filter: ['>', ['get', count], 0], layout, paint });
  }
  return layers;
}

