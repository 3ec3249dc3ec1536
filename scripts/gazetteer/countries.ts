// Countries: Natural Earth outlines (world-atlas) + names in the nine languages (i18n-iso-countries).
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { GazetteerEntry, LanguageCode } from '../../src/core/types';
import { labelPoint, shrink, type Area } from './geometry';
import { LANGUAGES, loadCountryNames, loadTerritoryPopulation, loadWorldAtlas } from './sources';
import { COUNTRY_NAME_EXTRAS, COUNTRY_ENGLISH_NAME } from './curated/countryNames';
import { dissolvedOutline, withDeJureCrimea } from './deJure';

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

/** ISO alpha-2 of a Natural Earth country geometry (numeric id, or the name for the few without one). */
export function isoOfTopoGeometry(g: { id?: string | number; properties?: unknown }): string | undefined {
  const names = loadCountryNames();
  if (g.id !== undefined) return names.numericToAlpha2(String(g.id));
  return UNNUMBERED[(g.properties as { name?: string } | undefined)?.name ?? ''];
}

/** Country outlines by ISO alpha-2, unsimplified, from one topology (with Crimea in Ukraine, see deJure.ts). */
export function countryShapes(source: Topology): Map<string, CountryShape> {
  const topology = withDeJureCrimea(source);
  const object = topology.objects.countries as GeometryCollection;
  const out = new Map<string, CountryShape>();
  for (const g of object.geometries) {
    const iso = isoOfTopoGeometry(g);
    if (!iso || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) continue;
    out.set(iso, { iso, geometry: dissolvedOutline(topology, g) });
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
    // A package form that glosses itself in parentheses ("КНР (Китайская Народная Республика)") is split into its two names.
    const forms = list.flatMap((s) => s.split(/\s*[()]\s*/));
    const unique = [...new Set([...(english ? [english] : []), ...forms].map((s) => s.trim()).filter(Boolean))];
    if (unique.length) out[lang] = unique;
  }
  return out;
}

export function buildCountries(): { entries: GazetteerEntry[]; geometries: Record<string, Area> } {
  const coarse = countryShapes(loadWorldAtlas('110m'));
  const fine = countryShapes(loadWorldAtlas('50m'));
  const population = loadTerritoryPopulation();
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
    const entry: GazetteerEntry = { id, name: names.en?.[0] ?? iso, kind: 'country', iso, point: labelPoint(geometry), names };
    if (population.has(iso)) entry.population = population.get(iso);
    entries.push(entry);
    geometries[id] = geometry;
  }
  return { entries, geometries };
}
