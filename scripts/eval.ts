// `npm run eval [-- --json] [--detect-lang]`: runs the real pipeline over the seeds, the dev set and the held-out
// set, and prints precision, recall and F1 for places and events per set, per language and overall.
// Errors (false positives / negatives) are listed for the seeds and the dev set only: the held-out set must stay
// unseen by whoever tunes the pipeline, so only its figures are printed.
import { fileURLToPath } from 'node:url';
import { loadGazetteer } from '../src/gazetteer/loadGazetteerNode';
import { loadSet, SET_NAMES } from '../src/eval/loadSets';
import { reportSet, scoreArticles } from '../src/eval/runEval';
import { aggregate } from '../src/eval/score';
import { formatErrors, formatTable } from '../src/eval/formatReport';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const json = args.includes('--json');
const detectLanguage = args.includes('--detect-lang');

try {
  const index = loadGazetteer();
  const reports = SET_NAMES.map((set) => reportSet(set, scoreArticles(loadSet(ROOT, set), index, { detectLanguage })));
  const overall = aggregate(reports.flatMap((r) => r.articles));
  if (json) {
    const forMachines = reports.map((r) => (r.set === 'heldout' ? { ...r, articles: [] } : r));
    process.stdout.write(`${JSON.stringify({ sets: forMachines, overall }, null, 2)}\n`);
  } else {
    process.stdout.write(`${formatTable(reports, overall)}\n\n`);
    for (const r of reports) if (r.set !== 'heldout') process.stdout.write(`${formatErrors(r, index)}\n\n`);
  }
} catch (error) {
  process.stderr.write(`eval: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
