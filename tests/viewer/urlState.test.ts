import { describe, expect, it } from 'vitest';
import { formatUrlState, parseUrlState } from '../../src/app/urlState';

describe('URL state', () => {
  it('round-trips position, visible layers and the selected place', () => {
    const state = { view: { zoom: 6.5, center: [27.5667, 53.9] as [number, number] }, layers: ['meeting' as const], place: 'city:625144' };
    const hash = formatUrlState(state);
    expect(hash).toBe('#map=6.50/53.9000/27.5667&layers=meeting&place=city%3A625144');
    expect(parseUrlState(hash)).toEqual(state);
  });

  it('leaves out what is at its default, and reads an empty hash as all defaults', () => {
    expect(formatUrlState({ layers: ['strike', 'meeting', 'exercise'] })).toBe('');
    expect(parseUrlState('')).toEqual({});
  });

  it('keeps an explicit "no layers" apart from "all layers"', () => {
    expect(parseUrlState(formatUrlState({ layers: [] })).layers).toEqual([]);
  });

  it('ignores malformed or out-of-range parts instead of failing', () => {
    expect(parseUrlState('#map=abc/1/2&layers=strike,bogus&place=')).toEqual({ layers: ['strike'] });
    expect(parseUrlState('#map=5/95/10')).toEqual({});
    expect(parseUrlState('#%%%')).toEqual({});
  });
});
