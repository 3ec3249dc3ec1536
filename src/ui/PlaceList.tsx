// Every place, as a list: the accessible way to everything on the canvas. Real buttons (Tab, Enter, Space),
// filter by typing (English name or any form an article used), sort by mentions or name. The list mirrors the
// map: same places, same selection, same popup.
import { useDeferredValue, useMemo, useState } from 'react';
import type { PlaceFeature } from '../core/geojson';
import { EVENT_TYPES } from '../core/types';
import { eventLayerOf } from '../map/layerTable';
import { ShapeIcon } from './ShapeIcon';

/** Rendering 100 000 buttons would freeze the page; filtering narrows the rest down. */
const MAX_ROWS = 250;

type SortKey = 'mentions' | 'name';

interface Props {
  places: PlaceFeature[];
  selected: string | null;
  onSelect: (id: string) => void;
}

export function PlaceList({ places, selected, onSelect }: Props) {
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SortKey>('mentions');
  const deferredQuery = useDeferredValue(query);
  const rows = useMemo(() => {
    const q = deferredQuery.trim().toLocaleLowerCase();
    const matches = q
      ? places.filter((f) => f.properties.name.toLocaleLowerCase().includes(q) || (f.properties.mentions ?? []).some((m) => m.surface.toLocaleLowerCase().includes(q)))
      : places.slice();
    matches.sort(sort === 'name'
      ? (a, b) => a.properties.name.localeCompare(b.properties.name, 'en')
      : (a, b) => b.properties.mentionCount - a.properties.mentionCount || a.properties.name.localeCompare(b.properties.name, 'en'));
    return matches;
  }, [places, deferredQuery, sort]);
  return (
    <section className="place-list" aria-labelledby="places-heading">
      <div className="place-list-head">
        <h2 id="places-heading">Places <span className="count">{places.length}</span></h2>
        <label className="sort">Sort
          <select value={sort} onChange={(e) => setSort(e.target.value as SortKey)}>
            <option value="mentions">by mentions</option>
            <option value="name">by name</option>
          </select>
        </label>
      </div>
      <input type="search" className="filter" placeholder="Filter places…" aria-label="Filter places" value={query} onChange={(e) => setQuery(e.target.value)} />
      <ul>
        {rows.slice(0, MAX_ROWS).map((f) => {
          const p = f.properties;
          return (
            <li key={p.id}>
              <button type="button" className="place-row" aria-current={p.id === selected ? 'true' : undefined} onClick={() => onSelect(p.id)}>
                <span className="place-name">{p.name}</span>
                <span className="place-kind">{p.kind}</span>
                <span className="place-events">
                  {EVENT_TYPES.filter((t) => Number(p[`${t}Count`]) > 0).map((t) => {
                    const layer = eventLayerOf(t);
                    return <span key={t} title={`${p[`${t}Count`]} ${layer.label.toLowerCase()}`}><ShapeIcon shape={layer.shape} colour={layer.colour} size={11} /></span>;
                  })}
                </span>
                <span className="place-mentions" title="mentions">{p.mentionCount}</span>
              </button>
            </li>
          );
        })}
      </ul>
      {rows.length > MAX_ROWS && <p className="more">{rows.length - MAX_ROWS} more: type to narrow the list.</p>}
      {/* "No place matches" only when a filter hid them: before the first articles are read there is nothing to match. */}
      {rows.length === 0 && <p className="more">{places.length === 0 ? 'No places yet.' : 'No place matches.'}</p>}
    </section>
  );
}
