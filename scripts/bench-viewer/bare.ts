// The benchmark's baseline: the least a MapLibre page can do to show the same GeoJSON (one source, one circle
// layer per event type so that a toggle is the same operation as in the app). No basemap, no React, no UI.
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';

setWorkerUrl(workerUrl);
const data = new URLSearchParams(location.search).get('data') ?? '/bench/events.json';
const colours = { strike: '#D55E00', meeting: '#0072B2', exercise: '#009E73' };
const map = new MapLibreMap({
  container: 'map',
  style: {
    version: 8,
    transition: { duration: 0, delay: 0 },
    sources: { events: { type: 'geojson', data: new URL(data, location.href).href } },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#f3f1ec' } },
      ...Object.entries(colours).map(([type, colour]) => ({
        id: `event-${type}`, type: 'circle' as const, source: 'events', filter: ['>', ['get', `${type}Count`], 0] as never,
        paint: { 'circle-radius': 4, 'circle-color': colour },
      })),
    ],
  },
  bounds: [[22, 44], [40, 56]],
});
(window as unknown as { __situationMap: MapLibreMap }).__situationMap = map;
map.once('idle', () => {
  performance.mark('situation-idle');
  document.documentElement.dataset.situation = 'drawn';
});
