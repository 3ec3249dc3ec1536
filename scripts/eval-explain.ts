// `npm run eval:explain [-- <id-prefix>]`: for dev-set event errors, prints the sentence behind each one, so that
// whoever tunes the classifier sees why. Never reads the held-out set.
import { fileURLToPath } from 'node:url';
import { loadGazetteer } from '../src/gazetteer/loadGazetteerNode';
import { loadSet } from '../src/eval/loadSets';
import { analyseArticle } from '../src/core/pipeline';
import { eventKey } from '../src/eval/score';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const prefix = process.argv[2] ?? '';
const index = loadGazetteer();
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

for (const article of [...loadSet(ROOT, 'seeds'), ...loadSet(ROOT, 'dev')].filter((a) => a.id.startsWith(prefix))) {
  const result = analyseArticle({ id: article.id, text: article.text, lang: article.gold.lang }, index);
  const found = new Map(result.events.map((e) => [eventKey(e.type, e.place), e]));
  const gold = new Map(article.gold.events.map((e) => [eventKey(e.type, e.place), e]));
  const lines: string[] = [];
  const name = (id: string) => index.byId.get(id)?.name ?? id;
  for (const [key, e] of found) {
    if (gold.has(key)) continue;
    const p = result.passages.find((x) => x.id === e.passage);
    lines.push(`  FP ${e.type} @ ${name(e.place)} cue "${e.cue}": ${p ? oneLine(article.text.slice(p.start, p.end)) : '?'}`);
  }
  for (const [key, e] of gold) {
    if (found.has(key)) continue;
    const where = result.mentions.filter((m) => m.place === e.place).map((m) => m.surface);
    lines.push(`  FN ${e.type} @ ${name(e.place)} [found as: ${where.join(', ') || 'NOT RECOGNISED'}]: "${oneLine(e.evidence)}"`);
  }
  if (lines.length) console.log(`${article.id} [${article.gold.lang}]\n${lines.join('\n')}`);
}
