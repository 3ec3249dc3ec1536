// Export and import of the situation as GeoJSON in the documented schema.
import { describe, expect, it } from 'vitest';
import { check } from '@placemarkio/check-geojson';
import * as turf from '@turf/turf';
import { toFeatureCollection, type PlaceCollection } from '../src/core/geojson';
import { readFileSync } from 'node:fs';
import { extractSituation } from '../src/core/pipeline';
import { annotatedSituation, ODESA, KHARKIV, KYIV, BELGOROD, BORDER } from './exportFixture';
import { loadGazetteer } from '../src/gazetteer/loadGazetteerNode';
import { exportFileName, selectLayers, serialiseCollection } from '../src/export/exportSituation';
import { validateSituationGeoJson } from '../src/export/validateSituationGeoJson';
import { planImport } from '../src/export/importSituation';
import { readSituationFile } from '../src/export/readSituationFile';
import { LiveSituation } from '../src/store/liveSituation';
import { MAX_USER_FILE_BYTES } from '../src/intake/limits';

const index = loadGazetteer();
const exported = () => toFeatureCollection(annotatedSituation(index), index);

/** What a place carries that must survive a round trip (offsets refer to the rebuilt text after import). */
const evidence = (collection: PlaceCollection) => collection.features.map((f) => ({
  id: f.id, name: f.properties.name, kind: f.properties.kind, geometry: f.geometry,
  mentions: f.properties.mentions.map(({ article, surface, passage }) => ({ article, surface, passage })),
  events: f.properties.events,
  counts: [f.properties.mentionCount, f.properties.strikeCount, f.properties.meetingCount, f.properties.exerciseCount],
}));

describe('export', () => {
  it('writes a file that a GeoJSON validator accepts and other tools read unchanged', () => {
    const collection = exported();
    expect(collection.features.map((f) => f.id)).toEqual([ODESA, KHARKIV, KYIV, BORDER, BELGOROD]);
    const text = serialiseCollection(collection);
    expect(() => check(text)).not.toThrow();
    const parsed = JSON.parse(text);
    expect(parsed).toEqual(collection);
    // Turf reads it as plain GeoJSON: every feature, its geometry and properties as written.
    const seen: string[] = [];
    turf.featureEach(parsed, (feature) => { seen.push(feature.properties!.id); });
    expect(seen).toEqual(collection.features.map((f) => f.properties.id));
    const box = turf.bbox(parsed);
    expect(turf.booleanPointInPolygon(turf.point([30.73, 46.48]), turf.bboxPolygon(box))).toBe(true);
    expect(['LineString', 'MultiLineString']).toContain(turf.getType(parsed.features[3])); // the border, as a line
    expect(turf.area(parsed.features[4])).toBeGreaterThan(1e10); // Belgorod Oblast, as its polygon (~27 000 km²)
  });

  it('exports only the visible layers: places with a visible event, with only those events', () => {
    const strikes = selectLayers(exported(), ['strike']);
    expect(strikes.features.map((f) => f.id)).toEqual([ODESA, KHARKIV, BELGOROD]);
    for (const f of strikes.features) {
      expect(f.properties.events.every((e) => e.type === 'strike')).toBe(true);
      expect([f.properties.strikeCount, f.properties.meetingCount, f.properties.exerciseCount]).toEqual([f.properties.events.length, 0, 0]);
    }
    expect(() => check(serialiseCollection(strikes))).not.toThrow();
    expect(selectLayers(exported(), []).features).toEqual([]);
  });

  it('names the file by date and layers', () => {
    const day = new Date('2026-11-22T05:00:00Z');
    expect(exportFileName(day)).toBe('situation-2026-11-22.geojson');
    expect(exportFileName(day, ['strike', 'meeting', 'exercise'])).toBe('situation-2026-11-22.geojson');
    expect(exportFileName(day, ['strike'])).toBe('situation-2026-11-22-strike.geojson');
  });
});

describe('export of what the pipeline finds in the seeds', () => {
  it('validates, reads in Turf, and imports back to the same places and passages', () => {
    const seeds = ['000_118b13bb2ff5bb25.txt', '004_91c27095a8eef1db.txt'].map((id) => ({ id, text: readFileSync(`seeds/${id}`, 'utf8') }));
    const collection = toFeatureCollection(extractSituation(seeds, index), index);
    expect(collection.features.length).toBeGreaterThan(5);
    const text = serialiseCollection(collection);
    expect(() => check(text)).not.toThrow();
    expect(turf.featureCollection(JSON.parse(text).features)).toEqual(collection);
    const validated = validateSituationGeoJson(text, index);
    if (!validated.ok) throw new Error(validated.message);
    const live = new LiveSituation(index);
    for (const analysis of planImport(validated.places, new Set()).analyses) live.add(analysis);
    expect(evidence(live.collection())).toEqual(evidence(collection));
  });
});

describe('import', () => {
  it('brings back the same places, passages and events after the articles were cleared', () => {
    const original = exported();
    const validated = validateSituationGeoJson(serialiseCollection(original), index);
    if (!validated.ok) throw new Error(validated.message);
    const plan = planImport(validated.places, new Set());
    expect(plan.analyses.map((a) => a.articles[0].id)).toEqual(['night-attack.txt', 'border.txt']);
    const live = new LiveSituation(index);
    for (const analysis of plan.analyses) live.add(analysis);
    const restored = live.collection();
    expect(evidence(restored)).toEqual(evidence(original));
    // The contract holds in the rebuilt articles: offsets point at the surface, inside the passage.
    const situation = live.situation();
    const textOf = new Map(situation.articles.map((a) => [a.id, a.text]));
    const passageOf = new Map(situation.passages.map((p) => [p.id, p]));
    for (const m of situation.mentions) {
      expect(textOf.get(m.article)!.slice(m.start, m.end)).toBe(m.surface);
      const p = passageOf.get(m.passage)!;
      expect(m.start >= p.start && m.end <= p.end).toBe(true);
    }
    // …and exporting the import again gives a file that imports to the same thing.
    const again = validateSituationGeoJson(serialiseCollection(restored), index);
    if (!again.ok) throw new Error(again.message);
    const twice = new LiveSituation(index);
    for (const analysis of planImport(again.places, new Set()).analyses) twice.add(analysis);
    expect(twice.collection()).toEqual(restored);
  });

  it('places the k-th mention of a repeated name at its k-th occurrence in the passage', () => {
    const validated = validateSituationGeoJson(serialiseCollection(exported()), index);
    if (!validated.ok) throw new Error(validated.message);
    const [night] = planImport(validated.places, new Set()).analyses;
    const text = night.articles[0].text;
    const odesa = night.mentions.filter((m) => m.place === ODESA).map((m) => m.start);
    expect(odesa).toEqual([text.indexOf('Odesa'), text.indexOf('Odesa', text.indexOf('Odesa') + 1)]);
  });

  it('leaves articles that are already loaded as they are', () => {
    const validated = validateSituationGeoJson(serialiseCollection(exported()), index);
    if (!validated.ok) throw new Error(validated.message);
    const plan = planImport(validated.places, new Set(['night-attack.txt']));
    expect(plan.alreadyLoaded).toEqual(['night-attack.txt']);
    expect(plan.analyses.map((a) => a.articles[0].id)).toEqual(['border.txt']);
  });

  const refused = (text: string) => {
    const result = validateSituationGeoJson(text, index);
    expect(result.ok).toBe(false);
    return result.ok ? '' : result.message;
  };
  const withFirst = (change: (props: Record<string, unknown>) => void) => {
    const collection = JSON.parse(serialiseCollection(exported()));
    change(collection.features[0].properties);
    return JSON.stringify(collection);
  };

  it('refuses what is not JSON or not GeoJSON, saying where', () => {
    expect(refused('{"type": "FeatureCollection", "features": [')).toMatch(/not valid GeoJSON/);
    expect(refused('Kyiv, Odesa')).toMatch(/not valid GeoJSON/);
    expect(refused('{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":["x",1]}}]}'))
      .toMatch(/not valid GeoJSON: .*line 1/);
  });

  it('refuses GeoJSON that is not a situation export', () => {
    expect(refused('{"type":"Point","coordinates":[30,46]}')).toMatch(/not a FeatureCollection/);
    expect(refused('{"type":"FeatureCollection","features":[]}')).toMatch(/no places/);
    expect(refused('{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"Odesa"},"geometry":{"type":"Point","coordinates":[30,46]}}]}'))
      .toMatch(/Place 1 \(“Odesa”\) has no properties\.id/);
    expect(refused(withFirst((p) => { p.kind = 'village'; }))).toMatch(/properties\.kind "village"/);
    expect(refused(withFirst((p) => { delete p.mentions; }))).toMatch(/no properties\.mentions/);
    expect(refused(withFirst((p) => { (p.mentions as { end: number }[])[0].end += 3; }))).toMatch(/offsets do not span/);
    expect(refused(withFirst((p) => { (p.mentions as { passage: string }[])[0].passage = 'elsewhere'; }))).toMatch(/does not contain the place name “Odesa”/);
    expect(refused(withFirst((p) => { (p.events as { type: string }[])[0].type = 'parade'; }))).toMatch(/unknown type "parade"/);
    expect(refused(withFirst((p) => { p.id = 'city:999999999'; }))).toMatch(/gazetteer does not have \(city:999999999\)/);
    expect(refused(withFirst((p) => { p.kind = 'region'; }))).toMatch(/is a region in the file but city:698740 is a city/);
  });

  it('reads files with the same safety checks as articles', async () => {
    const file = (name: string, bytes: Uint8Array, size = bytes.length) => ({ name, size, arrayBuffer: async () => bytes.buffer as ArrayBuffer });
    const good = await readSituationFile(file('s.geojson', new TextEncoder().encode(serialiseCollection(exported()))), index);
    expect(good.ok && good.places.length).toBe(5);
    expect(await readSituationFile(file('big.geojson', new Uint8Array(1), MAX_USER_FILE_BYTES + 1), index))
      .toEqual({ ok: false, message: expect.stringMatching(/“big\.geojson” is too large to import/) });
    expect(await readSituationFile(file('x.geojson', new Uint8Array([0x7b, 0xff, 0x7d])), index))
      .toEqual({ ok: false, message: expect.stringMatching(/not valid UTF-8.*not imported/) });
    expect(await readSituationFile(file('x.geojson', new TextEncoder().encode('[]')), index))
      .toEqual({ ok: false, message: expect.stringMatching(/^“x\.geojson” was not imported\. /) });
  });
});
