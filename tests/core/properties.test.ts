// Invariants that must hold for every input, checked on generated text (fast-check): no input makes the pipeline
// throw; every mention points at its surface and lies inside its passage; sentences tile their paragraphs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractSituation } from '../../src/core/pipeline';
import { segmentText } from '../../src/core/segment';
import { detectLanguage } from '../../src/core/detectLanguage';
import { LANGUAGE_CODES } from '../../src/core/languages';
import { index } from './recogniseHelpers';

// Words that exercise the recogniser (names, inflected names, border words, links, stop forms) mixed with noise.
const WORDS = [
  'Минск', 'Киев', 'Беларус', 'границата', 'на', 'Украйна', 'с', 'Русия', 'и', 'Белгородска', 'област', 'Кремъл',
  'Minskā', 'Baltkrievijas', 'robežas', 'ar', 'Kijivas', 'apgabalā', 'Putins', 'obwodu', 'biełgorodzkiego', 'granicy',
  'białorusko-ukraińskiej', 'Києві', 'Київщина', 'кордон', 'з', 'Білоруссю', 'Brest', 'Odessa', 'French', 'border',
  'with', 'Belarus', 'Владимир', 'Путин', 'Kyiv\'s', 'Слов’янськ', 'г.', '3.decembrī', 'НАТО', 'the', 'Gebiet', 'Belgorod',
  '.', '!', '?', '…', ',', '"', '«', '»', '–', '-', '\n', '\n\n', ' ', '\u00a0', '\t', '\r\n', '😀', '\ud800', 'ё', 'Ё',
];
const wordySentence = fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }).map((ws) => ws.join(' '));
const anyText = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), wordySentence);
const language = fc.option(fc.constantFrom(...LANGUAGE_CODES), { nil: undefined });

describe('pipeline invariants (property tests)', () => {
  it('no input string makes extractSituation throw; mentions point at their surface inside their passage', () => {
    fc.assert(
      fc.property(anyText, language, (text, lang) => {
        const situation = extractSituation([{ id: 'a', text, ...(lang ? { lang } : {}) }], index);
        const passages = new Map(situation.passages.map((p) => [p.id, p]));
        for (const m of situation.mentions) {
          expect(text.slice(m.start, m.end)).toBe(m.surface);
          const p = passages.get(m.passage);
          expect(p).toBeDefined();
          expect(m.start).toBeGreaterThanOrEqual(p!.start);
          expect(m.end).toBeLessThanOrEqual(p!.end);
          expect(index.byId.has(m.place)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('sentences tile their paragraphs, in order, with only white space between them', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const { paragraphs, sentences } = segmentText(text);
        let previousEnd = -1;
        for (const s of sentences) {
          expect(s.start).toBeGreaterThan(previousEnd - 1);
          expect(s.end).toBeGreaterThan(s.start);
          previousEnd = s.end;
        }
        paragraphs.forEach((p, i) => {
          const own = sentences.filter((s) => s.paragraph === i);
          expect(own.length).toBeGreaterThan(0);
          expect(own[0].start).toBe(p.start);
          expect(own[own.length - 1].end).toBe(p.end);
          for (let k = 1; k < own.length; k++) expect(text.slice(own[k - 1].end, own[k].start)).toMatch(/^\s+$/u);
          for (const s of own) expect(text.slice(s.start, s.end)).toBe(text.slice(s.start, s.end).trim());
        });
      }),
      { numRuns: 400 },
    );
  });

  it('language detection always answers a registry language', () => {
    fc.assert(fc.property(anyText, (text) => { expect(LANGUAGE_CODES).toContain(detectLanguage(text)); }), { numRuns: 300 });
  });
});

describe('mentions and long sentences', () => {
  it('a name is never quoted across the cut of an over-long sentence', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), (pad) => {
        const text = 'x'.repeat(pad) + ' Белгородска област'.repeat(300);
        const situation = extractSituation([{ id: 'a', text, lang: 'bg' }], index);
        const passages = new Map(situation.passages.map((p) => [p.id, p]));
        expect(situation.mentions.length).toBeGreaterThan(200);
        for (const m of situation.mentions) {
          const p = passages.get(m.passage)!;
          expect(m.start >= p.start && m.end <= p.end).toBe(true);
        }
      }),
      { numRuns: 20 },
    );
  });
});

describe('very dense input', () => {
  it('an article naming a place 150 000 times is processed, every mention kept', () => {
    const text = 'Киев '.repeat(150_000);
    const situation = extractSituation([{ id: 'a', text, lang: 'bg' }], index);
    expect(situation.mentions).toHaveLength(150_000);
  });
});
