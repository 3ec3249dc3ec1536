// Shareable state in the URL's hash: map position, visible event layers, selected place.
//   #map=5.20/52.1000/29.4000&layers=strike,meeting&place=city:625144
// A missing part means "the default"; a malformed part is ignored rather than breaking the page.
import { EVENT_TYPES, type EventType } from '../core/types';
import type { MapView } from '../map/situationMap';

export interface UrlState {
  view?: MapView;
  /** Visible event layers; undefined means all. */
  layers?: EventType[];
  place?: string;
}

export function parseUrlState(hash: string): UrlState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const state: UrlState = {};
  const map = params.get('map')?.split('/').map(Number);
  if (map && map.length === 3 && map.every(Number.isFinite)) {
    const [zoom, lat, lon] = map;
    if (zoom >= 0 && zoom <= 22 && Math.abs(lat) <= 85 && Math.abs(lon) <= 180) state.view = { zoom, center: [lon, lat] };
  }
  const layers = params.get('layers');
  if (layers !== null) state.layers = EVENT_TYPES.filter((t) => layers.split(',').includes(t));
  const place = params.get('place');
  if (place) state.place = place;
  return state;
}

export function formatUrlState(state: UrlState): string {
  const parts: string[] = [];
  if (state.view) parts.push(`map=${state.view.zoom.toFixed(2)}/${state.view.center[1].toFixed(4)}/${state.view.center[0].toFixed(4)}`);
  if (state.layers && state.layers.length !== EVENT_TYPES.length) parts.push(`layers=${state.layers.join(',')}`);
  if (state.place) parts.push(`place=${encodeURIComponent(state.place)}`);
  return parts.length ? `#${parts.join('&')}` : '';
}

/** Replaces (not pushes) the hash: panning the map should not fill the back button's history. */
export function writeUrlState(state: UrlState): void {
  const hash = formatUrlState(state);
  const url = `${location.pathname}${location.search}${hash}`;
  if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(null, '', url);
}
