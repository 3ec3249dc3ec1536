// `npm run -s gazetteer:find -- TEXT [--lang CODE]`: the gazetteer entries whose English name or any name in any
// language contains TEXT (case-insensitive), with their ids, for annotators writing gold files. It matches the
// dictionary forms stored in the gazetteer, not inflected forms: it shows what the data holds, not what the
// recogniser would find, so annotators can use it without seeing the pipeline at work.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

interface Entry { id: string; name: string; kind: string; iso?: string; population?: number; parent?: string; countries?: string[]; names?: Record<string, string[]> }

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2).filter((a) => a !== '--');
const langAt = args.indexOf('--lang');
const lang = langAt >= 0 ? args[langAt + 1] : undefined;
const query = args.filter((_, i) => langAt < 0 || (i !== langAt && i !== langAt + 1)).join(' ').trim().toLowerCase();

if (query === '') {
  process.stderr.write('usage: npm run -s gazetteer:find -- TEXT [--lang CODE]\n');
  process.exit(2);
}
const { entries } = JSON.parse(readFileSync(`${ROOT}public/data/gazetteer.json`, 'utf8')) as { entries: Entry[] };
const byId = new Map(entries.map((e) => [e.id, e]));
const hits = entries.filter((e) => [e.name, ...Object.values(e.names ?? {}).flat()].some((n) => n.toLowerCase().includes(query)));
hits.sort((a, b) => (b.population ?? 0) - (a.population ?? 0));
for (const e of hits.slice(0, 40)) {
  const where = e.parent ? ` in ${byId.get(e.parent)?.name ?? e.parent}` : e.iso && e.kind !== 'country' ? ` (${e.iso})` : '';
  const names = lang ? (e.names?.[lang] ?? []).join(', ') : Object.entries(e.names ?? {}).map(([l, n]) => `${l}: ${n.join('/')}`).join('; ');
  process.stdout.write(`${e.id.padEnd(18)} ${e.kind.padEnd(8)} ${e.name}${where}${e.population ? `, pop. ${e.population}` : ''}\n    ${names}\n`);
}
if (hits.length > 40) process.stdout.write(`… and ${hits.length - 40} more; make the text longer\n`);
if (hits.length === 0) process.stdout.write('no entry holds that name\n');
