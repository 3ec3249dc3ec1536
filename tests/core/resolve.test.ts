import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveToponyms } from '../../src/core/resolve';
import { recogniseToponyms } from '../../src/core/recognise';
import { indexGazetteer } from '../../src/gazetteer/gazetteerIndex';
import type { Gazetteer } from '../../src/core/types';
import { BREST_BY, BREST_FR, KYIV, ODESA_UA, ODESSA_TX, PARIS_FR, PARIS_TX, index, placesIn } from './recogniseHelpers';

const placeOf = (surface: string, found: [string, string][]) => found.find(([s]) => s === surface)?.[1];

describe('resolveToponyms: homonyms by context and prominence', () => {
  it('Brest in a Belarus story is Brest, Belarus', () => {
    const text = 'Belarusian troops began exercises near Brest, the defence ministry in Minsk said.';
    expect(placeOf('Brest', placesIn(text, 'en'))).toBe(BREST_BY);
  });

  it('Brest in a story about the French navy is Brest, France', () => {
    const text = 'The French navy began a large exercise off Brest on Monday.';
    expect(placeOf('Brest', placesIn(text, 'en'))).toBe(BREST_FR);
    const german = 'Die französische Marine hat vor Brest ein Manöver begonnen.';
    expect(placeOf('Brest', placesIn(german, 'de'))).toBe(BREST_FR);
  });

  it('a country named right after a homonym decides that mention, even where the article means the other elsewhere', () => {
    const text = 'Belarus began drills near Brest and in the Brest region. Meanwhile, in Brest in north-western France, the navy guards its base.';
    const found = placesIn(text, 'en').filter(([s]) => s === 'Brest').map(([, id]) => id);
    expect(found).toEqual([BREST_BY, BREST_FR]);
    // … but not a capital: "US envoy Steve Witkoff arrived in Moscow, the US embassy said" is Russia's capital
    expect(placeOf('Moscow', placesIn('US envoy Steve Witkoff arrived in Moscow, the US embassy said, for talks with Russian officials.', 'en'))).toBe('city:524901');
  });

  it('Odessa is the Ukrainian port unless the story is about the United States', () => {
    expect(placeOf('Odessa', placesIn('Drones struck Odessa overnight.', 'en'))).toBe(ODESA_UA);
    expect(placeOf('Odessa', placesIn('A vigil was held in Odessa, one of the American oil towns of the United States.', 'en'))).toBe(ODESSA_TX);
  });

  it('Paris is the French capital unless the story is American', () => {
    expect(placeOf('Paris', placesIn('Leaders met in Paris to discuss aid to Kyiv.', 'en'))).toBe(PARIS_FR);
    expect(placeOf('Paris', placesIn('The American town of Paris in the United States held a parade.', 'en'))).toBe(PARIS_TX);
  });

  it('Georgia is the country in a story about the region', () => {
    expect(placeOf('Georgia', placesIn('Georgia and Ukraine asked for NATO membership.', 'en'))).toBe('country:GE');
  });

  it('two towns of one name: the much larger one, even when the article also names a city near the smaller', () => {
    // Mykolaiv (~500 000, near Odesa) and Mykolaiv (~15 000, near Lviv).
    const text = 'Drones struck Lviv and Odesa overnight; five more were shot down over Mykolaiv.';
    expect(placeOf('Mykolaiv', placesIn(text, 'en'))).toBe('city:700569');
  });

  it('the region of the smaller town counts when named close by, not when named in another paragraph', () => {
    const otherParagraph = 'Drones hit Kyiv and Odesa overnight. The Lviv region reported damage to an energy facility near the town of Stryi.\n\nIn the Dnipropetrovsk region a missile killed three people. One more person was killed in Mykolaiv.';
    expect(placeOf('Mykolaiv', placesIn(otherParagraph, 'en'))).toBe('city:700569');
    const sameSentence = 'A drone hit a warehouse in Mykolaiv, in the Lviv region, near the town of Stryi.';
    expect(placeOf('Mykolaiv', placesIn(sameSentence, 'en'))).toBe('city:700568');
  });

  it('a country named like its capital: "in Luxembourg" is the city, "Luxembourg said" the country', () => {
    expect(placeOf('Luxembourg', placesIn('EU ministers met in Luxembourg on Monday.', 'en'))).toBe('city:2960316');
    expect(placeOf('Luksemburgu', placesIn('Ministrowie zebrali się w Luksemburgu.', 'pl'))).toBe('city:2960316');
    expect(placeOf('Liuksemburge', placesIn('Liuksemburge susitikę ministrai aptarė sankcijas.', 'lt'))).toBe('city:2960316');
    expect(placeOf('Luxembourg', placesIn('Luxembourg said it would send more aid.', 'en'))).toBe('country:LU');
    // A capital that is a small part of its country is not meant by "in": Bulgarian "в Бразилия" is Brazil.
    expect(placeOf('Бразилия', placesIn('Министърът пристигна в Бразилия.', 'bg'))).toBe('country:BR');
  });

  it('one sense per article: every occurrence of a name gets the same entry', () => {
    const text = 'Brest is quiet. Belarusian troops in Brest and Minsk. Brest again.';
    const ids = placesIn(text, 'en').filter(([s]) => s === 'Brest').map(([, id]) => id);
    expect(new Set(ids).size).toBe(1);
  });

  it('keeps one entry per candidate and drops candidates with unknown entries', () => {
    const candidates = [
      { start: 0, end: 4, surface: 'Kyiv', entries: [KYIV] },
      { start: 5, end: 10, surface: 'Nowhere', entries: ['city:0'] },
    ];
    expect(resolveToponyms(candidates, { text: 'Kyiv Nowhere', lang: 'en' }, index)).toEqual([{ start: 0, end: 4, surface: 'Kyiv', place: KYIV }]);
  });
});

describe('resolveToponyms on the small fixture gazetteer (a US state and a country share a name)', () => {
  const fixture = indexGazetteer(JSON.parse(readFileSync('tests/fixtures/gazetteer-mini.json', 'utf8')) as Gazetteer);
  const resolve = (text: string) => resolveToponyms(recogniseToponyms(text, 'en', fixture), { text, lang: 'en' }, fixture);

  it('Georgia next to Ukraine and Russia is the country', () => {
    expect(resolve('Georgia, Ukraine and Russia.').find((t) => t.surface === 'Georgia')?.place).toBe('country:GE');
  });

  it('Georgia in a story about the United States is the state', () => {
    expect(resolve('Storms hit Georgia, the United States weather service said. Paris, too.').map((t) => t.place)).toEqual(['region:US-GA', 'country:US', PARIS_TX]);
  });
});
