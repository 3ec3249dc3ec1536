// The evaluation as a test: the real pipeline over the annotated sets must not fall below the level reached.
// Seeds floors come from issue 2; dev and held-out floors sit just below the figures measured when they were set
// (see the README's evaluation section); raise them when the pipeline improves, never lower them to pass.
// The held-out set was replaced in the second session (45 new articles; the first 36 became dev data). In the third
// session the dev set grew by three blind batches (ids 41–74): they have floors of their own, set from their
// measurement after tuning, so that the floors of the articles that were there before could be raised, not lowered.
// The fifth session's blind batch (ids 81–84: ru, en, lv, lt) had its floor from its first look, before any tuning on it;
// it and the third-session batches were raised in the eighth.
// The eighth session added blind batches in all nine languages (ids 85–94); their floor was set after tuning on them,
// a little under the figure measured then (their first looks are in the README).
// The ninth session added blind batches in English and Russian (ids 95–120, and en/ru 89–90 inside the eighth
// session's range); their floor was set after tuning on them, a little under the figure measured then.
// The held-out floors were raised after its measurements in the third, the fifth, the eighth and the ninth session.
// The tenth session grew the held-out set to at least a third of the annotated articles (166 new blind articles, ids
// 201–231, each batch reviewed by a second annotator) and added blind dev batches (ids 121–128); the floors of both were
// set after the session's one measurement of the held-out set, a little under the figures measured then.
// The eleventh session added two held-out articles (lv 232–233, reviewed like the others) and blind dev batches
// (lv 129–131 and 134–136, lt 137–139, be 137–140); it raised the floor of the held-out ids 201–233 after its one
// measurement, and added the issue's own bar per language on the held-out set (places 0.9, events 0.8).
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadGazetteer } from '../src/gazetteer/loadGazetteerNode';
import { loadSet, type SetName } from '../src/eval/loadSets';
import { reportSet, scoreArticles } from '../src/eval/runEval';
import type { GoldArticle } from '../src/eval/gold';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The number in an article id (`ru-41-…` → 41): 01–39 came before the third session, 41–79 with it, 81–84 in the fifth, 85–94 in the eighth, 95–120 in the ninth, 121–128 (dev) and 201–231 (held-out) in the tenth, 129–140 (dev) and 232–233 (held-out) in the eleventh. */
const batch = (a: GoldArticle) => Number(a.id.split('-')[1]);

const GROUPS: { name: string; set: SetName; articles?: (a: GoldArticle) => boolean; places: number; events: number }[] = [
  { name: 'seeds', set: 'seeds', places: 0.95, events: 0.9 },
  { name: 'dev, sessions 1–2 (ids 01–39)', set: 'dev', articles: (a) => batch(a) < 40, places: 0.98, events: 0.95 },
  { name: 'dev, session 3 blind batches (ids 41–79)', set: 'dev', articles: (a) => batch(a) >= 40 && batch(a) < 80, places: 0.98, events: 0.9 },
  { name: 'dev, session 5 blind batch (ids 81–84)', set: 'dev', articles: (a) => batch(a) >= 80 && batch(a) < 85, places: 0.97, events: 0.9 },
  { name: 'dev, session 8 blind batches (ids 85–94)', set: 'dev', articles: (a) => batch(a) >= 85 && batch(a) < 95, places: 0.97, events: 0.9 },
  { name: 'dev, session 9 blind batches (ids 95–120)', set: 'dev', articles: (a) => batch(a) >= 95 && batch(a) <= 120, places: 0.97, events: 0.88 },
  { name: 'dev, session 10 blind batches (ids 121–128)', set: 'dev', articles: (a) => batch(a) > 120 && batch(a) <= 128, places: 0.97, events: 0.88 },
  { name: 'dev, session 11 blind batches (ids 129–140)', set: 'dev', articles: (a) => batch(a) > 128 && batch(a) < 200, places: 0.97, events: 0.9 },
  { name: 'heldout, session 2 (ids 01–05)', set: 'heldout', articles: (a) => batch(a) < 200, places: 0.97, events: 0.83 },
  { name: 'heldout, sessions 10–11 (ids 201–233)', set: 'heldout', articles: (a) => batch(a) >= 200, places: 0.97, events: 0.84 },
];

describe('npm run eval figures stay at the level reached', () => {
  for (const g of GROUPS) {
    test(`${g.name}: places F1 ≥ ${g.places}, events F1 ≥ ${g.events}`, () => {
      const articles = loadSet(ROOT, g.set).filter(g.articles ?? (() => true));
      expect(articles.length).toBeGreaterThan(0);
      const report = reportSet(g.name, scoreArticles(articles, loadGazetteer()));
      expect(report.total.places.f1).toBeGreaterThanOrEqual(g.places);
      expect(report.total.events.f1).toBeGreaterThanOrEqual(g.events);
    }, 60_000);
  }

  // Issue 3: on the held-out set, places F1 ≥ 0.9 and events F1 ≥ 0.8 in every language.
  test('the held-out set reaches places F1 0.9 and events F1 0.8 in every language', () => {
    const report = reportSet('heldout', scoreArticles(loadSet(ROOT, 'heldout'), loadGazetteer()));
    for (const lang of ['bg', 'lv', 'ru', 'uk', 'be', 'pl', 'lt', 'de', 'en']) {
      const figures = report.byLanguage[lang];
      expect(figures, lang).toBeDefined();
      expect(figures.places.f1, `${lang} places`).toBeGreaterThanOrEqual(0.9);
      expect(figures.events.f1, `${lang} events`).toBeGreaterThanOrEqual(0.8);
    }
  }, 60_000);

  // Issue 3: at least a third of the annotated articles are held out, in every language.
  test('the held-out set is at least a third of the annotated articles, and of each language\'s', () => {
    const sets = { seeds: loadSet(ROOT, 'seeds'), dev: loadSet(ROOT, 'dev'), heldout: loadSet(ROOT, 'heldout') };
    const all = [...sets.seeds, ...sets.dev, ...sets.heldout];
    expect(sets.heldout.length * 3).toBeGreaterThanOrEqual(all.length);
    for (const lang of ['bg', 'lv', 'ru', 'uk', 'be', 'pl', 'lt', 'de', 'en']) {
      const held = sets.heldout.filter((a) => a.gold.lang === lang).length;
      const total = all.filter((a) => a.gold.lang === lang).length;
      expect(held * 3, `${lang}: ${held} of ${total} held out`).toBeGreaterThanOrEqual(total);
    }
  });

  test('every dev language has at least two annotated articles', () => {
    const perLanguage = new Map<string, number>();
    for (const a of loadSet(ROOT, 'dev')) perLanguage.set(a.gold.lang, (perLanguage.get(a.gold.lang) ?? 0) + 1);
    for (const lang of ['bg', 'lv', 'ru', 'uk', 'be', 'pl', 'lt', 'de', 'en']) expect(perLanguage.get(lang) ?? 0).toBeGreaterThanOrEqual(2);
  });
});
