// Gold files must agree with their own text and the gazetteer, or the eval figures measure typos.
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadGazetteer } from '../src/gazetteer/loadGazetteerNode';
import { loadSet, SET_NAMES } from '../src/eval/loadSets';
import { goldProblems } from '../src/eval/checkGold';
import type { GoldArticle } from '../src/eval/gold';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MINSK = 'city:625144';

const article = (text: string, gold: Partial<GoldArticle['gold']>): GoldArticle => ({
  id: 'x', set: 'dev', text, gold: { lang: 'en', places: [], events: [], ...gold },
});

describe('gold consistency check', () => {
  test('a consistent article has no problems, with "..." elisions and no-break spaces in the text', () => {
    const a = article('Leaders met\u00a0in Minsk on Monday after a long delay.', {
      places: [{ id: MINSK, surfaces: ['Minsk'] }],
      events: [{ type: 'meeting', place: MINSK, evidence: 'Leaders met in ... Monday' }],
    });
    expect(goldProblems(a, loadGazetteer())).toEqual([]);
  });

  test('unknown ids, absent surfaces and quotes, unlisted event places are each reported', () => {
    const a = article('Leaders met in Minsk.', {
      places: [{ id: 'city:0', surfaces: ['Pinsk'] }],
      events: [{ type: 'meeting', place: MINSK, evidence: 'met in Moscow' }],
    });
    const problems = goldProblems(a, loadGazetteer()).join('\n');
    expect(problems).toContain('city:0 is not in the gazetteer');
    expect(problems).toContain('surface "Pinsk"');
    expect(problems).toContain(`meeting@${MINSK} is at a place not listed`);
    expect(problems).toContain('evidence "met in Moscow"');
  });

  test('pieces of an elided quote must occur in order', () => {
    const a = article('Minsk hosted talks.', {
      places: [{ id: MINSK, surfaces: ['Minsk'] }],
      events: [{ type: 'meeting', place: MINSK, evidence: 'talks ... Minsk' }],
    });
    expect(goldProblems(a, loadGazetteer())).toHaveLength(1);
  });

  for (const set of SET_NAMES) {
    test(`every ${set} gold file is consistent`, () => {
      const problems = loadSet(ROOT, set).flatMap((a) => goldProblems(a, loadGazetteer()).map((p) => `${a.id}: ${p}`));
      expect(problems).toEqual([]);
    });
  }
});
