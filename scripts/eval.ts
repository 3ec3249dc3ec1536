// `npm run eval [-- --json] [--detect-lang] [--sets seeds,dev]`: runs the real pipeline over the seeds, the dev set and the held-out
// set, and prints precision, recall and F1 for places and events per set, per language and overall.
// Errors (false positives / negatives) are listed for the seeds and the dev set only: the held-out set must stay
// unseen by whoever tunes the pipeline, so only its figures are printed, and `--sets seeds,dev` leaves it out
// altogether: that is what to run while tuning.
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
const setsArg = args.indexOf('--sets');
const sets = setsArg >= 0 ? (args[setsArg + 1] ?? '').split(',') : [...SET_NAMES];

try {
  const unknown = sets.filter((s) => !(SET_NAMES as readonly string[]).includes(s));
  if (unknown.length > 0 || sets.length === 0) throw new Error(`--sets takes a comma-separated list of ${SET_NAMES.join(', ')}`);
  const index = loadGazetteer();
  const reports = SET_NAMES.filter((set) => sets.includes(set)).map((set) => reportSet(set, scoreArticles(loadSet(ROOT, set), index, { detectLanguage })));
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
