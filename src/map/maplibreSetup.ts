// MapLibre 6 ships its web worker as a separate module that bundlers do not emit on their own; without this the
// map stays blank ("Worker failed to load") in the built app. Imported once, before the first Map is created.
import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';

setWorkerUrl(workerUrl);
