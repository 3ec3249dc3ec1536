import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { occurrences, splitByRanges } from '../../src/ui/highlight';

describe('splitting text into plain and highlighted pieces', () => {
  it('marks the ranges and keeps the text in between', () => {
    const pieces = splitByRanges('Путин кацна в Минск вчера', [{ start: 14, end: 19, value: 'city:625144' }]);
    expect(pieces.map((p) => [p.text, p.mark?.value ?? null])).toEqual([['Путин кацна в ', null], ['Минск', 'city:625144'], [' вчера', null]]);
  });

  it('drops a range that overlaps an earlier one, and ranges outside the text', () => {
    const pieces = splitByRanges('abcdef', [{ start: 2, end: 5, value: 1 }, { start: 0, end: 3, value: 2 }, { start: 4, end: 99, value: 3 }]);
    expect(pieces.map((p) => [p.text, p.mark?.value ?? null])).toEqual([['abc', 2], ['def', null]]);
  });

  it('finds every occurrence of each surface form', () => {
    expect(occurrences('Минск и пак Минск', ['Минск', ''])).toEqual([{ start: 0, end: 5, value: null }, { start: 12, end: 17, value: null }]);
  });

  it('never loses or duplicates a character, whatever the ranges', () => {
    fc.assert(fc.property(fc.string(), fc.array(fc.tuple(fc.integer({ min: -5, max: 40 }), fc.integer({ min: -5, max: 40 }))), (text, pairs) => {
      const pieces = splitByRanges(text, pairs.map(([start, end]) => ({ start, end, value: null })));
      expect(pieces.map((p) => p.text).join('')).toBe(text);
    }));
  });
});
