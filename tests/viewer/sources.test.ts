import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { PlaceCollection } from '../../src/core/geojson';
import { situationSources, unwrapAntimeridian } from '../../src/map/sources';

const fixture = JSON.parse(readFileSync(new URL('../fixtures/viewer-situation.json', import.meta.url), 'utf8')) as PlaceCollection;

describe('map sources from the GeoJSON contract', () => {
  const sources = situationSources(fixture, null);

  it('gives every place one point and keeps areas and lines with their own geometry', () => {
    expect(sources.points.features.map((f) => f.properties.id).sort()).toEqual(fixture.features.map((f) => f.properties.id).sort());
    expect(sources.areas.features.map((f) => `${f.properties.kind}:${f.geometry.type}`).sort())
      .toEqual(['border:MultiLineString', 'country:Polygon', 'region:Polygon']);
  });

  it('hands the map flat properties only (no nested arrays for MapLibre to stringify)', () => {
    for (const f of [...sources.points.features, ...sources.areas.features]) {
      for (const value of Object.values(f.properties)) expect(typeof value === 'object').toBe(false);
    }
    expect(sources.points.features.find((f) => f.properties.id === 'city:703448')!.properties.strikeCount).toBe(1);
  });

  it('frames cities, regions and borders, not the whole of a country', () => {
    const [[w, s], [e, n]] = sources.bounds!;
    expect(w).toBeLessThanOrEqual(23.9); // Belarus–Ukraine border's western end
    expect(e).toBeGreaterThanOrEqual(38.5); // Belgorod Oblast's eastern edge
    expect(s).toBeLessThanOrEqual(50.3);
    expect(n).toBeGreaterThanOrEqual(56.9); // Riga
  });

  it('frames the countries when nothing else was found', () => {
    const onlyCountry = { ...fixture, features: fixture.features.filter((f) => f.properties.kind === 'country') };
    expect(situationSources(onlyCountry, null).bounds).not.toBeNull();
  });

  it('skips features without an id or geometry instead of failing', () => {
    const broken = { type: 'FeatureCollection', features: [null, { type: 'Feature', geometry: null, properties: { id: 'x:1', name: 'X', kind: 'region', mentions: [], events: [], mentionCount: 0, strikeCount: 0, meetingCount: 0, exerciseCount: 0 } }, {}] } as unknown as PlaceCollection;
    expect(situationSources(broken, null).points.features).toEqual([]);
  });

  it('makes rings that jump across the antimeridian continuous', () => {
    const ring = [[170, 65], [179.9, 66], [-179.9, 66], [-175, 65], [170, 65]];
    const unwrapped = unwrapAntimeridian({ type: 'Polygon', coordinates: [ring] });
    expect(unwrapped).toEqual({ type: 'Polygon', coordinates: [[[170, 65], [179.9, 66], [180.1, 66], [185, 65], [170, 65]]] });
    const ordinary = { type: 'Polygon' as const, coordinates: [[[20, 50], [30, 50], [30, 55], [20, 50]]] };
    expect(unwrapAntimeridian(ordinary)).toEqual(ordinary);
  });
});
