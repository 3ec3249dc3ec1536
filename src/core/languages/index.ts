// The language registry: one entry per language the pipeline reads.
import type { LanguageCode } from '../types';
import type { LanguageProfile } from './types';
import { bg } from './bg';
import { lv } from './lv';
import { ru } from './ru';
import { uk } from './uk';
import { be } from './be';
import { pl } from './pl';
import { lt } from './lt';
import { de } from './de';
import { en } from './en';

export const LANGUAGES: Record<LanguageCode, LanguageProfile> = { bg, lv, ru, uk, be, pl, lt, de, en };
export const LANGUAGE_CODES = Object.keys(LANGUAGES) as LanguageCode[];

export function isLanguageCode(value: string): value is LanguageCode {
  return Object.prototype.hasOwnProperty.call(LANGUAGES, value);
}

export type { LanguageProfile } from './types';
