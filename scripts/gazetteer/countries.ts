// Countries: Natural Earth outlines (world-atlas) + names in the nine languages (i18n-iso-countries).
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { MultiPolygon, Polygon } from 'geojson';
import type { GazetteerEntry, LanguageCode } from '../../src/core/types';
import { labelPoint, shrink, type Area } from './geometry';
import { LANGUAGES, loadCountryNames, loadWorldAtlas } from './sources';
import { COUNTRY_NAME_EXTRAS, COUNTRY_ENGLISH_NAME } from './curated/countryNames';

/**
 * Countries drawn from the 50m topology: Europe and its eastern neighbours, where the viewer is used and where
 * borders between small countries must be right. Everything else comes from 110m (smaller file).
 */
export const DETAILED_COUNTRIES = new Set(
  ('AD AL AM AT AZ BA BE BG BY CH CY CZ DE DK EE ES FI FR GB GE GR HR HU IE IS IT KZ LI LT LU LV MC MD ME MK MT NL NO PL PT ' +
    'RO RS RU SE SI SK SM TR UA VA XK').split(' '),
);

/** Natural Earth features that carry no ISO numeric id, mapped by their `name`. Others without an id are skipped. */
const UNNUMBERED: Record<string, string> = { Kosovo: 'XK' };

export interface CountryShape {
  iso: string;
  geometry: Area;
}

/** Country outlines by ISO alpha-2, unsimplified, from one topology. */
export function countryShapes(topology: Topology): Map<string, CountryShape> {
  const names = loadCountryNames();
  const object = topology.objects.countries as GeometryCollection<{ name: string }>;
  const collection = feature(topology, object);
  const out = new Map<string, CountryShape>();
  for (const f of collection.features) {
    const id = f.id === undefined ? undefined : String(f.id);
    const iso = id ? names.numericToAlpha2(id) : UNNUMBERED[f.properties?.name ?? ''];
    if (!iso || !f.geometry) continue;
    if (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon') continue;
    out.set(iso, { iso, geometry: f.geometry as Polygon | MultiPolygon });
  }
  return out;
}

/** Every country's names in the nine languages: all forms the package knows plus curated extras, deduplicated. */
export function countryNames(iso: string): Partial<Record<LanguageCode, string[]>> {
  const names = loadCountryNames();
  const out: Partial<Record<LanguageCode, string[]>> = {};
  for (const lang of LANGUAGES) {
    const fromPackage = names.getName(iso, lang, { select: 'all' });
    const list = [...(Array.isArray(fromPackage) ? fromPackage : fromPackage ? [fromPackage] : []), ...(COUNTRY_NAME_EXTRAS[iso]?.[lang] ?? [])];
    const english = lang === 'en' ? COUNTRY_ENGLISH_NAME[iso] : undefined;
    const unique = [...new Set([...(english ? [english] : []), ...list].map((s) => s.trim()).filter(Boolean))];
    if (unique.length) out[lang] = unique;
  }
  return out;
}

export function buildCountries(): { entries: GazetteerEntry[]; geometries: Record<string, Area> } {
  const coarse = countryShapes(loadWorldAtlas('110m'));
  const fine = countryShapes(loadWorldAtlas('50m'));
  const entries: GazetteerEntry[] = [];
  const geometries: Record<string, Area> = {};
  const isos = [...new Set([...coarse.keys(), ...fine.keys()])].sort();
  for (const iso of isos) {
    // 50m where detail matters or where 110m has no shape at all (micro-states).
    const useFine = DETAILED_COUNTRIES.has(iso) || !coarse.has(iso);
    const shape = (useFine ? fine.get(iso) : coarse.get(iso)) ?? coarse.get(iso)!;
    const geometry = shrink(shape.geometry, useFine ? 0.01 : 0, 2);
    const names = countryNames(iso);
    const id = `country:${iso}`;
    entries.push({
      id,
      name: names.en?.[0] ?? iso,
      kind: 'country',
      iso,
      point: labelPoint(geometry),
      names,
    });
    geometries[id] = geometry;
  }
  return { entries, geometries };
}
