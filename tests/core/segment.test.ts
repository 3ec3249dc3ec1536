import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE, segmentText } from '../../src/core/segment';

const sentencesOf = (text: string) => segmentText(text).sentences.map((s) => text.slice(s.start, s.end));

describe('segmentText', () => {
  it('splits paragraphs on line breaks, trimmed, with exact offsets', () => {
    const text = '  First line.\n\nSecond line\r\nThird.  \n';
    const { paragraphs } = segmentText(text);
    expect(paragraphs.map((p) => text.slice(p.start, p.end))).toEqual(['First line.', 'Second line', 'Third.']);
  });

  it('splits sentences at terminators followed by a capital, digit or quote', () => {
    expect(sentencesOf('Путин кацна в Минск. Русия обяви учения! "Това е всичко", каза той? 30 души.')).toEqual([
      'Путин кацна в Минск.', 'Русия обяви учения!', '"Това е всичко", каза той?', '30 души.',
    ]);
  });

  it('keeps the closing quote with its sentence', () => {
    expect(sentencesOf('"Krievija nav ieinteresēta." Putins runāja.')).toEqual(['"Krievija nav ieinteresēta."', 'Putins runāja.']);
  });

  it('does not split after abbreviations, initials or ordinal numbers', () => {
    // "г." (година) before a capital is ambiguous; the abbreviation wins, so no split there.
    expect(sentencesOf('Лукашенко е на власт от 1994 г. Той е съюзник.')).toEqual(['Лукашенко е на власт от 1994 г. Той е съюзник.']);
    expect(sentencesOf('Pēdējo reizi Putins Minsku apmeklēja 2019.gadā. Viņš runāja.')).toEqual(['Pēdējo reizi Putins Minsku apmeklēja 2019.gadā.', 'Viņš runāja.']);
    expect(sentencesOf('В. Путин прибыл в г. Минск. Там он встретился с Лукашенко.')).toEqual(['В. Путин прибыл в г. Минск.', 'Там он встретился с Лукашенко.']);
    expect(sentencesOf('Die Übung begann am 3. Dezember in Brest. Sie dauert zwei Wochen.')).toEqual(['Die Übung begann am 3. Dezember in Brest.', 'Sie dauert zwei Wochen.']);
    expect(sentencesOf('Gen. Zaluzhnyi spoke to Mr. Smith in Kyiv. They met again.')).toEqual(['Gen. Zaluzhnyi spoke to Mr. Smith in Kyiv.', 'They met again.']);
  });

  it('does not split before a lower-case word', () => {
    expect(sentencesOf('Ukraina u.c. valstis. viņš teica')).toHaveLength(1);
  });

  it('tiles each paragraph with its sentences (only white space between them)', () => {
    const text = 'A one.  B two!\tC three?\nD four… E five.';
    const { paragraphs, sentences } = segmentText(text);
    paragraphs.forEach((p, i) => {
      const own = sentences.filter((s) => s.paragraph === i);
      expect(own[0].start).toBe(p.start);
      expect(own[own.length - 1].end).toBe(p.end);
      for (let k = 1; k < own.length; k++) expect(text.slice(own[k - 1].end, own[k].start)).toMatch(/^\s+$/);
    });
  });

  it('cuts sentences longer than the limit at white space', () => {
    const text = 'слово '.repeat(2000).trim();
    const sentences = segmentText(text).sentences;
    expect(sentences.length).toBeGreaterThan(1);
    for (const s of sentences) {
      expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(text.slice(s.start, s.end)).toMatch(/^\S.*\S$/s);
    }
  });

  it('segments a 2 MB single line without line breaks', () => {
    const text = 'Русия нанесе удар по Киев и Харков. '.repeat(60_000);
    const { paragraphs, sentences } = segmentText(text);
    expect(paragraphs).toHaveLength(1);
    expect(sentences).toHaveLength(60_000);
  });

  it('returns nothing for empty or blank text', () => {
    expect(segmentText('')).toEqual({ paragraphs: [], sentences: [] });
    expect(segmentText(' \n\t\n ')).toEqual({ paragraphs: [], sentences: [] });
  });
});
