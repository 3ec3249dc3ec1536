// `npm run -s extract -- [--lang CODE] FILE...`: prints the situation in the files as one GeoJSON
// FeatureCollection on stdout (schema: README, "GeoJSON schema"). Problems go to stderr, one line each;
// a bad file does not stop the others, but any problem makes the exit code non-zero.
import { extractSituation } from '../core/pipeline';
import { toFeatureCollection } from '../core/geojson';
import { isLanguageCode, LANGUAGE_CODES } from '../core/languages';
import type { ArticleInput, LanguageCode } from '../core/types';
import { loadGazetteer } from '../gazetteer/loadGazetteerNode';
import { readArticleFile } from './readArticleFile';

const USAGE = `usage: npm run -s extract -- [--lang ${LANGUAGE_CODES.join('|')}] FILE...`;

interface Options { lang?: LanguageCode; files: string[] }

function parseArguments(args: string[]): Options | string {
  const options: Options = { files: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg === '--lang' ? args[++i] : arg.slice('--lang='.length);
      if (value === undefined || !isLanguageCode(value)) return `unknown language ${JSON.stringify(value ?? '')}; expected one of ${LANGUAGE_CODES.join(', ')}`;
      options.lang = value;
    } else if (arg === '--help' || arg === '-h') {
      return USAGE;
    } else if (arg === '--') {
      options.files.push(...args.slice(i + 1));
      break;
    } else if (arg.startsWith('--')) {
      return `unknown option ${arg}`;
    } else {
      options.files.push(arg);
    }
  }
  return options.files.length ? options : 'no input files';
}

function main(argv: string[]): number {
  const options = parseArguments(argv);
  if (typeof options === 'string') {
    process.stderr.write(options === USAGE ? `${USAGE}\n` : `extract: ${options}\n${USAGE}\n`);
    return 2;
  }
  let failures = 0;
  const inputs: ArticleInput[] = [];
  for (const file of options.files) {
    const result = readArticleFile(file);
    if (!result.ok) {
      failures++;
      process.stderr.write(`extract: ${file}: ${result.message}\n`);
      continue;
    }
    inputs.push({ id: file, text: result.text, ...(options.lang ? { lang: options.lang } : {}) });
  }
  if (inputs.length === 0) return 1;
  const index = loadGazetteer();
  const collection = toFeatureCollection(extractSituation(inputs, index), index);
  process.stdout.write(`${JSON.stringify(collection)}\n`);
  return failures ? 1 : 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  // A bug or a broken installation, not bad input: still one line, still nothing on stdout.
  process.stderr.write(`extract: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 70;
}
