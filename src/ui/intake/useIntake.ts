// Connects the app to the intake session: creates it once the gazetteer is there, restores stored articles once the
// seeds are on the map, and hands the app the Situation whenever it changes. The hand-over is a transition: React
// renders it in slices, so a big update never blocks the page for long.
import { startTransition, useEffect, useState } from 'react';
import type { Article } from '../../core/types';
import type { PlaceCollection } from '../../core/geojson';
import type { GazetteerIndex } from '../../gazetteer/gazetteerIndex';
import type { IntakeSession } from '../../intake/intakeSession';
import { intakeSession } from './intakeRuntime';

/** Least time between two situations handed to the app. */
const SITUATION_EVERY_MS = 1000;

/** What the app draws: the articles (for the reader) and the places (map, list, popups). */
export interface IntakeSituation { articles: Article[]; places: PlaceCollection }

export function useIntake(gazetteer: GazetteerIndex | null, onSituation: (situation: IntakeSituation) => void, enabled = true): IntakeSession | null {
  const [session, setSession] = useState<IntakeSession | null>(null);
  useEffect(() => {
    if (!gazetteer || !enabled) return;
    let live = true;
    void intakeSession(gazetteer).then(async (s) => {
      // The first situation handed over holds every seed: the map frames what it is first given, and a
      // half-analysed seed set would frame (and count) only part of the situation.
      await s.seeded;
      if (!live) return;
      setSession(s);
      await s.restore();
    });
    return () => { live = false; };
  }, [gazetteer, enabled]);

  useEffect(() => {
    if (!session) return;
    let shown = -1;
    let lastPush = -Infinity;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const push = () => {
      const { version } = session.getSnapshot();
      if (version === shown || version === 0) return;
      // A change after a quiet spell shows at once (a pasted article); while a batch streams in, the map is
      // redrawn at most every SITUATION_EVERY_MS: each redraw re-tiles the sources and repaints the map.
      const wait = lastPush + SITUATION_EVERY_MS - performance.now();
      if (wait > 0) { timer ??= setTimeout(() => { timer = undefined; push(); }, wait); return; }
      lastPush = performance.now();
      shown = version;
      const situation = { articles: session.live.articles(), places: session.live.collection() };
      startTransition(() => onSituation(situation));
    };
    push();
    const unsubscribe = session.subscribe(push);
    return () => { unsubscribe(); clearTimeout(timer); };
    // onSituation is a state setter or equivalent.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [session]);

  return session;
}
