// The imperative side of the map: one MapLibre Map, its sources and the few operations the app asks of it.
// React owns the state (what is selected, which layers are on); it calls these methods and the map renders.
// Toggling a layer is a visibility change and selecting a place a filter change: sources are only replaced when
// the situation itself changes.
import './maplibreSetup';
import { AttributionControl, Map as MapLibreMap, NavigationControl, ScaleControl, type FilterSpecification, type GeoJSONSource, type MapGeoJSONFeature } from 'maplibre-gl';
import type { PlaceCollection } from '../core/geojson';
import type { EventType } from '../core/types';
import type { GazetteerIndex } from '../gazetteer/gazetteerIndex';
import { EVENT_LAYERS, eventIconId } from './layerTable';
import { drawMarker, MARKER_PIXEL_RATIO } from './markerIcons';
import { gazetteerContext, sameFeatures, situationSources, type Bounds, type LngLat, type SituationSources } from './sources';
import { CLICKABLE_LAYERS, CLUSTER_LAYER, COUNTRY_LABEL_FILTER, SOURCE, eventLayerIds, situationStyle } from './style';

export interface MapView { center: LngLat; zoom: number }

export interface SituationMapOptions {
  container: HTMLElement;
  baseUrl: string;
  /** Start here instead of framing the situation (a shared URL). */
  view?: MapView;
  /** A place's id, or null for a click on no place (which closes the popup). */
  onPlaceClick: (id: string | null) => void;
  onViewChange: (view: MapView) => void;
}

/** Zoom at which a selected city is shown: past the clustering zoom, so it is drawn on its own. */
const PLACE_ZOOM = 8.5;

export class SituationMap {
  readonly map: MapLibreMap;
  /** Resolves once the style (basemap and empty situation sources) has loaded. */
  readonly ready: Promise<void>;
  private sources: SituationSources | null = null;
  /** Where the basemap labels each country (by English name): countries in the situation are labelled there. */
  private countryLabels = new Map<string, LngLat>();
  private gazetteer: GazetteerIndex | null = null;
  /** The situation places the context cities were last filtered to leave out. */
  private contextKey: string | undefined;
  /** The style's own filters of the context city layers, which the left-out places are added to. */
  private contextCityFilters: Map<string, FilterSpecification | undefined> | undefined;
  /** What each situation source was last given. */
  private readonly posted = new Map<string, SituationSources['areas']['features']>();
  /** The countries whose basemap label is hidden, as last set. */
  private hiddenCountryLabels = '';

  constructor(private readonly options: SituationMapOptions) {
    this.map = new MapLibreMap({
      container: options.container,
      style: situationStyle(options.baseUrl),
      center: options.view?.center ?? [30, 52],
      zoom: options.view?.zoom ?? 4,
      attributionControl: false,
      // Labels appear at once rather than fading in: a layer toggle is then drawn in one frame, not 300 ms of them.
      fadeDuration: 0,
    });
    this.map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    this.map.addControl(new ScaleControl({}), 'bottom-left');
    this.map.addControl(new AttributionControl({ compact: false }), 'bottom-right');
    for (const spec of EVENT_LAYERS) {
      this.map.addImage(eventIconId(spec.type), drawMarker(spec.shape, spec.colour), { pixelRatio: MARKER_PIXEL_RATIO });
    }
    // The style's sources exist once it is parsed: the situation can be handed over while the basemap is still
    // being tiled, rather than after its first full render (the 'load' event).
    const styleLoaded = new Promise<void>((resolve) => this.map.once('style.load', () => resolve()));
    this.ready = Promise.all([styleLoaded, this.loadCountryLabels()]).then(() => undefined);
    this.map.on('click', (e) => this.handleClick(e.point));
    for (const layer of [...CLICKABLE_LAYERS, CLUSTER_LAYER, ...EVENT_LAYERS.flatMap((l) => eventLayerIds(l.type))]) {
      this.map.on('mouseenter', layer, () => { this.map.getCanvas().style.cursor = 'pointer'; });
      this.map.on('mouseleave', layer, () => { this.map.getCanvas().style.cursor = ''; });
    }
    this.map.on('moveend', () => {
      const c = this.map.getCenter();
      options.onViewChange({ center: [c.lng, c.lat], zoom: this.map.getZoom() });
    });
  }

  /** Replaces what the situation sources hold. Returns the extent of the places, for framing. */
  setSituation(collection: PlaceCollection, index: GazetteerIndex | null): Bounds | null {
    this.sources = situationSources(collection, index, this.countryLabels);
    const cities = this.sources.points.features.filter((f) => f.properties.kind === 'city');
    const others = this.sources.points.features.filter((f) => f.properties.kind !== 'city');
    this.post(SOURCE.areas, this.sources.areas.features);
    this.post(SOURCE.cityPoints, cities);
    this.post(SOURCE.areaPoints, others);
    if (this.gazetteer) this.setContext(this.gazetteer);
    // The situation labels its countries itself (with their event badges); the basemap's label would be a second one.
    // A filter change lays the labels out again: only when the set of countries changed.
    const countryNames = others.filter((f) => f.properties.kind === 'country').map((f) => f.properties.name);
    const hidden = countryNames.join('\n');
    if (hidden !== this.hiddenCountryLabels) {
      this.hiddenCountryLabels = hidden;
      this.map.setFilter('country-labels', ['all', COUNTRY_LABEL_FILTER, ['!', ['in', ['get', 'name'], ['literal', countryNames]]]]);
    }
    return this.sources.bounds;
  }

  /**
   * Replaces a situation source's data, unless it would draw the same: posting copies every coordinate on the main
   * thread (MapLibre's serialize) and makes the map re-tile the source and upload it again.
   */
  private post(id: string, features: SituationSources['areas']['features']): void {
    const held = this.posted.get(id);
    if (held && sameFeatures(held, features)) return;
    this.posted.set(id, features);
    this.source(id).setData({ type: 'FeatureCollection', features });
  }

  /** Admin-1 outlines and city names from the gazetteer, for orientation; the situation's own places are left
   * out (by `hideContextCities`) so that a city is not labelled twice. */
  setContext(index: GazetteerIndex): void {
    // Handing data to the map worker costs main-thread time (MapLibre copies every feature): the outlines and the
    // ~2,800 cities go once per gazetteer, not on every update of a batch.
    if (this.gazetteer !== index) {
      this.gazetteer = index;
      const context = gazetteerContext(index);
      this.source(SOURCE.contextRegions).setData(context.regions);
      this.source(SOURCE.contextCities).setData(context.cities);
    }
    this.hideContextCities();
  }

  /** Filters the situation's places out of the context city layers, when the set of places changed. */
  private hideContextCities(): void {
    const leaveOut = [...(this.sources?.anchors.keys() ?? [])].sort();
    const key = leaveOut.join('\n');
    if (key === this.contextKey) return;
    this.contextKey = key;
    this.contextCityFilters ??= new Map(this.map.getLayersOrder()
      .filter((id) => this.map.getLayer(id)?.source === SOURCE.contextCities)
      .map((id) => [id, this.map.getFilter(id) as FilterSpecification | undefined]));
    const notInSituation: FilterSpecification = ['!', ['in', ['get', 'id'], ['literal', leaveOut]]];
    for (const [layer, filter] of this.contextCityFilters) this.map.setFilter(layer, filter ? ['all', filter, notInSituation] as FilterSpecification : notInSituation);
  }

  frame(bounds: Bounds, animate = false): void {
    const [[w, s], [e, n]] = bounds;
    // A single place has no extent: give it some surroundings rather than the maximum zoom.
    const pad = Math.max(0.5, 0.08 * Math.max(e - w, n - s));
    this.map.fitBounds([[w - pad, s - pad], [e + pad, n + pad]], { padding: 40, maxZoom: 9, duration: animate ? 600 : 0 });
  }

  /**
   * Shows or hides an event layer. The opacity change is drawn in the very next frame (a paint property: no tile is
   * laid out again); the visibility change, which MapLibre applies by laying the source's tiles out again, follows
   * so that clicks and `queryRenderedFeatures` ignore the hidden layer as well.
   */
  setEventVisible(type: EventType, visible: boolean): void {
    for (const id of eventLayerIds(type)) {
      if (this.map.getLayoutProperty(id, 'visibility') === (visible ? 'visible' : 'none')) continue;
      this.map.setPaintProperty(id, 'icon-opacity', visible ? 1 : 0);
      this.map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
    }
  }

  setSelected(id: string | null): void {
    const filter = ['==', ['get', 'id'], id ?? ''] as const;
    this.map.setFilter('selected-area', filter as never);
    this.map.setFilter('selected-point', filter as never);
  }

  anchorOf(id: string): LngLat | undefined {
    return this.sources?.anchors.get(id);
  }

  /** Brings a place into view; a city is zoomed to past the clustering zoom so it is drawn on its own. */
  flyTo(id: string): void {
    const anchor = this.anchorOf(id);
    if (!anchor) return;
    const kind = this.sources?.points.features.find((f) => f.properties.id === id)?.properties.kind;
    const zoom = kind === 'city' ? Math.max(this.map.getZoom(), PLACE_ZOOM) : Math.min(Math.max(this.map.getZoom(), 5), 7);
    // The place lands below the middle of the map, leaving room above it for its popup.
    const below = Math.min(200, this.map.getContainer().clientHeight * 0.22);
    this.map.flyTo({ center: anchor, zoom, offset: [0, below], duration: 700, essential: true });
  }

  private async loadCountryLabels(): Promise<void> {
    try {
      const response = await fetch(new URL('basemap/country-labels.json', this.options.baseUrl));
      const labels = (await response.json()) as { features: { geometry: { coordinates: LngLat }; properties: { name: string } }[] };
      for (const f of labels.features) this.countryLabels.set(f.properties.name, f.geometry.coordinates);
    } catch {
      // Without them countries are labelled at the gazetteer's point: a lesser place, not a failure.
    }
  }

  destroy(): void {
    this.map.remove();
  }

  private source(id: string): GeoJSONSource {
    return this.map.getSource(id) as GeoJSONSource;
  }

  private handleClick(point: { x: number; y: number }): void {
    const box: [[number, number], [number, number]] = [[point.x - 4, point.y - 4], [point.x + 4, point.y + 4]];
    const eventLayers = EVENT_LAYERS.flatMap((l) => eventLayerIds(l.type)).filter((id) => this.map.getLayoutProperty(id, 'visibility') !== 'none');
    const hits: MapGeoJSONFeature[] = this.map.queryRenderedFeatures(box, { layers: [CLUSTER_LAYER, ...eventLayers, ...CLICKABLE_LAYERS] });
    // Hits come topmost first: a cluster drawn over a country's shading expands rather than selecting the country.
    const top = hits[0];
    if (!top) { this.options.onPlaceClick(null); return; }
    if (typeof top.properties?.id === 'string') { this.options.onPlaceClick(top.properties.id); return; }
    const cluster = top.properties?.cluster ? top : undefined;
    if (cluster && cluster.geometry.type === 'Point') {
      const center = cluster.geometry.coordinates as LngLat;
      this.source(SOURCE.cityPoints).getClusterExpansionZoom(cluster.properties.cluster_id as number)
        .then((zoom) => this.map.easeTo({ center, zoom: zoom + 0.2 }))
        .catch(() => this.map.easeTo({ center, zoom: this.map.getZoom() + 2 }));
    }
  }
}
