// The whole article in a side panel, every recognised place highlighted as a button: clicking one flies the map
// to the place and opens its popup. The text is React text, so markup in an article stays characters.
import { useMemo } from 'react';
import type { PlaceFeature } from '../core/geojson';
import type { ArticleSummary } from '../app/analyseArticles';
import { splitByRanges, type Range } from './highlight';
import { languageName } from './languageName';

interface Props {
  article: ArticleSummary;
  places: PlaceFeature[];
  selected: string | null;
  onSelectPlace: (id: string) => void;
  onClose: () => void;
}

export function Reader({ article, places, selected, onSelectPlace, onClose }: Props) {
  const pieces = useMemo(() => {
    const ranges: Range<{ id: string; name: string }>[] = [];
    for (const f of places) {
      for (const m of f.properties.mentions ?? []) {
        if (m.article === article.id) ranges.push({ start: m.start, end: m.end, value: { id: f.properties.id, name: f.properties.name } });
      }
    }
    return splitByRanges(article.text, ranges);
  }, [article, places]);
  return (
    <aside className="reader" aria-labelledby="reader-heading">
      <header>
        <div>
          <h2 id="reader-heading">{article.title ?? article.id}</h2>
          <span className="lang">{languageName(article.lang)}{article.langDetected ? ' (detected)' : ''}</span>
        </div>
        <button type="button" className="close" onClick={onClose} aria-label="Close the article">×</button>
      </header>
      <div className="reader-text">
        {pieces.map((piece, i) => piece.mark
          ? (
            <button key={i} type="button" className="mention" aria-current={piece.mark.value.id === selected ? 'true' : undefined}
              title={piece.mark.value.name} onClick={() => onSelectPlace(piece.mark!.value.id)}>{piece.text}</button>
          )
          : <span key={i}>{piece.text}</span>)}
      </div>
    </aside>
  );
}
