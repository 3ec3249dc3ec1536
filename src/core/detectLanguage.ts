import type { LanguageCode } from './types';

/** STUB (to be replaced by a franc-based detector restricted to the registry's languages). */
export function detectLanguage(text: string): LanguageCode {
  return /[\u0400-\u04FF]/.test(text) ? 'bg' : 'lv';
}
