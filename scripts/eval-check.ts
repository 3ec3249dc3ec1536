// `npm run eval:check [-- FOLDER]`: checks every gold file (seeds, dev, held-out, or the `<id>.txt` + `<id>.gold.json`
// pairs of FOLDER) against its own text and the gazetteer. It never runs the pipeline, so annotators of the held-out
// set can use it without seeing what the code finds.
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadGazetteer } from '../src/gazetteer/loadGazetteerNode';
import { loadFolder, loadSet, SET_NAMES } from '../src/eval/loadSets';
import { goldProblems } from '../src/eval/checkGold';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const folder = process.argv.slice(2).find((a) => a !== '--');

try {
  if (folder !== undefined && !(existsSync(folder) && statSync(folder).isDirectory())) throw new Error(`${folder} is not a folder`);
  const index = loadGazetteer();
  const groups = folder !== undefined
    ? [{ name: folder, articles: loadFolder(resolve(folder), 'folder') }]
    : SET_NAMES.map((set) => ({ name: set, articles: loadSet(ROOT, set) }));
  let bad = 0;
  let total = 0;
  for (const { name, articles } of groups) {
    for (const article of articles) {
      total += 1;
      const problems = goldProblems(article, index);
      if (problems.length === 0) continue;
      bad += 1;
      process.stdout.write(`${name}/${article.id}:\n${problems.map((p) => `  - ${p}`).join('\n')}\n`);
    }
  }
  process.stdout.write(`${total} gold files checked, ${bad} with problems\n`);
  if (bad > 0) process.exitCode = 1;
} catch (error) {
  process.stderr.write(`eval:check: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
