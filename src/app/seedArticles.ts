// The seed articles bundled with the app (seeds/*.txt, languages from seeds/manifest.json).
import type { ArticleInput, LanguageCode } from '../core/types';
import manifest from '../../seeds/manifest.json';

const texts = import.meta.glob('../../seeds/*.txt', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

export function seedArticles(): ArticleInput[] {
  const langOf = new Map((manifest as { file: string; lang?: LanguageCode }[]).map((m) => [m.file, m.lang]));
  return Object.entries(texts)
    .map(([path, text]) => {
      const file = path.slice(path.lastIndexOf('/') + 1);
      const lang = langOf.get(file);
      return { id: file, text, ...(lang ? { lang } : {}) };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}
