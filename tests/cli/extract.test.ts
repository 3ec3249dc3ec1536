// The real CLI, run as a user runs it, on the bundled seeds and on bad input.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { check } from '@placemarkio/check-geojson';
import type { PlaceCollection, PlaceFeature } from '../../src/core/geojson';

const run = promisify(execFile);
const SEEDS = ['seeds/000_118b13bb2ff5bb25.txt', 'seeds/004_91c27095a8eef1db.txt'];

interface CliResult { code: number; stdout: string; stderr: string }

async function extract(...args: string[]): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'src/cli/extract.ts', ...args], { maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const dir = mkdtempSync(join(tmpdir(), 'extract-cli-'));
function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('extract on the seeds', () => {
  let result: CliResult;
  let collection: PlaceCollection;
  const place = (id: string): PlaceFeature => {
    const feature = collection.features.find((f) => f.properties.id === id);
    if (!feature) throw new Error(`${id} not in output; found ${collection.features.map((f) => f.properties.id).join(', ')}`);
    return feature;
  };
  beforeAll(async () => {
    result = await extract(...SEEDS);
    collection = JSON.parse(result.stdout);
  });

  it('exits 0 and prints one valid RFC 7946 FeatureCollection and nothing else', () => {
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    expect(() => check(result.stdout)).not.toThrow();
    expect(collection.type).toBe('FeatureCollection');
  });

  it('finds Minsk, Kyiv and Riga as points with the passages that name them', () => {
    for (const [id, surface] of [['city:625144', 'Минск'], ['city:703448', 'Киев'], ['city:456172', 'Рига']]) {
      const feature = place(id);
      expect(feature.geometry.type).toBe('Point');
      expect(feature.properties.kind).toBe('city');
      expect(feature.properties.mentions.some((m) => m.surface === surface && m.passage.includes(surface))).toBe(true);
    }
  });

  it('draws Belgorod Oblast as a polygon and the Belarus–Ukraine border as a line', () => {
    expect(place('region:RU-BEL').geometry.type).toMatch(/Polygon$/);
    expect(place('border:BY-UA').geometry.type).toMatch(/LineString$/);
    expect(place('border:BY-UA').properties.kind).toBe('border');
  });

  it('keeps offsets pointing at the surface text of the article', async () => {
    const { readFileSync } = await import('node:fs');
    const texts = new Map(SEEDS.map((s) => [s, readFileSync(s, 'utf8')]));
    const mentions = collection.features.flatMap((f) => f.properties.mentions);
    expect(mentions.length).toBeGreaterThan(20);
    for (const m of mentions) expect(texts.get(m.article)!.slice(m.start, m.end)).toBe(m.surface);
  });

  it('puts meetings at Minsk and Riga, strikes at Kyiv and in Belgorod Oblast, exercises in Belarus', () => {
    const has = (id: string, type: string) => place(id).properties.events.some((e) => e.type === type);
    expect(has('city:625144', 'meeting')).toBe(true);
    expect(has('city:456172', 'meeting')).toBe(true);
    expect(has('city:703448', 'strike')).toBe(true);
    expect(has('region:RU-BEL', 'strike')).toBe(true);
    expect(has('country:BY', 'exercise')).toBe(true);
    expect(has('city:703448', 'meeting')).toBe(false);
  });

  it('honours --lang', async () => {
    const forced = await extract('--lang', 'lv', SEEDS[1]);
    expect(forced.code).toBe(0);
    expect(JSON.parse(forced.stdout).features.length).toBeGreaterThan(0);
  });
});

describe('extract on bad input', () => {
  const cases: [string, () => string, RegExp][] = [
    ['an empty file', () => file('empty.txt', ''), /is empty/],
    ['a whitespace-only file', () => file('blank.txt', ' \n\t\n'), /no text/],
    ['a binary file', () => file('image.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3])), /binary/],
    ['a file that is not UTF-8', () => file('cp1251.txt', new Uint8Array([0xcc, 0xe8, 0xed, 0xf1, 0xea, 0x20, 0xe8])), /not valid UTF-8/],
    ['a missing file', () => join(dir, 'missing.txt'), /no such file/],
    ['a directory', () => dir, /directory/],
  ];
  for (const [label, make, message] of cases) {
    it(`refuses ${label} with one line on stderr, nothing on stdout and a non-zero exit`, async () => {
      const path = make();
      const result = await extract(path);
      expect(result.code).not.toBe(0);
      expect(result.stdout).toBe('');
      const lines = result.stderr.trim().split('\n').filter((l) => !/npm warn/.test(l));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(path);
      expect(lines[0]).toMatch(message);
    });
  }

  it('still processes the good files of a call that also names a bad one', async () => {
    const result = await extract(file('empty2.txt', ''), SEEDS[0]);
    expect(result.code).toBe(1);
    const collection = JSON.parse(result.stdout) as PlaceCollection;
    expect(collection.features.some((f) => f.properties.id === 'city:625144')).toBe(true);
    expect(result.stderr).toMatch(/empty2\.txt: is empty/);
  });

  it('rejects an unknown language code with usage on stderr', async () => {
    const result = await extract('--lang', 'xx', SEEDS[0]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/unknown language "xx"/);
  });

  it('reads HTML-laden and hostile text as text without crashing', async () => {
    const result = await extract(file('hostile.txt', '<script>alert(1)</script><img src=x onerror=alert(1)> Удар по Харкову.\u202e\ud800'));
    expect([0, 1]).toContain(result.code);
    if (result.code === 0) expect(() => check(result.stdout)).not.toThrow();
  });
});
