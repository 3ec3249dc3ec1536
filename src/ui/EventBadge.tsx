import type { EventType } from '../core/types';
import { eventLayerOf } from '../map/layerTable';
import { ShapeIcon } from './ShapeIcon';

/** "▲ Strike" / "■ 2 Meetings": an event type named in words and marked with its layer's shape and colour. */
export function EventBadge({ type, count }: { type: EventType; count?: number }) {
  const layer = eventLayerOf(type);
  const singular = layer.label.replace(/s$/, '');
  return (
    <span className={`event-badge event-${type}`} style={{ borderColor: layer.colour }}>
      <ShapeIcon shape={layer.shape} colour={layer.colour} size={11} />
      {count === undefined ? singular : `${count} ${count === 1 ? singular : layer.label}`}
    </span>
  );
}
