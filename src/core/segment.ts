import type { Span } from './types';

export interface Sentence extends Span { paragraph: number }
export interface Segmentation { paragraphs: Span[]; sentences: Sentence[] }

/** STUB (to be replaced): paragraphs split on blank lines or line breaks, one sentence per paragraph. */
export function segmentText(text: string): Segmentation {
  const paragraphs: Span[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) paragraphs.push({ start: m.index, end: m.index + m[0].length });
  return { paragraphs, sentences: paragraphs.map((p, i) => ({ ...p, paragraph: i })) };
}
