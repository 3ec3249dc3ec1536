import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/core/detectLanguage';
import type { LanguageCode } from '../../src/core/types';

const SENTENCES: [LanguageCode, string][] = [
  ['ru', 'Украина заявила, что сбила 30 дронов над Киевом и Харьковом этой ночью.'],
  ['ru', 'Президент России Владимир Путин прибыл в Минск для переговоров с Александром Лукашенко.'],
  ['uk', 'Україна заявила, що збила 30 дронів над Києвом цієї ночі.'],
  ['uk', 'Президент прибув до Мінська на переговори.'],
  ['be', 'Беларусь заявіла, што збіла 30 дронаў над Мінскам гэтай ноччу.'],
  ['bg', 'Путин кацна в Минск с министрите си на отбраната и на външните работи.'],
  ['bg', 'Русия обяви, че нейните сили провеждат военни учения с беларуските сили.'],
  ['pl', 'Prezydent Rosji przyleciał do Mińska na rozmowy z Łukaszenką.'],
  ['pl', 'Rosja zaatakowała Kijów w nocy, poinformowały władze.'],
  ['lt', 'Rusijos prezidentas atvyko į Minską derybų su Lukašenka.'],
  ['lv', 'Krievijas prezidents ieradās Minskā uz sarunām ar Lukašenko.'],
  ['de', 'Der russische Präsident ist zu Gesprächen mit Lukaschenko in Minsk eingetroffen.'],
  ['de', 'Russland hat in der Nacht Kiew angegriffen, teilten die Behörden mit.'],
  ['en', 'The Russian president arrived in Minsk for talks with Lukashenko.'],
  ['en', 'Russia attacked Kyiv overnight, the authorities said, and Łódź was quiet.'],
];

describe('detectLanguage', () => {
  it.each(SENTENCES)('%s: %s', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('reads the seed articles as their manifest says', () => {
    const manifest = JSON.parse(readFileSync('seeds/manifest.json', 'utf8')) as { file: string; lang: LanguageCode }[];
    for (const { file, lang } of manifest) expect(detectLanguage(readFileSync(`seeds/${file}`, 'utf8'))).toBe(lang);
  });

  it('looks at a bounded sample: a long text is read from its beginning', () => {
    const text = 'Rosja zaatakowała Kijów w nocy, poinformowały władze. '.repeat(50) + 'The end. '.repeat(100_000);
    expect(detectLanguage(text)).toBe('pl');
  });

  it('capital letters are no evidence of German (ß has no one-letter capital)', () => {
    expect(detectLanguage('KYIV ODESA SUMY KHARKIV STRIKES '.repeat(40))).toBe('en');
  });

  it('always answers a registry language, even for text with no letters', () => {
    for (const text of ['', '12345', '!!!', '北京', 'ok']) expect(['bg', 'lv', 'ru', 'uk', 'be', 'pl', 'lt', 'de', 'en']).toContain(detectLanguage(text));
  });
});
