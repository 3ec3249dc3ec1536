// Legend and layer toggles in one: each event layer with its shape, colour, count and an on/off switch, then the
// base layer's symbols. Everything comes from the layer table.
import type { EventType } from '../core/types';
import { EVENT_LAYERS, PLACE_LAYERS, type PlaceLayerSpec } from '../map/layerTable';
import { ShapeIcon } from './ShapeIcon';

interface Props {
  counts: Record<EventType, number>;
  visible: ReadonlySet<EventType>;
  onToggle: (type: EventType, visible: boolean) => void;
}

function Swatch({ layer }: { layer: PlaceLayerSpec }) {
  const c = layer.colour;
  return (
    <svg width="18" height="14" viewBox="0 0 18 14" aria-hidden="true">
      {layer.swatch === 'dot' && <circle cx="9" cy="7" r="5" fill={c} fillOpacity="0.85" stroke="#fff" strokeWidth="1.5" />}
      {layer.swatch === 'area' && <rect x="1.5" y="1.5" width="15" height="11" fill={c} fillOpacity="0.4" stroke={c} strokeWidth="1.5" />}
      {layer.swatch === 'line' && <line x1="1" y1="11" x2="17" y2="3" stroke={c} strokeWidth="4" strokeLinecap="round" />}
      {layer.swatch === 'outline' && <rect x="1.5" y="1.5" width="15" height="11" fill={c} fillOpacity="0.1" stroke={c} strokeWidth="1.5" />}
    </svg>
  );
}

export function LayerPanel({ counts, visible, onToggle }: Props) {
  return (
    <section className="layer-panel" aria-labelledby="layers-heading">
      <h2 id="layers-heading">Events</h2>
      <ul className="toggles">
        {EVENT_LAYERS.map((layer) => (
          <li key={layer.type}>
            <label className="toggle">
              <input type="checkbox" checked={visible.has(layer.type)} onChange={(e) => onToggle(layer.type, e.target.checked)} />
              <ShapeIcon shape={layer.shape} colour={layer.colour} size={16} />
              <span className="toggle-label">{layer.label}</span>
              <span className="count" aria-label={`${counts[layer.type]} events`}>{counts[layer.type]}</span>
            </label>
          </li>
        ))}
      </ul>
      <h2>Places</h2>
      <ul className="legend">
        {PLACE_LAYERS.map((layer) => (
          <li key={layer.kind}><Swatch layer={layer} /> {layer.label}</li>
        ))}
        <li>
          <svg width="18" height="14" viewBox="0 0 18 14" aria-hidden="true"><circle cx="9" cy="7" r="6" fill="#fff" stroke={PLACE_LAYERS[0].colour} strokeWidth="1.5" /><text x="9" y="10" fontSize="8" textAnchor="middle" fill={PLACE_LAYERS[0].colour}>3</text></svg>{' '}
          Group of nearby cities (click to zoom)
        </li>
      </ul>
    </section>
  );
}
