// The incremental Situation must always equal a full re-merge of the same articles, whatever the order of
// additions and removals: that is what lets the page merge per article instead of re-running everything.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LiveSituation } from '../src/store/liveSituation';
import { mergeSituations } from '../src/core/pipeline';
import { toFeatureCollection } from '../src/core/geojson';
import { indexGazetteer } from '../src/gazetteer/gazetteerIndex';
import { EVENT_TYPES, type Gazetteer } from '../src/core/types';
import type { ArticleAnalysis } from '../src/worker/protocol';

// A small gazetteer in the artefact's shape (areas carry their own geometry, cities only a point).
const gazetteer: Gazetteer = {
  version: 1,
  entries: [
    { id: 'city:698740', name: 'Odesa', kind: 'city', iso: 'UA', point: [30.73, 46.48], names: { en: ['Odesa'] } },
    { id: 'city:706483', name: 'Kharkiv', kind: 'city', iso: 'UA', point: [36.25, 50.0], names: { en: ['Kharkiv'] } },
    { id: 'region:RU-BEL', name: 'Belgorod Oblast', kind: 'region', iso: 'RU', point: [37.0, 50.7], names: { en: ['Belgorod Oblast'] } },
  ],
  geometries: { 'region:RU-BEL': { type: 'Polygon', coordinates: [[[36, 50], [38, 50], [38, 51], [36, 51], [36, 50]]] } },
};
const index = indexGazetteer(gazetteer);
const PLACES = [...gazetteer.entries.map((e) => e.id), 'city:0-not-in-gazetteer'];

/** A synthetic article result: passages of a fixed size, mentions and events pointing into them. */
const analysisArb = (id: string) => fc.record({
  passages: fc.integer({ min: 1, max: 4 }),
  mentions: fc.array(fc.record({ place: fc.constantFrom(...PLACES), passage: fc.nat(3) }), { maxLength: 6 }),
  events: fc.array(fc.record({ place: fc.constantFrom(...PLACES), passage: fc.nat(3), type: fc.constantFrom(...EVENT_TYPES) }), { maxLength: 3 }),
}).map(({ passages, mentions, events }): ArticleAnalysis => {
  const text = Array.from({ length: passages }, (_, i) => `Passage ${i} of ${id} names a place.`).join('\n');
  const spans = Array.from({ length: passages }, (_, i) => {
    const start = text.split('\n').slice(0, i).join('\n').length + (i ? 1 : 0);
    return { id: `${id}#${i}`, article: id, start, end: start + text.split('\n')[i].length, paragraph: i };
  });
  return {
    articles: [{ id, text, lang: 'en', langDetected: true }],
    passages: spans,
    mentions: mentions.map((m) => {
      const p = spans[m.passage % passages];
      return { place: m.place, article: id, start: p.start, end: p.start + 7, surface: text.slice(p.start, p.start + 7), passage: p.id };
    }),
    events: events.map((e) => ({ type: e.type, place: e.place, article: id, passage: spans[e.passage % passages].id, cue: 'cue' })),
  };
});

describe('LiveSituation', () => {
  it('equals a full merge after any sequence of additions and removals', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('add' as const), id: fc.constantFrom('a', 'b', 'c', 'd', 'e') }).chain((o) => analysisArb(o.id).map((analysis) => ({ ...o, analysis }))),
      fc.record({ kind: fc.constant('remove' as const), id: fc.constantFrom('a', 'b', 'c', 'd', 'e') }),
    );
    fc.assert(fc.property(fc.array(op, { maxLength: 15 }), fc.array(fc.boolean(), { maxLength: 15 }), (ops, looks) => {
      const live = new LiveSituation(index);
      const reference = new Map<string, ArticleAnalysis>();
      ops.forEach((o, i) => {
        if (o.kind === 'add') {
          live.add(o.analysis);
          reference.delete(o.id);
          reference.set(o.id, o.analysis);
        } else {
          expect(live.remove(o.id)).toBe(reference.delete(o.id));
        }
        if (looks[i]) live.collection(); // reading in between must not change the outcome
      });
      const merged = mergeSituations([...reference.values()]);
      expect(live.situation()).toEqual(merged);
      expect(live.articles()).toEqual(merged.articles);
      expect(live.collection()).toEqual(toFeatureCollection(merged, index));
      expect(live.articleIds).toEqual([...reference.keys()]);
    }), { numRuns: 300 });
  });

  it('bumps its version on every change and keeps unchanged features as the same objects', () => {
    const live = new LiveSituation(index);
    const sample = (id: string) => fc.sample(analysisArb(id), { seed: 1, numRuns: 1 })[0];
    const a = sample('a');
    a.mentions = [{ place: 'city:698740', article: 'a', start: 0, end: 7, surface: 'Passage', passage: 'a#0' }];
    const b = sample('b');
    b.mentions = [{ place: 'city:706483', article: 'b', start: 0, end: 7, surface: 'Passage', passage: 'b#0' }];
    b.events = [];
    live.add(a);
    const v = live.version;
    const before = live.collection();
    live.add(b);
    expect(live.version).toBeGreaterThan(v);
    const after = live.collection();
    expect(after).not.toBe(before);
    expect(after.features.find((f) => f.id === 'city:698740')).toBe(before.features.find((f) => f.id === 'city:698740'));
    expect(after.features.map((f) => f.id)).toContain('city:706483');
  });
});
