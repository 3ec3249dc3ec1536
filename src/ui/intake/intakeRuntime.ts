// The page's one intake session (worker, IndexedDB, live Situation), created on first use. One per page, also
// under React StrictMode's double effects: two sessions would process every article twice.
import type { GazetteerIndex } from '../../gazetteer/gazetteerIndex';
import { IntakeSession } from '../../intake/intakeSession';
import { openArticleStore, type ArticleStore } from '../../store/articleStore';
import { createPipelineClient } from '../../worker/pipelineClient';

let session: Promise<IntakeSession> | undefined;

export function intakeSession(index: GazetteerIndex): Promise<IntakeSession> {
  session ??= (async () => {
    let store: ArticleStore | null = null;
    try { store = await openArticleStore(); } catch { /* the session tells the user that nothing will be kept */ }
    return new IntakeSession({ index, client: createPipelineClient(), store });
  })();
  return session;
}
