/**
 * The browser's query and filters live in the URL (`?q=kneading&area=lower-back&who=self`), so a search
 * can be shared and survives a reload. Unknown or misspelt values are ignored, never trusted.
 */
import { BODY_AREAS, CONTACTS, PRESSURES, WHO } from '../../lib/vocabulary';
import type { ProfessionalsFilter, TechniqueFilters } from './search';

/** URL parameter names; `q` is the typed query. */
export const PARAM = {
  query: 'q',
  area: 'area',
  contact: 'contact',
  pressure: 'pressure',
  who: 'who',
  professionals: 'pro',
} as const;

export type FilterKey = Exclude<keyof typeof PARAM, 'query'>;
export const FILTER_KEYS: readonly FilterKey[] = ['area', 'contact', 'pressure', 'who', 'professionals'];

const PROFESSIONALS: readonly ProfessionalsFilter[] = ['only', 'hide'];

/** The value if it is one of `allowed`, else undefined. */
const oneOf = <T extends string>(allowed: readonly T[], value: string | null): T | undefined =>
  allowed.find((a) => a === value);

export function readFilters(params: URLSearchParams): TechniqueFilters {
  const filters: TechniqueFilters = {};
  const area = oneOf(BODY_AREAS, params.get(PARAM.area));
  const contact = oneOf(CONTACTS, params.get(PARAM.contact));
  const pressure = oneOf(PRESSURES, params.get(PARAM.pressure));
  const who = oneOf(WHO, params.get(PARAM.who));
  const professionals = oneOf(PROFESSIONALS, params.get(PARAM.professionals));
  if (area) filters.area = area;
  if (contact) filters.contact = contact;
  if (pressure) filters.pressure = pressure;
  if (who) filters.who = who;
  if (professionals) filters.professionals = professionals;
  return filters;
}

export const readQuery = (params: URLSearchParams) => params.get(PARAM.query) ?? '';

/** A copy of `params` with one value set, or removed when empty. Other parameters are kept. */
export function withParam(params: URLSearchParams, key: keyof typeof PARAM, value: string | undefined) {
  const next = new URLSearchParams(params);
  if (value === undefined || value.trim() === '') next.delete(PARAM[key]);
  else next.set(PARAM[key], value);
  return next;
}

/** A copy of `params` with every filter removed; the query stays unless `alsoQuery`. */
export function withoutFilters(params: URLSearchParams, { alsoQuery = false } = {}) {
  const next = new URLSearchParams(params);
  for (const key of FILTER_KEYS) next.delete(PARAM[key]);
  if (alsoQuery) next.delete(PARAM.query);
  return next;
}
