// The event badge shapes as SVG, for the legend, toggles, list and popups: the same outlines the map draws.
import { SHAPE_POINTS } from '../map/markerIcons';
import type { MarkerShape } from '../map/layerTable';

export function ShapeIcon({ shape, colour, size = 14 }: { shape: MarkerShape; colour: string; size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 1 1" aria-hidden="true" className="shape-icon">
      {shape === 'circle' ? (
        <circle cx="0.5" cy="0.5" r="0.42" fill={colour} stroke="rgba(0,0,0,0.55)" strokeWidth="0.07" />
      ) : (
        <polygon points={SHAPE_POINTS[shape].map((p) => p.join(',')).join(' ')} fill={colour} stroke="rgba(0,0,0,0.55)" strokeWidth="0.07" strokeLinejoin="round" />
      )}
    </svg>
  );
}
