// React's view of the intake session: its snapshot (articles, progress, notices), and the Situation handed to the
// app whenever it changes. Stored articles are restored once the seeds are on the map.
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Article } from '../../core/types';
import type { PlaceCollection } from '../../core/geojson';
import type { GazetteerIndex } from '../../gazetteer/gazetteerIndex';
import type { IntakeSession, IntakeSnapshot } from '../../intake/intakeSession';
import { intakeSession } from './intakeRuntime';

/** What the app draws: the articles (for the reader) and the places (map, list, popups). */
export interface IntakeSituation { articles: Article[]; places: PlaceCollection }

const idle: IntakeSnapshot = { version: 0, articles: [], progress: null, notices: [], persistent: true };
const noSubscription = () => () => {};

export function useIntake(gazetteer: GazetteerIndex | null, onSituation: (situation: IntakeSituation) => void, enabled = true) {
  const [session, setSession] = useState<IntakeSession | null>(null);
  useEffect(() => {
    if (!gazetteer || !enabled) return;
    let live = true;
    void intakeSession(gazetteer).then(async (s) => {
      if (!live) return;
      setSession(s);
      await s.seeded;
      await s.restore();
    });
    return () => { live = false; };
  }, [gazetteer, enabled]);

  const snapshot = useSyncExternalStore(session?.subscribe ?? noSubscription, session?.getSnapshot ?? (() => idle));

  const version = snapshot.version;
  useEffect(() => {
    if (session && version > 0) onSituation({ articles: session.live.articles(), places: session.live.collection() });
    // onSituation is a state setter or equivalent; the Situation changes exactly when `version` does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [session, version]);

  return { session, snapshot };
}
