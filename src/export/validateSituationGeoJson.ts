// Is this text a situation file we can import? First plain GeoJSON (RFC 7946) with a well-kept validator,
// then our schema on top (properties.id/name/kind/mentions/events). Every refusal names what is wrong and
// where, in words a user can act on; nothing is changed by a refused file.
import { getIssues } from '@placemarkio/check-geojson';
import type { FeatureCollection } from 'geojson';
import { EVENT_TYPES, type EventType, type PlaceKind } from '../core/types';
import type { GeoEvent, GeoMention } from '../core/geojson';
import type { GazetteerIndex } from '../gazetteer/gazetteerIndex';

/** What an import keeps of each feature: the place and the evidence for it. Counts and geometry come from our gazetteer. */
export interface ImportedPlace { id: string; name: string; mentions: GeoMention[]; events: GeoEvent[] }

export type ValidationResult = { ok: true; places: ImportedPlace[] } | { ok: false; message: string };

const KINDS: readonly PlaceKind[] = ['country', 'region', 'city', 'border'];
const MAX_LISTED = 3;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isIndex = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

export function validateSituationGeoJson(text: string, index: GazetteerIndex): ValidationResult {
  let issues;
  try {
    issues = getIssues(text);
  } catch (error) {
    return { ok: false, message: `The file is not GeoJSON (${error instanceof Error ? error.message : String(error)}).` };
  }
  if (issues.length) {
    const first = issues[0];
    const line = text.slice(0, first.from).split('\n').length;
    return { ok: false, message: `The file is not valid GeoJSON: ${first.message} (line ${line}${issues.length > 1 ? `, and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''}` : ''}).` };
  }
  const data = JSON.parse(text) as unknown;
  if (!isObject(data) || data.type !== 'FeatureCollection') {
    return { ok: false, message: `The file is GeoJSON but not a FeatureCollection of places (it is a ${isObject(data) ? String(data.type) : 'bare value'}).` };
  }
  const features = (data as unknown as FeatureCollection).features;
  if (features.length === 0) return { ok: false, message: 'The file has no places in it: nothing to import.' };

  const places: ImportedPlace[] = [];
  const unknown: string[] = [];
  for (let i = 0; i < features.length; i++) {
    const props = features[i].properties;
    const where = `Place ${i + 1}${isObject(props) && typeof props.name === 'string' ? ` (“${props.name}”)` : ''}`;
    const problem = schemaProblem(props);
    if (problem) return { ok: false, message: `This GeoJSON is not a situation export: ${where} ${problem}.` };
    const p = props as unknown as ImportedPlace & { kind: PlaceKind };
    const entry = index.byId.get(p.id);
    if (!entry) { unknown.push(p.id); continue; }
    if (entry.kind !== p.kind) return { ok: false, message: `${where} is a ${p.kind} in the file but ${p.id} is a ${entry.kind} in this app's gazetteer.` };
    places.push({ id: p.id, name: p.name, mentions: p.mentions, events: p.events });
  }
  if (unknown.length) {
    const listed = unknown.slice(0, MAX_LISTED).join(', ') + (unknown.length > MAX_LISTED ? ` and ${unknown.length - MAX_LISTED} more` : '');
    return { ok: false, message: `The file names places this app's gazetteer does not have (${listed}); it was not imported.` };
  }
  return { ok: true, places };
}

/** What is wrong with one feature's properties against our schema, or undefined when nothing is. */
function schemaProblem(props: unknown): string | undefined {
  if (!isObject(props)) return 'has no properties';
  if (typeof props.id !== 'string' || props.id === '') return 'has no properties.id (the gazetteer id, e.g. "city:703448")';
  if (typeof props.name !== 'string') return 'has no properties.name';
  if (!KINDS.includes(props.kind as PlaceKind)) return `has properties.kind ${JSON.stringify(props.kind)}, expected one of ${KINDS.join(', ')}`;
  if (!Array.isArray(props.mentions)) return 'has no properties.mentions list';
  if (!Array.isArray(props.events)) return 'has no properties.events list';
  for (let j = 0; j < props.mentions.length; j++) {
    const m = props.mentions[j] as unknown;
    const bad = `has a malformed mention (mentions[${j}])`;
    if (!isObject(m) || typeof m.article !== 'string' || typeof m.surface !== 'string' || typeof m.passage !== 'string' || !isIndex(m.start) || !isIndex(m.end)) return bad;
    if (m.end - m.start !== m.surface.length) return `${bad}: its offsets do not span its surface text`;
    if (m.surface === '' || !m.passage.includes(m.surface)) return `${bad}: its passage does not contain the place name “${m.surface}”`;
  }
  for (let j = 0; j < props.events.length; j++) {
    const e = props.events[j] as unknown;
    if (!isObject(e) || typeof e.article !== 'string' || typeof e.passage !== 'string') return `has a malformed event (events[${j}])`;
    if (!EVENT_TYPES.includes(e.type as EventType)) return `has an event of unknown type ${JSON.stringify(e.type)} (events[${j}]; expected ${EVENT_TYPES.join(', ')})`;
  }
  if (props.mentions.length === 0 && props.events.length === 0) return 'has neither mentions nor events';
  return undefined;
}
