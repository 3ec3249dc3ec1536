// The gold file format (eval/GUIDELINES.md) and its validation: a malformed gold file is an error the
// scorer reports by name, not a silent zero.
import { EVENT_TYPES, type EventType, type LanguageCode } from '../core/types';
import { isLanguageCode } from '../core/languages';

export interface GoldPlace { id: string; surfaces: string[] }
export interface GoldEvent { type: EventType; place: string; evidence: string }
export interface Gold { lang: LanguageCode; places: GoldPlace[]; events: GoldEvent[] }

/** One annotated article of an evaluation set. */
export interface GoldArticle { id: string; set: string; text: string; gold: Gold }

export function parseGold(json: unknown, where: string): Gold {
  const fail = (why: string): never => { throw new Error(`${where}: ${why}`); };
  if (typeof json !== 'object' || json === null) fail('not a JSON object');
  const o = json as Record<string, unknown>;
  if (typeof o.lang !== 'string' || !isLanguageCode(o.lang)) fail(`unknown "lang" ${JSON.stringify(o.lang)}`);
  if (!Array.isArray(o.places)) fail('"places" must be an array');
  if (!Array.isArray(o.events)) fail('"events" must be an array');
  const places = (o.places as unknown[]).map((p, i): GoldPlace => {
    const q = p as Record<string, unknown>;
    if (typeof q?.id !== 'string') fail(`places[${i}].id must be a string`);
    const surfaces = Array.isArray(q.surfaces) ? q.surfaces.filter((s): s is string => typeof s === 'string') : [];
    return { id: q.id as string, surfaces };
  });
  const events = (o.events as unknown[]).map((e, i): GoldEvent => {
    const q = e as Record<string, unknown>;
    if (!EVENT_TYPES.includes(q?.type as EventType)) fail(`events[${i}].type must be one of ${EVENT_TYPES.join(', ')}`);
    if (typeof q.place !== 'string') fail(`events[${i}].place must be a string`);
    return { type: q.type as EventType, place: q.place as string, evidence: typeof q.evidence === 'string' ? q.evidence : '' };
  });
  return { lang: o.lang as LanguageCode, places, events };
}
