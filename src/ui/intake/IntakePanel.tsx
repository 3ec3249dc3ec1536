// "Your articles": add (dialog, file picker, drop), the list of what was added with remove, progress, import and
// export, and the messages about all of it. The seed articles are not listed here: they cannot be removed.
import { memo, useCallback, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { EVENT_TYPES, type EventType, type LanguageCode } from '../../core/types';
import type { IntakeSession, IntakeSnapshot, UserArticleView } from '../../intake/intakeSession';
import { exportFileName, GEOJSON_MIME, serialiseCollection } from '../../export/exportSituation';
import { languageName } from '../languageName';
import { AddArticlesDialog } from './AddArticlesDialog';
import { DropZone } from './DropZone';
import { Notices } from './Notices';
import { ProgressLine } from './ProgressLine';
import { downloadText } from './download';
import './intake.css';

interface Props {
  session: IntakeSession | null;
  /** The event layers switched on, for "Export visible layers". */
  visible: ReadonlySet<EventType>;
}

/** Rows shown before "Show all": a dropped folder of thousands of files must not make every update a long layout. */
const LIST_LIMIT = 30;

function statusText(a: UserArticleView): string {
  if (a.status === 'processing') return 'processing…';
  if (a.status === 'failed') return 'could not be processed';
  const lang = a.usedLang ? `${languageName(a.usedLang)}${a.langDetected ? ' (detected)' : ''}` : '';
  return [a.origin === 'import' ? 'imported' : '', lang].filter(Boolean).join(' · ');
}

const idle: IntakeSnapshot = { version: 0, articles: [], progress: null, notices: [], persistent: true };
const noSubscription = () => () => {};

/** One added article; re-rendered only when its own view changes (the session replaces a view on every change). */
const ArticleRow = memo(function ArticleRow({ article: a, onRemove }: { article: UserArticleView; onRemove: (id: string) => void }) {
  return (
    <li className={`intake-item status-${a.status}`}>
      <span className="intake-name" title={a.name}>{a.name}</span>
      <span className="intake-status">{statusText(a)}</span>
      <button type="button" className="intake-remove" aria-label={`Remove ${a.name}`} onClick={() => onRemove(a.id)}>Remove</button>
    </li>
  );
});

export const IntakePanel = memo(function IntakePanel({ session, visible }: Props) {
  // Subscribed here rather than in the app: progress and list updates re-render this panel only.
  const snapshot = useSyncExternalStore(session?.subscribe ?? noSubscription, session?.getSnapshot ?? (() => idle));
  const [dialogOpen, setDialogOpen] = useState(false);
  const [confirmClear, setConfirmClear] = useState(false);
  const [showAll, setShowAll] = useState(false);
  const importInput = useRef<HTMLInputElement>(null);
  const remove = useCallback((id: string) => { void session?.remove(id); }, [session]);
  const addFiles = useCallback((files: File[]) => { void session?.addFiles(files); }, [session]);
  const paste = useCallback(async (text: string, lang: LanguageCode | undefined) => (
    session ? session.addPasted(text, lang ? { lang } : {}) : 'The article processor is still starting; try again in a moment.'
  ), [session]);

  const exportLayers = (only?: EventType[]) => {
    if (!session) return;
    downloadText(serialiseCollection(session.exportCollection(only)), exportFileName(new Date(), only), GEOJSON_MIME);
  };
  const visibleTypes = EVENT_TYPES.filter((t) => visible.has(t));
  const { articles, progress, notices } = snapshot;
  const newestFirst = useMemo(() => [...articles].reverse(), [articles]);
  const shown = showAll ? newestFirst : newestFirst.slice(0, LIST_LIMIT);
  const processing = useMemo(() => articles.filter((a) => a.status === 'processing').length, [articles]);
  const failed = useMemo(() => articles.filter((a) => a.status === 'failed').length, [articles]);

  return (
    <section className="intake-panel" aria-labelledby="intake-heading" data-processing={processing}>
      <h2 id="intake-heading">Your articles <span className="count">({articles.length})</span></h2>
      <div className="intake-buttons">
        <button type="button" className="primary" disabled={!session} onClick={() => setDialogOpen(true)}>Add articles…</button>
        <button type="button" disabled={!session} onClick={() => importInput.current?.click()}>Import…</button>
        <input
          ref={importInput}
          type="file"
          accept=".geojson,.json,application/geo+json,application/json"
          hidden
          aria-label="Import a situation file (GeoJSON)"
          data-testid="import-input"
          onChange={(e) => { const f = e.currentTarget.files?.[0]; e.currentTarget.value = ''; if (f) void session?.importFile(f); }}
        />
        <button type="button" disabled={!session} onClick={() => exportLayers()}>Export all</button>
        <button
          type="button"
          disabled={!session}
          title="Only the places with an event in a layer that is switched on, with those events"
          onClick={() => exportLayers(visibleTypes)}
        >
          Export visible layers
        </button>
      </div>
      <ProgressLine progress={progress} />
      <Notices notices={notices} onDismiss={(id) => session?.dismissNotice(id)} />
      {!snapshot.persistent && <p className="intake-hint">This browser does not keep added articles after a reload.</p>}
      {articles.length > 0 && (
        <>
          {(processing > 0 || failed > 0) && (
            <p className="intake-summary">{[processing && `${processing} processing`, failed && `${failed} could not be processed`].filter(Boolean).join(' · ')}</p>
          )}
          <ul className="intake-list" aria-label="Articles you added">
            {shown.map((a) => <ArticleRow key={a.id} article={a} onRemove={remove} />)}
          </ul>
          {shown.length < articles.length && (
            <button type="button" className="link-button" onClick={() => setShowAll(true)}>Show all {articles.length}</button>
          )}
          <div className="intake-buttons">
            {confirmClear ? (
              <>
                <button type="button" className="danger" onClick={() => { setConfirmClear(false); void session?.clear(); }}>Remove all {articles.length}</button>
                <button type="button" onClick={() => setConfirmClear(false)}>Keep them</button>
              </>
            ) : (
              <button type="button" onClick={() => setConfirmClear(true)}>Remove all added…</button>
            )}
          </div>
        </>
      )}
      <AddArticlesDialog open={dialogOpen} onClose={() => setDialogOpen(false)} onPaste={paste} onFiles={addFiles} />
      {session && <DropZone onFiles={addFiles} />}
    </section>
  );
});
