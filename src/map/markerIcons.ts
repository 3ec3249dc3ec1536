// Event badges drawn at run time on a canvas (no sprite sheet to fetch): one filled shape per event type with a
// white halo, so it stays readable on land, water and the shaded regions. The legend draws the same paths as SVG.
import type { MarkerShape } from './layerTable';

/** Badge size in CSS pixels; drawn at twice that for sharp edges on high-DPI screens. */
export const MARKER_SIZE = 16;
const PIXEL_RATIO = 2;

/** Shape outlines in a 0..1 box, shared by the canvas icons and the SVG legend. */
export const SHAPE_POINTS: Record<Exclude<MarkerShape, 'circle'>, [number, number][]> = {
  triangle: [[0.5, 0.06], [0.96, 0.9], [0.04, 0.9]],
  square: [[0.14, 0.14], [0.86, 0.14], [0.86, 0.86], [0.14, 0.86]],
  diamond: [[0.5, 0.02], [0.98, 0.5], [0.5, 0.98], [0.02, 0.5]],
};

export function drawMarker(shape: MarkerShape, colour: string): { width: number; height: number; data: Uint8ClampedArray } {
  const side = MARKER_SIZE * PIXEL_RATIO;
  const canvas = document.createElement('canvas');
  canvas.width = side;
  canvas.height = side;
  const ctx = canvas.getContext('2d')!;
  const inset = 3 * PIXEL_RATIO; // room for the halo
  const scale = side - 2 * inset;
  ctx.beginPath();
  if (shape === 'circle') {
    ctx.arc(side / 2, side / 2, scale / 2, 0, Math.PI * 2);
  } else {
    SHAPE_POINTS[shape].forEach(([x, y], i) => (i === 0 ? ctx.moveTo(inset + x * scale, inset + y * scale) : ctx.lineTo(inset + x * scale, inset + y * scale)));
    ctx.closePath();
  }
  ctx.lineJoin = 'round';
  ctx.lineWidth = 2.5 * PIXEL_RATIO;
  ctx.strokeStyle = '#ffffff';
  ctx.stroke();
  ctx.fillStyle = colour;
  ctx.fill();
  ctx.lineWidth = 0.8 * PIXEL_RATIO;
  ctx.strokeStyle = 'rgba(0,0,0,0.55)';
  ctx.stroke();
  const image = ctx.getImageData(0, 0, side, side);
  return { width: side, height: side, data: image.data };
}

export const MARKER_PIXEL_RATIO = PIXEL_RATIO;
