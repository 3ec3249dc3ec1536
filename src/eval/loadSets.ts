// Reading the evaluation sets from disk (Node only): seeds (texts in `seeds/`, gold in `eval/seeds/`),
// and the `eval/dev` and `eval/heldout` folders of `<id>.txt` + `<id>.gold.json`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseGold, type GoldArticle } from './gold';

export const SET_NAMES = ['seeds', 'dev', 'heldout'] as const;
export type SetName = (typeof SET_NAMES)[number];

function readGold(file: string) {
  return parseGold(JSON.parse(readFileSync(file, 'utf8')) as unknown, file);
}

function loadSeeds(root: string): GoldArticle[] {
  const manifest = JSON.parse(readFileSync(join(root, 'seeds', 'manifest.json'), 'utf8')) as { file: string }[];
  return manifest.map(({ file }) => {
    const id = file.replace(/\.txt$/, '');
    return { id, set: 'seeds', text: readFileSync(join(root, 'seeds', file), 'utf8'), gold: readGold(join(root, 'eval', 'seeds', `${id}.gold.json`)) };
  });
}

/** The `<id>.txt` + `<id>.gold.json` pairs of one folder, sorted by id; `set` names them in reports. */
export function loadFolder(dir: string, set: string): GoldArticle[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const id = f.replace(/\.txt$/, '');
      const goldFile = join(dir, `${id}.gold.json`);
      if (!existsSync(goldFile)) throw new Error(`${join(dir, f)} has no gold file ${goldFile}`);
      return { id, set, text: readFileSync(join(dir, f), 'utf8'), gold: readGold(goldFile) };
    });
}

/** The articles of one set, sorted by id. */
export function loadSet(root: string, set: SetName): GoldArticle[] {
  return set === 'seeds' ? loadSeeds(root) : loadFolder(join(root, 'eval', set), set);
}
