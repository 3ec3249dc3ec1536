// The scorer's pure parts: gold validation, set comparison and micro-averaged figures.
import { describe, expect, test } from 'vitest';
import { parseGold, type GoldArticle } from '../src/eval/gold';
import { aggregate, figures, foundByArticle, scoreArticle } from '../src/eval/score';
import type { Situation } from '../src/core/types';

const gold = (id: string, places: string[], events: [string, string][]): GoldArticle => ({
  id, set: 'dev', text: '',
  gold: { lang: 'en', places: places.map((p) => ({ id: p, surfaces: [] })), events: events.map(([type, place]) => ({ type: type as 'strike', place, evidence: '' })) },
});

describe('figures', () => {
  test('precision, recall and F1 from counts', () => {
    const f = figures({ tp: 3, fp: 1, fn: 2 });
    expect(f.precision).toBeCloseTo(0.75);
    expect(f.recall).toBeCloseTo(0.6);
    expect(f.f1).toBeCloseTo((2 * 0.75 * 0.6) / 1.35);
  });
  test('nothing found and nothing to find is perfect; nothing found of something is zero recall', () => {
    expect(figures({ tp: 0, fp: 0, fn: 0 }).f1).toBe(1);
    expect(figures({ tp: 0, fp: 0, fn: 4 }).f1).toBe(0);
  });
});

describe('scoring articles', () => {
  const situation: Situation = {
    articles: [
      { id: 'a', text: '', lang: 'en', langDetected: false },
      { id: 'b', text: '', lang: 'en', langDetected: false },
    ],
    passages: [],
    places: [],
    mentions: [
      { place: 'city:1', article: 'a', start: 0, end: 1, surface: 'x', passage: 'a#0' },
      { place: 'city:2', article: 'a', start: 2, end: 3, surface: 'y', passage: 'a#0' },
      { place: 'city:1', article: 'b', start: 0, end: 1, surface: 'x', passage: 'b#0' },
    ],
    events: [
      { type: 'strike', place: 'city:1', article: 'a', passage: 'a#0', cue: 'hit' },
      { type: 'meeting', place: 'city:1', article: 'a', passage: 'a#0', cue: 'met' },
    ],
  };

  test('places and events are sets per article; a place found in another article does not count', () => {
    const found = foundByArticle(situation);
    const a = scoreArticle(gold('a', ['city:1', 'city:3'], [['strike', 'city:1'], ['strike', 'city:3']]), found.get('a'));
    expect(a.places).toEqual({ tp: ['city:1'], fp: ['city:2'], fn: ['city:3'] });
    expect(a.events).toEqual({ tp: ['strike@city:1'], fp: ['meeting@city:1'], fn: ['strike@city:3'] });
    const b = scoreArticle(gold('b', ['city:2'], []), found.get('b'));
    expect(b.places).toEqual({ tp: [], fp: ['city:1'], fn: ['city:2'] });
  });

  test('micro-averaging adds the counts of all articles', () => {
    const found = foundByArticle(situation);
    const scores = [
      scoreArticle(gold('a', ['city:1', 'city:3'], []), found.get('a')),
      scoreArticle(gold('b', ['city:1'], []), found.get('b')),
    ];
    const total = aggregate(scores);
    expect(total.places).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(total.places.f1).toBeCloseTo(2 / 3);
  });

  test('an article the pipeline produced nothing for scores all its gold as missed', () => {
    const s = scoreArticle(gold('c', ['country:BY'], [['exercise', 'country:BY']]), undefined);
    expect(s.places.fn).toEqual(['country:BY']);
    expect(s.events.fn).toEqual(['exercise@country:BY']);
  });
});

describe('gold files', () => {
  test('a valid file parses', () => {
    const g = parseGold({ lang: 'lv', places: [{ id: 'city:625144', surfaces: ['Minskā'] }], events: [{ type: 'meeting', place: 'city:625144', evidence: 'sarunās Minskā' }] }, 'x.json');
    expect(g.events[0]).toEqual({ type: 'meeting', place: 'city:625144', evidence: 'sarunās Minskā' });
  });
  test.each([
    [null, 'not a JSON object'],
    [{ lang: 'xx', places: [], events: [] }, 'unknown "lang"'],
    [{ lang: 'en', places: {}, events: [] }, '"places" must be an array'],
    [{ lang: 'en', places: [], events: [{ type: 'riot', place: 'city:1' }] }, 'events[0].type'],
  ])('a malformed file names its problem: %j', (json, message) => {
    expect(() => parseGold(json, 'bad.gold.json')).toThrow(message);
  });
});
