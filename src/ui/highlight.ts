// Splits a text into plain and highlighted pieces, for popups (the place's name in a passage) and the reader
// (every recognised place in an article). Pieces are rendered as React text nodes, never as HTML.
export interface Range<T> { start: number; end: number; value: T }
export interface Piece<T> { text: string; mark?: Range<T> }

/** Ranges may come in any order and may overlap; an overlapping range is dropped in favour of the earlier one. */
export function splitByRanges<T>(text: string, ranges: Range<T>[]): Piece<T>[] {
  const sorted = ranges
    .filter((r) => r.start >= 0 && r.end <= text.length && r.start < r.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const pieces: Piece<T>[] = [];
  let at = 0;
  for (const r of sorted) {
    if (r.start < at) continue;
    if (r.start > at) pieces.push({ text: text.slice(at, r.start) });
    pieces.push({ text: text.slice(r.start, r.end), mark: r });
    at = r.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at) });
  return pieces;
}

/** Every occurrence of each of `needles` in `text` (a passage quotes the surface forms it contains). */
export function occurrences(text: string, needles: string[]): Range<null>[] {
  const ranges: Range<null>[] = [];
  for (const needle of new Set(needles)) {
    if (!needle) continue;
    for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + needle.length)) {
      ranges.push({ start: i, end: i + needle.length, value: null });
    }
  }
  return ranges;
}
