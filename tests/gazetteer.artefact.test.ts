// Tests of the committed gazetteer artefact (public/data/gazetteer.json), on the real data as shipped.
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as turf from '@turf/turf';
import type { Feature, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { Gazetteer, GazetteerEntry, LanguageCode } from '../src/core/types';
import { GAZETTEER_FILE } from '../src/gazetteer/loadGazetteerNode';

const gazetteer = JSON.parse(readFileSync(GAZETTEER_FILE, 'utf8')) as Gazetteer;
const byId = new Map(gazetteer.entries.map((e) => [e.id, e]));
const entry = (id: string): GazetteerEntry => {
  const e = byId.get(id);
  if (!e) throw new Error(`no entry ${id}`);
  return e;
};
const area = (id: string) => turf.feature(gazetteer.geometries[id] as Polygon | MultiPolygon) as Feature<Polygon | MultiPolygon>;
const line = (id: string) => gazetteer.geometries[id] as LineString | MultiLineString;
const cityNamed = (name: string, iso: string) => gazetteer.entries.filter((e) => e.kind === 'city' && e.iso === iso && e.names.en?.includes(name));
const LANGS: LanguageCode[] = ['bg', 'lv', 'ru', 'uk', 'be', 'pl', 'lt', 'de', 'en'];

describe('gazetteer artefact: shape', () => {
  it('stays within the size budget (3 MB) so the browser loads it quickly', () => {
    expect(statSync(GAZETTEER_FILE).size).toBeLessThan(3_000_000);
  });
  it('has unique ids of the documented forms', () => {
    expect(byId.size).toBe(gazetteer.entries.length);
    for (const e of gazetteer.entries) {
      expect(e.id).toMatch(/^(country:[A-Z]{2}|region:[A-Z]{2}-[A-Z0-9]{1,3}|city:\d+|border:[A-Z]{2}-[A-Z]{2})$/);
      expect(e.id.startsWith(`${e.kind}:`)).toBe(true);
    }
  });
  it('gives every entry an English name and a point in range', () => {
    for (const e of gazetteer.entries) {
      expect(e.names.en?.length ?? 0, e.id).toBeGreaterThan(0);
      expect(e.name).toBe(e.kind === 'border' ? e.name : e.names.en![0]);
      const [lon, lat] = e.point;
      expect(Math.abs(lon) <= 180 && Math.abs(lat) <= 90, e.id).toBe(true);
    }
  });
  it('holds geometry for every area and line and none for cities', () => {
    for (const e of gazetteer.entries) {
      const g = gazetteer.geometries[e.id];
      if (e.kind === 'city') expect(g, e.id).toBeUndefined();
      else if (e.kind === 'border') expect(['LineString', 'MultiLineString'], e.id).toContain(g?.type);
      else expect(['Polygon', 'MultiPolygon'], e.id).toContain(g?.type);
    }
    expect(Object.keys(gazetteer.geometries).every((id) => byId.has(id))).toBe(true);
  });
  it('has every name list free of duplicates and blanks', () => {
    for (const e of gazetteer.entries) {
      for (const [lang, names] of Object.entries(e.names)) {
        expect(new Set(names).size, `${e.id} ${lang}`).toBe(names!.length);
        for (const n of names!) expect(n.trim(), `${e.id} ${lang}`).toBe(n), expect(n.length).toBeGreaterThan(0);
      }
    }
  });
  it('points every city parent at an existing region of the same country', () => {
    for (const e of gazetteer.entries.filter((x) => x.parent)) {
      const parent = entry(e.parent!);
      expect(parent.kind, e.id).toBe('region');
      expect(parent.iso, e.id).toBe(e.iso);
    }
  });
});

describe('gazetteer artefact: countries', () => {
  it('covers the world, each country named in all nine languages', () => {
    const countries = gazetteer.entries.filter((e) => e.kind === 'country');
    expect(countries.length).toBeGreaterThan(200);
    for (const iso of ['BY', 'UA', 'RU', 'PL', 'LT', 'LV', 'EE', 'MD', 'DE', 'FR', 'US', 'CN', 'BR', 'AU', 'XK']) {
      const c = entry(`country:${iso}`);
      for (const lang of LANGS) expect(c.names[lang]?.length ?? 0, `${iso} ${lang}`).toBeGreaterThan(0);
    }
  });
  it('names Belarus, Ukraine and Russia as the seeds write them', () => {
    expect(entry('country:BY').names.bg).toContain('Беларус');
    expect(entry('country:BY').names.lv).toContain('Baltkrievija');
    expect(entry('country:UA').names.bg).toContain('Украйна');
    expect(entry('country:RU').names.bg).toContain('Русия');
    expect(entry('country:RU').names.lv).toContain('Krievija');
    expect(entry('country:RU').name).toBe('Russia');
  });
  it('draws Crimea inside Ukraine (international boundaries)', () => {
    const simferopol: [number, number] = [34.1, 44.95];
    expect(turf.booleanPointInPolygon(simferopol, area('country:UA'))).toBe(true);
    expect(turf.booleanPointInPolygon(simferopol, area('country:RU'))).toBe(false);
  });
  it('places every country label point inside the country', () => {
    for (const e of gazetteer.entries.filter((x) => x.kind === 'country')) {
      expect(turf.booleanPointInPolygon(e.point, area(e.id)), e.id).toBe(true);
    }
  });
  it('carries populations for prominence', () => {
    expect(entry('country:UA').population).toBeGreaterThan(30_000_000);
  });
});

describe('gazetteer artefact: regions', () => {
  it('has every oblast of Ukraine and Belarus and the Russian regions on their borders', () => {
    const ua = ['05', '07', '09', '12', '14', '18', '21', '23', '26', '30', '32', '35', '40', '43', '46', '48', '51', '53', '56', '59', '61', '63', '65', '68', '71', '74', '77'];
    for (const code of ua) expect(byId.has(`region:UA-${code}`), code).toBe(true);
    for (const code of ['BR', 'HM', 'HO', 'HR', 'MA', 'MI', 'VI']) expect(byId.has(`region:BY-${code}`), code).toBe(true);
    for (const code of ['BEL', 'BRY', 'KRS', 'VOR', 'ROS', 'SMO', 'PSK', 'KDA', 'KGD', 'MOS', 'MOW', 'LEN', 'SPE']) {
      expect(byId.has(`region:RU-${code}`), code).toBe(true);
    }
    expect(gazetteer.entries.filter((e) => e.id.startsWith('region:PL-')).length).toBe(16);
  });
  it('draws Belgorod Oblast as a polygon containing Belgorod and Shebekino', () => {
    const belgorod = entry('city:578072');
    expect(gazetteer.geometries['region:RU-BEL'].type).toMatch(/Polygon/);
    expect(turf.booleanPointInPolygon(belgorod.point, area('region:RU-BEL'))).toBe(true);
    expect(turf.booleanPointInPolygon(entry('city:495112').point, area('region:RU-BEL'))).toBe(true);
    expect(belgorod.parent).toBe('region:RU-BEL');
  });
  it('names Belgorod Oblast in all nine languages', () => {
    const names = entry('region:RU-BEL').names;
    expect(names.bg).toContain('Белгородска област');
    expect(names.ru).toContain('Белгородская область');
    expect(names.ru).toContain('Белгородчина');
    expect(names.uk).toContain('Бєлгородська область');
    expect(names.lv).toContain('Belgorodas apgabals');
    expect(names.pl).toContain('obwód biełgorodzki');
    expect(names.lt).toContain('Belgorodo sritis');
    expect(names.de).toContain('Oblast Belgorod');
    expect(names.en).toContain('Belgorod Oblast');
    expect(names.be?.length).toBeGreaterThan(0);
  });
  it('knows the short Ukrainian region names news use', () => {
    expect(entry('region:UA-32').names.uk).toContain('Київщина');
    expect(entry('region:UA-63').names.uk).toContain('Харківщина');
  });
  it('keeps Kyiv Oblast and Kyiv City apart from the city Kyiv by name', () => {
    expect(entry('region:UA-32').names.uk).not.toContain('Київ');
    expect(entry('region:UA-30').names.en).not.toContain('Kyiv');
  });
  it('never gives a region the bare name of a city of its country (Vilnius County is not "Vilnius")', () => {
    // Namesakes abroad are real (the US state Montana, the Bulgarian town Montana): only the same country is checked.
    for (const lang of LANGS) {
      const cityNames = new Set(gazetteer.entries.filter((e) => e.kind === 'city').flatMap((e) => (e.names[lang] ?? []).map((n) => `${e.iso} ${n}`)));
      for (const e of gazetteer.entries.filter((x) => x.kind === 'region')) {
        expect((e.names[lang] ?? []).filter((n) => cityNames.has(`${e.iso} ${n}`)), `${e.id} ${lang}`).toEqual([]);
      }
    }
  });
  it('places every region label point inside its polygon', () => {
    for (const e of gazetteer.entries.filter((x) => x.kind === 'region')) {
      expect(turf.booleanPointInPolygon(e.point, area(e.id)), e.id).toBe(true);
    }
  });
  it('puts Moscow in Moscow City and the oblast around it (codes not swapped)', () => {
    expect(entry('city:524901').parent).toBe('region:RU-MOW');
    expect(turf.area(area('region:RU-MOS'))).toBeGreaterThan(10 * turf.area(area('region:RU-MOW')));
  });
});

describe('gazetteer artefact: cities', () => {
  it('names Minsk as CLDR and the curated file do', () => {
    const minsk = entry('city:625144');
    expect(minsk.names.bg).toContain('Минск');
    expect(minsk.names.lv).toContain('Minska');
    expect(minsk.names.pl).toContain('Mińsk');
    expect(minsk.names.lt).toContain('Minskas');
    expect(minsk.capital).toBe(true);
  });
  it('has Kyiv with its exonyms', () => {
    const kyiv = entry('city:703448');
    expect(kyiv.names.ru).toContain('Киев');
    expect(kyiv.names.uk).toContain('Київ');
    expect(kyiv.names.lv).toContain('Kijiva');
    expect(kyiv.names.pl).toContain('Kijów');
    expect(kyiv.names.de).toContain('Kiew');
    expect(kyiv.names.lt).toContain('Kyjivas');
  });
  it('keeps homonyms for disambiguation: Brest, Odesa/Odessa, Paris', () => {
    expect(cityNamed('Brest', 'BY')).toHaveLength(1);
    expect(cityNamed('Brest', 'FR')).toHaveLength(1);
    expect(cityNamed('Odessa', 'UA')).toHaveLength(1);
    expect(cityNamed('Odessa', 'US').length).toBeGreaterThan(0);
    expect(cityNamed('Paris', 'FR')[0].capital).toBe(true);
    expect(cityNamed('Paris', 'US').length).toBeGreaterThan(0);
  });
  it('gives namesakes their states, and the US state Georgia beside the country Georgia', () => {
    expect(entry('city:4717560').parent).toBe('region:US-TX'); // Paris, Texas
    expect(entry('city:5527554').parent).toBe('region:US-TX'); // Odessa, Texas
    expect(entry('region:US-GA').names.en).toContain('Georgia');
    expect(entry('country:GE').names.en).toContain('Georgia');
    expect(cityNamed('Brest', 'FR')[0].names.ru).toContain('Брест');
  });
  it('has every national capital', () => {
    expect(gazetteer.entries.filter((e) => e.capital).length).toBeGreaterThan(190);
    for (const id of ['city:625144', 'city:703448', 'city:524901', 'city:456172', 'city:593116', 'city:588409', 'city:756135', 'city:618426']) {
      expect(entry(id).capital, id).toBe(true);
    }
  });
  it('covers towns of 20 000+ in the region with names in the nine languages', () => {
    const regional = gazetteer.entries.filter((e) => e.kind === 'city' && ['UA', 'BY', 'PL', 'LT', 'LV', 'EE', 'MD'].includes(e.iso!));
    expect(regional.length).toBeGreaterThan(500);
    for (const e of regional) for (const lang of LANGS.filter((l) => l !== 'be')) expect(e.names[lang]?.length ?? 0, `${e.id} ${lang}`).toBeGreaterThan(0);
  });
  it('generates names of smaller Russian towns by rule (Shebekino)', () => {
    const shebekino = entry('city:495112');
    expect(shebekino.names.ru).toContain('Шебекино');
    expect(shebekino.names.lv).toContain('Šebekino');
    expect(shebekino.names.pl).toContain('Szebiekino');
    expect(shebekino.names.lt).toContain('Šebekinas');
    expect(shebekino.names.de).toContain('Schebekino');
  });
  it('assigns towns near Kyiv to Kyiv Oblast, not Kyiv City', () => {
    expect(entry('city:708251').parent).toBe('region:UA-32'); // Hostomel
    expect(entry('city:703448').parent).toBe('region:UA-30');
  });
  it('gives towns of Ukraine, Belarus, Lithuania and Latvia their traditional Polish names', () => {
    const pl = (name: string, iso: string) => cityNamed(name, iso)[0]?.names.pl ?? [];
    expect(pl('Ternopil', 'UA')).toContain('Tarnopol');
    expect(pl('Rivne', 'UA')).toContain('Równe');
    expect(pl('Chernivtsi', 'UA')).toContain('Czerniowce');
    expect(pl('Kamianets-Podilskyi', 'UA')).toContain('Kamieniec Podolski');
    expect(pl('Volodymyr', 'UA')).toEqual(expect.arrayContaining(['Włodzimierz', 'Wołodymyr']));
    expect(pl('Yavoriv', 'UA')).toContain('Jaworów');
    expect(pl('Šiauliai', 'LT')).toContain('Szawle');
    expect(pl('Alytus', 'LT')).toContain('Olita');
    expect(pl('Liepāja', 'LV')).toContain('Lipawa');
    expect(pl('Novogrudok', 'BY')).toContain('Nowogródek');
    expect(pl('Baranovichi', 'BY')).toEqual(['Baranowicze']);
    expect(pl('Osipovichi', 'BY')).toEqual(['Osipowicze']);
  });
  it('gives neighbouring towns their Lithuanian and Latvian exonyms', () => {
    expect(cityNamed('Lida', 'BY')[0].names.lt).toContain('Lyda');
    expect(cityNamed('Baranovichi', 'BY')[0].names.lt).toContain('Baranovičiai');
    expect(cityNamed('Szczecin', 'PL')[0].names.lv).toContain('Ščecina');
    expect(cityNamed('Šiauliai', 'LT')[0].names.lv).toContain('Šauļi');
    expect(cityNamed('Liepāja', 'LV')[0].names.lt).toContain('Liepoja');
    expect(cityNamed('Mažeikiai', 'LT')[0].names.ru).toContain('Мажейкяй');
  });
  it('covers Bulgarian towns of 20 000+ and Romanian cities of 100 000+ in the nine languages', () => {
    const towns = gazetteer.entries.filter((e) => e.kind === 'city' && ((e.iso === 'BG' && (e.population ?? 0) >= 20_000) || (e.iso === 'RO' && (e.population ?? 0) >= 100_000)));
    expect(towns.filter((e) => e.iso === 'BG').length).toBeGreaterThanOrEqual(44);
    expect(towns.filter((e) => e.iso === 'RO').length).toBeGreaterThanOrEqual(24);
    for (const e of towns) for (const lang of LANGS) expect(e.names[lang]?.length ?? 0, `${e.id} ${e.name} ${lang}`).toBeGreaterThan(0);
    const varna = cityNamed('Varna', 'BG')[0].names;
    expect([varna.bg, varna.ru, varna.pl, varna.de]).toEqual([['Варна'], ['Варна'], ['Warna'], ['Warna']]);
    expect(cityNamed('Veliko Tarnovo', 'BG')[0].names.ru).toContain('Велико-Тырново');
    expect(cityNamed('Cluj-Napoca', 'RO')[0].names.de).toContain('Klausenburg');
    expect(cityNamed('Bălți', 'MD')[0].names.ru).toContain('Бельцы');
  });
  it('names every voivodeship of Poland and county of Lithuania in the nine languages', () => {
    const regions = gazetteer.entries.filter((e) => e.kind === 'region' && (e.iso === 'PL' || e.iso === 'LT'));
    expect(regions.length).toBe(26);
    for (const e of regions) for (const lang of LANGS) expect(e.names[lang]?.length ?? 0, `${e.id} ${lang}`).toBeGreaterThan(0);
    const podlaskie = entry('region:PL-PD').names;
    expect(podlaskie.ru).toEqual(expect.arrayContaining(['Подляское воеводство', 'Подляшское воеводство']));
    expect(podlaskie.en).toEqual(expect.arrayContaining(['Podlaskie Voivodeship', 'Podlaskie province', 'Podlasie']));
    expect(entry('region:LT-VL').names.ru).toContain('Вильнюсский уезд');
    expect(entry('region:LT-VL').names.pl).toContain('okręg wileński');
  });
  it('leaves out city boroughs GeoNames lists as places (Warsaw-Wola)', () => {
    expect(byId.has('city:755330')).toBe(false);
  });
});

describe('gazetteer artefact: Ukrainian, Belarusian and renamed-town names', () => {
  const city = (name: string, iso: string) => {
    const found = cityNamed(name, iso);
    if (found.length === 0) throw new Error(`no city ${name} (${iso})`);
    return found[0].names;
  };
  it('writes Russian towns in Ukrainian spelling (Шебекине, Валуйки, Орел, Приморсько-Ахтарськ)', () => {
    expect(city('Shebekino', 'RU').uk?.[0]).toBe('Шебекине');
    expect(city('Valuyki', 'RU').uk).toEqual(['Валуйки']);
    expect(city('Saki', 'UA').uk).toContain('Саки');
    expect(city('Oryol', 'RU').uk).toEqual(['Орел']);
    expect(city('Primorsko-Akhtarsk', 'RU').uk).toEqual(['Приморсько-Ахтарськ']);
    expect(city('Nizhny Novgorod', 'RU').uk).toContain('Нижній Новгород');
    expect(city('Lipetsk', 'RU').uk).toEqual(['Липецьк']);
    expect(city('Novorossiysk', 'RU').uk).toEqual(['Новоросійськ']);
    expect(city('Novozybkov', 'RU').uk).toEqual(['Новозибків']);
  });
  it('names towns outside Belarus in Belarusian (Беласток, Гайнаўка, Прыморска-Ахтарск, Ярцава, Навазыбкаў)', () => {
    expect(city('Białystok', 'PL').be).toContain('Беласток');
    expect(city('Hajnówka', 'PL').be).toContain('Гайнаўка');
    expect(city('Bielsk Podlaski', 'PL').be).toContain('Бельск-Падляшскі');
    expect(city('Primorsko-Akhtarsk', 'RU').be).toContain('Прыморска-Ахтарск');
    expect(city('Yartsevo', 'RU').be).toContain('Ярцава');
    expect(city('Novozybkov', 'RU').be).toContain('Навазыбкаў');
    expect(city('Oryol', 'RU').be).toContain('Арол');
  });
  it('gives the short region names in Belarusian (Брэстчына, Гомельшчына, Кіеўшчына, Валынь, Падмаскоўе)', () => {
    expect(entry('region:BY-BR').names.be).toContain('Брэстчына');
    expect(entry('region:BY-HO').names.be).toContain('Гомельшчына');
    expect(entry('region:UA-32').names.be).toContain('Кіеўшчына');
    expect(entry('region:UA-07').names.be).toContain('Валынь');
    expect(entry('region:RU-MOS').names.be).toContain('Падмаскоўе');
  });
  it('names every region of the war\'s region in bg, lv, lt and be, and Estonia\'s counties in all nine languages', () => {
    const regions = gazetteer.entries.filter((e) => e.kind === 'region' && e.iso !== 'US');
    for (const e of regions) for (const lang of ['bg', 'lv', 'lt', 'be'] as LanguageCode[]) expect(e.names[lang]?.length ?? 0, `${e.id} ${lang}`).toBeGreaterThan(0);
    const estonia = regions.filter((e) => e.iso === 'EE');
    expect(estonia.length).toBe(15);
    for (const e of estonia) for (const lang of LANGS) expect(e.names[lang]?.length ?? 0, `${e.id} ${lang}`).toBeGreaterThan(0);
    const idaViru = entry('region:EE-44').names;
    expect(idaViru.ru).toContain('Ида-Вирумаа');
    expect(idaViru.lv).toContain('Ida Virumas apriņķis');
    expect(idaViru.en).toEqual(expect.arrayContaining(['Ida-Viru County', 'Ida-Virumaa']));
  });
  it('gives renamed towns their new and former names in every language (Samar, Novomoskovsk)', () => {
    const samar = entry('city:699445').names;
    // Latvian declines the name with -a (Samarā), which makes it the Russian city's name too: a real namesake.
    expect(samar.lv).toEqual(['Samara', 'Novomoskovska']);
    expect(samar.lt).toContain('Novomoskovskas');
    expect(samar.pl).toEqual(['Samar', 'Nowomoskowsk']);
    expect(samar.de).toEqual(['Samar', 'Nowomoskowsk']);
    expect(samar.bg).toEqual(['Самар', 'Новомосковск']);
    expect(samar.be).toContain('Навамаскоўск');
    const samara = entry('city:499099');
    for (const lang of LANGS.filter((l) => l !== 'lv')) expect(samar[lang] ?? [], lang).not.toContain(samara.names[lang]?.[0]);
    expect(city('Sheptytskyi', 'UA').de).toEqual(['Scheptyzkyj', 'Tscherwonohrad']);
    expect(city('Kropyvnytskyi', 'UA').lv).toContain('Kirovohrada');
  });
  it('gives coastal towns just off the outline their region (Ochakiv, Narva) and every town of a whole country one', () => {
    expect(entry('city:698770').parent).toBe('region:UA-48');
    expect(entry('city:590031').parent).toBe('region:EE-44');
    for (const e of gazetteer.entries.filter((x) => x.kind === 'city' && ['UA', 'BY', 'PL', 'LT', 'EE'].includes(x.iso!))) expect(e.parent, e.id).toBeDefined();
    expect(entry('city:4140963').parent).toBeUndefined(); // Washington, inside DC, which is not a region here
  });
  it('fixes the small forms annotators reported (Bila Tserkva in Bulgarian, Marjina Gorka)', () => {
    expect(city('Bila Tserkva', 'UA').bg).toEqual(['Била Церква']);
    expect(city('Maryina Gorka', 'BY').lt).toEqual(['Marjina Gorka']);
    expect(city('Maryina Gorka', 'BY').lv).toEqual(['Marjina Gorka']);
  });
});

describe('gazetteer artefact: borders', () => {
  const neighbours = ['BY-UA', 'RU-UA', 'BY-RU', 'BY-PL', 'BY-LT', 'BY-LV', 'PL-UA', 'LT-RU', 'EE-RU', 'LV-RU', 'MD-UA', 'HU-UA', 'RO-UA', 'SK-UA', 'PL-RU', 'LT-PL', 'EE-LV', 'LT-LV', 'DE-PL'];
  it('has a line for every pair of neighbouring countries the war news names', () => {
    for (const pair of neighbours) {
      const e = entry(`border:${pair}`);
      expect(e.countries).toEqual(pair.split('-'));
      expect(['LineString', 'MultiLineString']).toContain(line(e.id).type);
    }
  });
  it('runs the Belarus–Ukraine border along both countries: its ends lie near both', () => {
    const e = entry('border:BY-UA');
    expect(e.name).toBe('Belarus–Ukraine border');
    const g = line(e.id);
    const coords = g.type === 'LineString' ? g.coordinates : g.coordinates.flat();
    for (const p of [coords[0], coords[coords.length - 1], e.point]) {
      for (const iso of ['BY', 'UA']) {
        const outline = turf.polygonToLine(area(`country:${iso}`));
        const lines = outline.type === 'FeatureCollection' ? outline.features : [outline];
        const km = Math.min(...lines.map((l) => turf.pointToLineDistance(p, l as Feature<LineString>)));
        expect(km, `${iso} ${p}`).toBeLessThan(10);
      }
    }
    // The real border is about 1 080 km; Natural Earth 50m generalises it to about 745 km.
    expect(turf.length(turf.feature(g))).toBeGreaterThan(700);
  });
  it('puts the Russia–Ukraine border north of Crimea only where the countries meet on land', () => {
    const g = line('border:RU-UA');
    const coords = g.type === 'LineString' ? g.coordinates : g.coordinates.flat();
    // No point of the line on the Perekop isthmus (46.0–46.3 N, 33.3–34.0 E): Crimea is not a border.
    expect(coords.some(([x, y]) => x > 33.3 && x < 34 && y > 46 && y < 46.3)).toBe(false);
  });
});

describe('gazetteer artefact: built from the current curated files', () => {
  // The artefact is committed; these fail when a curated file changed without `npm run build:gazetteer`.
  it('holds every curated region name', async () => {
    const { REGION_NAMES } = await import('../scripts/gazetteer/curated/regionNames');
    for (const [code, langs] of Object.entries(REGION_NAMES)) {
      const e = entry(`region:${code}`);
      for (const [lang, forms] of Object.entries(langs)) {
        for (const form of forms.split('|')) expect(e.names[lang as LanguageCode], `${code} ${lang}`).toContain(form);
      }
    }
  });
  it('holds every curated city exonym on one city of the right country', async () => {
    const { CURATED_CITIES } = await import('../scripts/gazetteer/curated/allCities');
    for (const curated of CURATED_CITIES) {
      const iso = curated.key.slice(0, 2);
      // An entry that curates only some languages (Kremenchuk's Polish name) is found by one of those.
      const firstEnglish = curated.en?.split('|')[0];
      const holdsAll = (e: GazetteerEntry) =>
        LANGS.every((lang) => (curated[lang] ?? '').split('|').filter(Boolean).every((form) => e.names[lang]?.includes(form)));
      const matches = gazetteer.entries.filter((e) => e.kind === 'city' && e.iso === iso && (firstEnglish === undefined || e.names.en?.[0] === firstEnglish) && holdsAll(e));
      expect(matches.length, curated.key).toBeGreaterThan(0);
    }
  });
});
