// Curated additions to the country names of i18n-iso-countries. Only what the package lacks:
// the short English name where its first form is the formal one, and common forms news write
// that the package does not list. Source of every form: the usual form in each language's press and
// its Wikipedia article title (checked by the curator); no form here names a specific article.
import type { LanguageCode } from '../../../src/core/types';

/** Short English name used as the entry's `name` where i18n-iso-countries' first English form is the formal one. */
export const COUNTRY_ENGLISH_NAME: Record<string, string> = {
  CN: 'China', CG: 'Republic of the Congo', CD: 'DR Congo', CZ: 'Czechia', GM: 'Gambia', VA: 'Vatican City',
  IR: 'Iran', LA: 'Laos', FM: 'Micronesia', MD: 'Moldova', MK: 'North Macedonia', RU: 'Russia', SY: 'Syria',
  TW: 'Taiwan', TZ: 'Tanzania', GB: 'United Kingdom', US: 'United States', KR: 'South Korea', KP: 'North Korea',
  VN: 'Vietnam', BO: 'Bolivia', VE: 'Venezuela', PS: 'Palestine', FK: 'Falkland Islands', BN: 'Brunei',
};

/** Extra forms per language (source: common press usage / Wikipedia titles). */
export const COUNTRY_NAME_EXTRAS: Record<string, Partial<Record<LanguageCode, string[]>>> = {
  BY: { ru: ['Белоруссия', 'Республика Беларусь'], uk: ['Республіка Білорусь'], be: ['Рэспубліка Беларусь'], de: ['Weißrussland', 'Republik Belarus'], en: ['Byelorussia'], lv: ['Baltkrievijas Republika'], lt: ['Baltarusijos Respublika'], pl: ['Republika Białorusi'], bg: ['Република Беларус'] },
  RU: { bg: ['Руската федерация', 'Руска федерация'], uk: ['Російська Федерація', 'РФ'], ru: ['РФ'], lv: ['Krievijas Federācija'], lt: ['Rusijos Federacija'], pl: ['Federacja Rosyjska'], be: ['Расійская Федэрацыя'], en: ['Russian Federation'] },
  UA: { en: ['Ukraine'], de: ['Ukraine'] },
  MD: { ru: ['Молдова', 'Республика Молдова'], en: ['Republic of Moldova'], de: ['Republik Moldau', 'Moldau'], pl: ['Mołdawia'], uk: ['Молдавія'], be: ['Малдова'] },
  US: { ru: ['Соединённые Штаты', 'Соединенные Штаты Америки'], uk: ['Сполучені Штати Америки', 'Сполучені Штати'], bg: ['САЩ', 'Съединените щати'], lv: ['ASV'], lt: ['JAV'], pl: ['USA'], be: ['ЗША'] },
  GB: { ru: ['Соединённое Королевство', 'Британия'], uk: ['Сполучене Королівство', 'Велика Британія', 'Британія'], bg: ['Великобритания', 'Британия'], be: ['Вялікая Брытанія', 'Брытанія'], pl: ['Brytania'], lt: ['Didžioji Britanija', 'Britanija'], lv: ['Britānija'], de: ['Britannien'], en: ['Britain'] },
  KP: { ru: ['Северная Корея'], uk: ['Північна Корея'] },
  KR: { ru: ['Южная Корея'], uk: ['Південна Корея'] },
  CN: { ru: ['Китай'], be: ['Кітай'] },
  CZ: { en: ['Czech Republic'] },
  KZ: { en: ['Kazakhstan'] },
};
