// Human-readable rendering of eval reports: one table of figures, then the errors of the sets we tune on.
import type { GazetteerIndex } from '../gazetteer/gazetteerIndex';
import type { Figures } from './score';
import type { GroupFigures, SetReport } from './runEval';

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
const cell = (f: Figures) => `${pct(f.precision)} ${pct(f.recall)} ${pct(f.f1)}  ${`${f.tp}/${f.fp}/${f.fn}`.padEnd(9)}`;

export function formatTable(reports: readonly SetReport[], overall: GroupFigures): string {
  const head = `${'set'.padEnd(8)} ${'lang'.padEnd(5)} ${'arts'.padStart(4)} | places:  P     R     F1  tp/fp/fn  | events:  P     R     F1  tp/fp/fn`;
  const line = (set: string, lang: string, g: GroupFigures) =>
    `${set.padEnd(8)} ${lang.padEnd(5)} ${String(g.articles).padStart(4)} |        ${cell(g.places)} |        ${cell(g.events)}`;
  const rows = [head, '-'.repeat(head.length)];
  for (const r of reports) {
    for (const [lang, g] of Object.entries(r.byLanguage)) rows.push(line(r.set, lang, g));
    rows.push(line(r.set, 'all', r.total), '');
  }
  rows.push(line('overall', 'all', overall));
  return rows.join('\n');
}

/** False positives and negatives per article, with English names so that a reader can judge them. */
export function formatErrors(report: SetReport, index: GazetteerIndex): string {
  const name = (key: string) => {
    const [type, place] = key.includes('@') ? key.split('@') : ['', key];
    const entry = index.byId.get(place);
    return `${type ? `${type} @ ` : ''}${place}${entry ? ` (${entry.name})` : ' (not in gazetteer)'}`;
  };
  const out: string[] = [];
  for (const a of report.articles) {
    const lines: string[] = [];
    for (const k of a.places.fp) lines.push(`  place FP  ${name(k)}`);
    for (const k of a.places.fn) lines.push(`  place FN  ${name(k)}`);
    for (const k of a.events.fp) lines.push(`  event FP  ${name(k)}`);
    for (const k of a.events.fn) lines.push(`  event FN  ${name(k)}`);
    if (lines.length) out.push(`${report.set}/${a.id} [${a.lang}]`, ...lines);
  }
  return out.length ? out.join('\n') : `${report.set}: no errors`;
}
