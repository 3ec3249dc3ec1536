// Every curated town entry, in the order the build merges them: cityNames.ts first, then the exonym files. Entries
// for the same town are merged by cities.ts; a language (or the local name) curated twice for one town fails the build.
import { CITY_NAMES, type CuratedCity } from './cityNames';
import { POLISH_EXONYMS } from './polishExonyms';
import { BALTIC_EXONYMS } from './balticExonyms';
import { BULGARIA_ROMANIA_MOLDOVA } from './bulgariaRomania';
import { EAST_SLAVIC_NAMES } from './eastSlavicNames';

export const CURATED_CITIES: CuratedCity[] = [...CITY_NAMES, ...POLISH_EXONYMS, ...BALTIC_EXONYMS, ...BULGARIA_ROMANIA_MOLDOVA, ...EAST_SLAVIC_NAMES];
