// What a click on a place shows: its English name, the forms the articles used, and the passages that name it,
// grouped by article, with the name highlighted and the events found in each passage. All text is rendered as
// React text (escaped), so markup inside an article is shown as characters, never interpreted.
import type { PlaceFeature } from '../core/geojson';
import { EVENT_TYPES } from '../core/types';
import type { ArticleSummary } from '../app/analyseArticles';
import { EventBadge } from './EventBadge';
import { occurrences, splitByRanges } from './highlight';
import { languageName } from './languageName';

/** Long lists (synthetic or very repetitive input) are cut so the popup stays a popup. */
const MAX_PASSAGES_PER_ARTICLE = 12;

interface Props {
  place: PlaceFeature;
  articles: Map<string, ArticleSummary>;
  onOpenArticle: (articleId: string) => void;
}

interface PassageGroup { article: string; passages: Map<string, { surfaces: string[]; events: Set<string> }> }

function groupPassages(place: PlaceFeature): PassageGroup[] {
  const groups = new Map<string, PassageGroup>();
  const groupOf = (article: string) => {
    let g = groups.get(article);
    if (!g) groups.set(article, (g = { article, passages: new Map() }));
    return g;
  };
  for (const m of place.properties.mentions ?? []) {
    const passages = groupOf(m.article).passages;
    const entry = passages.get(m.passage) ?? { surfaces: [], events: new Set<string>() };
    entry.surfaces.push(m.surface);
    passages.set(m.passage, entry);
  }
  for (const e of place.properties.events ?? []) {
    const passages = groupOf(e.article).passages;
    const entry = passages.get(e.passage) ?? { surfaces: [], events: new Set<string>() };
    entry.events.add(e.type);
    passages.set(e.passage, entry);
  }
  return [...groups.values()];
}

export function PlacePopup({ place, articles, onOpenArticle }: Props) {
  const p = place.properties;
  const forms = [...new Set((p.mentions ?? []).map((m) => m.surface))];
  const groups = groupPassages(place);
  return (
    <div className="place-popup" data-place={p.id}>
      <header>
        <h2>{p.name}</h2>
        <span className="kind">{p.kind}{p.iso ? ` · ${p.iso}` : ''}</span>
      </header>
      <div className="badges">
        {EVENT_TYPES.filter((t) => Number(p[`${t}Count`]) > 0).map((t) => <EventBadge key={t} type={t} count={Number(p[`${t}Count`])} />)}
        <span className="mention-count">{p.mentionCount} mention{p.mentionCount === 1 ? '' : 's'}</span>
      </div>
      {forms.length > 0 && (
        <p className="forms"><span className="label">Named as </span>{forms.map((f, i) => <span key={f}>{i > 0 ? ', ' : ''}<q>{f}</q></span>)}</p>
      )}
      <div className="passages">
        {groups.map((g) => {
          const article = articles.get(g.article);
          const shown = [...g.passages.entries()].slice(0, MAX_PASSAGES_PER_ARTICLE);
          return (
            <section key={g.article} className="article-group">
              <h3>
                <span className="article-title">{article?.title ?? g.article}</span>
                {article && <span className="lang" title={article.langDetected ? 'language detected' : 'language given'}>{languageName(article.lang)}</span>}
              </h3>
              {shown.map(([text, { surfaces, events }]) => (
                <blockquote key={text} className="passage">
                  {splitByRanges(text, occurrences(text, surfaces)).map((piece, i) => (piece.mark ? <mark key={i}>{piece.text}</mark> : piece.text))}
                  {events.size > 0 && <span className="passage-events">{EVENT_TYPES.filter((t) => events.has(t)).map((t) => <EventBadge key={t} type={t} />)}</span>}
                </blockquote>
              ))}
              {g.passages.size > shown.length && <p className="more">and {g.passages.size - shown.length} more passages</p>}
              {article && <button type="button" className="link-button" onClick={() => onOpenArticle(g.article)}>Read the whole article</button>}
            </section>
          );
        })}
      </div>
    </div>
  );
}
