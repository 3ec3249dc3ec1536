// `npm run eval:check`: checks every gold file (seeds, dev, held-out) against its own text and the gazetteer.
// It never runs the pipeline, so annotators of the held-out set can use it without seeing what the code finds.
import { fileURLToPath } from 'node:url';
import { loadGazetteer } from '../src/gazetteer/loadGazetteerNode';
import { loadSet, SET_NAMES } from '../src/eval/loadSets';
import { goldProblems } from '../src/eval/checkGold';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

try {
  const index = loadGazetteer();
  let bad = 0;
  let total = 0;
  for (const set of SET_NAMES) {
    for (const article of loadSet(ROOT, set)) {
      total += 1;
      const problems = goldProblems(article, index);
      if (problems.length === 0) continue;
      bad += 1;
      process.stdout.write(`${set}/${article.id}:\n${problems.map((p) => `  - ${p}`).join('\n')}\n`);
    }
  }
  process.stdout.write(`${total} gold files checked, ${bad} with problems\n`);
  if (bad > 0) process.exitCode = 1;
} catch (error) {
  process.stderr.write(`eval:check: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
