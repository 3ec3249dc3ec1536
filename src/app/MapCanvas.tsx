// React's view of the map: it owns no state of its own; it passes the app's state to the SituationMap and renders
// the selected place's popup into a MapLibre popup through a portal (React text, never HTML strings).
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { Popup } from 'maplibre-gl';
import type { PlaceCollection } from '../core/geojson';
import { EVENT_TYPES, type EventType } from '../core/types';
import type { GazetteerIndex } from '../gazetteer/gazetteerIndex';
import { SituationMap, type MapView } from '../map/situationMap';

export interface FlyRequest { id: string; seq: number }

interface Props {
  baseUrl: string;
  initialView?: MapView;
  gazetteer: GazetteerIndex | null;
  places: PlaceCollection | null;
  visible: ReadonlySet<EventType>;
  selected: string | null;
  fly: FlyRequest | null;
  popup: ReactNode;
  onSelect: (id: string | null) => void;
  onViewChange: (view: MapView) => void;
}

declare global {
  interface Window {
    /** The MapLibre map, for the browser tests and the benchmark (queryRenderedFeatures, events). */
    __situationMap?: SituationMap['map'];
  }
}

export function MapCanvas({ baseUrl, initialView, gazetteer, places, visible, selected, fly, popup, onSelect, onViewChange }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<SituationMap | null>(null);
  const [popupNode] = useState(() => document.createElement('div'));
  const callbacks = useRef({ onSelect, onViewChange });
  callbacks.current = { onSelect, onViewChange };
  const framed = useRef(initialView !== undefined);

  useEffect(() => {
    const situationMap = new SituationMap({
      container: container.current!,
      baseUrl,
      ...(initialView ? { view: initialView } : {}),
      onPlaceClick: (id) => callbacks.current.onSelect(id),
      onViewChange: (view) => callbacks.current.onViewChange(view),
    });
    window.__situationMap = situationMap.map;
    let live = true;
    void situationMap.ready.then(() => { performance.mark('map-style-loaded'); if (live) setMap(situationMap); });
    return () => { live = false; situationMap.destroy(); };
    // The map is created once; later changes of these props are applied by the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => { if (map && gazetteer) map.setContext(gazetteer); }, [map, gazetteer]);

  useEffect(() => {
    if (!map || !places) return;
    const bounds = map.setSituation(places, gazetteer);
    performance.mark('situation-set');
    if (!framed.current && bounds) { map.frame(bounds); framed.current = true; }
    // The first idle after the situation is drawn: the "ready" the tests and the benchmark wait for.
    map.map.once('idle', () => {
      performance.mark('situation-idle');
      document.documentElement.dataset.situation = 'drawn';
    });
  }, [map, places, gazetteer]);

  // A layout effect: the map gets the toggle in the same task as the click, not a frame later.
  useLayoutEffect(() => {
    if (!map) return;
    for (const type of EVENT_TYPES) map.setEventVisible(type, visible.has(type));
  }, [map, visible]);

  useEffect(() => { map?.setSelected(selected); }, [map, selected]);

  // Each fly request is carried out once, as soon as the place is on the map (a shared URL may name a place
  // before the articles are analysed).
  const flown = useRef(-1);
  useEffect(() => {
    if (!map || !fly || fly.seq === flown.current || !map.anchorOf(fly.id)) return;
    flown.current = fly.seq;
    map.flyTo(fly.id);
  }, [map, fly, places]);

  useEffect(() => {
    const anchor = selected ? map?.anchorOf(selected) : undefined;
    if (!map || !anchor) return;
    const mapPopup = new Popup({ closeOnClick: false, maxWidth: '420px', focusAfterOpen: false, className: 'situation-popup' })
      .setLngLat(anchor)
      .setDOMContent(popupNode)
      .addTo(map.map);
    let replaced = false;
    // The popup's own close button deselects; a popup removed because the selection changed does not.
    mapPopup.on('close', () => { if (!replaced) callbacks.current.onSelect(null); });
    return () => { replaced = true; mapPopup.remove(); };
  }, [map, selected, places, popupNode]);

  return (
    <>
      <div ref={container} className="map" role="region" aria-label="Map of the situation" />
      {selected && createPortal(popup, popupNode)}
    </>
  );
}
