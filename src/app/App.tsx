// Composition and state: what is loaded, which event layers are visible, which place is selected, which article
// is open. React owns this state; the map, the list, the popup and the reader render it. The URL mirrors it.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { EVENT_TYPES, type EventType } from '../core/types';
import { fetchGazetteer } from '../gazetteer/loadGazetteer';
import type { GazetteerIndex } from '../gazetteer/gazetteerIndex';
import type { MapView } from '../map/situationMap';
import { LayerPanel } from '../ui/LayerPanel';
import { PlaceList } from '../ui/PlaceList';
import { PlacePopup } from '../ui/PlacePopup';
import { Reader } from '../ui/Reader';
import { IntakePanel } from '../ui/intake/IntakePanel';
import { useIntake } from '../ui/intake/useIntake';
import type { Analysis } from './analyseArticles';
import { MapCanvas, type FlyRequest } from './MapCanvas';
import { loadSituation, requestsFixedInputs, requestsReadySituation } from './situationSource';
import { parseUrlState, writeUrlState } from './urlState';

const baseUrl = new URL(import.meta.env.BASE_URL, location.href).href;

/** "1 place", "12 places"; a dash when a ready-made situation came without its articles. */
const count = (n: number, noun: string) => (n === 0 && noun === 'article' ? `– ${noun}s` : `${n} ${noun}${n === 1 ? '' : 's'}`);

export function App() {
  const initial = useMemo(() => parseUrlState(location.hash), []);
  const [gazetteer, setGazetteer] = useState<GazetteerIndex | null>(null);
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [elapsed, setElapsed] = useState<number | null>(null);
  const [visible, setVisible] = useState<ReadonlySet<EventType>>(() => new Set(initial.layers ?? EVENT_TYPES));
  const [selected, setSelected] = useState<string | null>(initial.place ?? null);
  const [fly, setFly] = useState<FlyRequest | null>(initial.place && !initial.view ? { id: initial.place, seq: 0 } : null);
  const [readerArticle, setReaderArticle] = useState<string | null>(null);
  const view = useRef<MapView | undefined>(initial.view);
  // Articles the user adds (and the seeds, through the same worker): each change hands the app a new Situation.
  // Once the intake session has handed over a situation (seeds plus the user's articles), it is the only source:
  // the quick main-thread analysis of the seeds below must not replace it if it happens to finish later.
  const intakeArrived = useRef(false);
  const onIntakeSituation = useCallback((s: Analysis) => { intakeArrived.current = true; setAnalysis(s); }, []);
  const intake = useIntake(gazetteer, onIntakeSituation, !requestsFixedInputs());

  useEffect(() => {
    const started = performance.now();
    const gazetteerLoad = fetchGazetteer(baseUrl).then(
      (g) => { setGazetteer(g); return g; },
      (e: unknown) => { setError(e instanceof Error ? e.message : String(e)); return null; },
    );
    (async () => {
      const g = requestsReadySituation() ? null : await gazetteerLoad;
      if (!g && !requestsReadySituation()) return;
      const result = await loadSituation(g);
      if (!intakeArrived.current) setAnalysis(result);
      setElapsed(performance.now() - started);
    })().catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);

  // Escape closes the popup, as the close button does: keyboard users are not stuck with it.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => { if (e.key === 'Escape') setSelected(null); };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const syncUrl = useCallback(() => {
    writeUrlState({ ...(view.current ? { view: view.current } : {}), layers: EVENT_TYPES.filter((t) => visible.has(t)), ...(selected ? { place: selected } : {}) });
  }, [visible, selected]);
  useEffect(syncUrl, [syncUrl]);
  const onViewChange = useCallback((v: MapView) => { view.current = v; syncUrl(); }, [syncUrl]);

  const places = useMemo(() => analysis?.places.features.filter((f) => f?.properties?.id) ?? [], [analysis]);
  const placeById = useMemo(() => new Map(places.map((f) => [f.properties.id, f])), [places]);
  const articles = useMemo(() => new Map((analysis?.articles ?? []).map((a) => [a.id, a])), [analysis]);
  const counts = useMemo(() => {
    const c = Object.fromEntries(EVENT_TYPES.map((t) => [t, 0])) as Record<EventType, number>;
    for (const f of places) for (const t of EVENT_TYPES) c[t] += Number(f.properties[`${t}Count`]) || 0;
    return c;
  }, [places]);

  const toggle = useCallback((type: EventType, on: boolean) => {
    setVisible((v) => { const next = new Set(v); if (on) next.add(type); else next.delete(type); return next; });
  }, []);
  const selectAndFly = useCallback((id: string) => {
    setSelected(id);
    setFly((f) => ({ id, seq: (f?.seq ?? 0) + 1 }));
  }, []);

  const selectedPlace = selected ? placeById.get(selected) : undefined;
  const article = readerArticle ? articles.get(readerArticle) : undefined;
  const eventTotal = EVENT_TYPES.reduce((n, t) => n + counts[t], 0);

  return (
    <div className="app">
      <aside className="sidebar">
        <header className="app-header">
          <h1>Situation map</h1>
          <p className="status" role="status">
            {error ? <span className="error">{error}</span>
              : analysis ? `${count(analysis.articles.length, 'article')} · ${count(places.length, 'place')} · ${count(eventTotal, 'event')}${elapsed !== null ? ` · ${Math.round(elapsed)} ms` : ''}`
                : 'Reading the articles…'}
          </p>
        </header>
        <LayerPanel counts={counts} visible={visible} onToggle={toggle} />
        <IntakePanel session={intake} visible={visible} />
        <PlaceList places={places} selected={selected} onSelect={selectAndFly} />
      </aside>
      <main className="map-area">
        <div className="map-wrap">
        <MapCanvas
          baseUrl={baseUrl}
          {...(initial.view ? { initialView: initial.view } : {})}
          gazetteer={gazetteer}
          places={analysis?.places ?? null}
          visible={visible}
          selected={selectedPlace ? selected : null}
          fly={fly}
          onSelect={setSelected}
          onViewChange={onViewChange}
          popup={selectedPlace && <PlacePopup place={selectedPlace} articles={articles} onOpenArticle={setReaderArticle} />}
        />
        </div>
        {article && (
          <Reader article={article} places={places} selected={selected} onSelectPlace={selectAndFly} onClose={() => setReaderArticle(null)} />
        )}
      </main>
    </div>
  );
}
