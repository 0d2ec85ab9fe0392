/**
 * Technique search: a pure module (no React, no DOM) over the content library.
 *
 * Every name, alias and summary becomes its own search record, so a technique with many aliases gets no
 * bonus for repeating a word, and a short exact name beats a long one that merely contains the query.
 * Names and aliases live in one Fuse index, summaries in a second, stricter one with a low weight.
 * Text is folded the same way on both sides (accents stripped via NFD, lower case, hyphens as spaces), and
 * every folded character remembers where it came from, so matches highlight the original words.
 */
import Fuse, { type FuseResult, type RangeTuple } from 'fuse.js';
import { techniques } from '../../content/techniques';
import type { BodyArea, Contact, Pressure, Technique, Who } from '../../content/schema';

export type ProfessionalsFilter = 'only' | 'hide';

export interface TechniqueFilters {
  area?: BodyArea;
  contact?: Contact;
  pressure?: Pressure;
  who?: Who;
  /** `only`: just what is left to professionals; `hide`: leave those out. */
  professionals?: ProfessionalsFilter;
}

/** A half-open span `[start, end)` of the original text. */
export type Span = readonly [start: number, end: number];

export interface MarkedText {
  text: string;
  /** The whole words the query matched, in order, never overlapping. */
  spans: readonly Span[];
}

export type MatchedField = 'name' | 'alias' | 'summary';

export interface TechniqueHit {
  technique: Technique;
  /** Lower is better; 0 for an exact name or alias and for every hit of an empty query. */
  score: number;
  /** Which field gave the best match; `null` when there is no query. */
  matchedBy: MatchedField | null;
  name: MarkedText;
  aliases: MarkedText[];
  summary: MarkedText;
  /** The matched words as they are written, for announcing or highlighting elsewhere. */
  matchedWords: string[];
}

/** Tuning, reported in one place. See `createTechniqueSearch`. */
export const SEARCH_TUNING = {
  /**
   * Names and aliases: bitap errors allowed per query character. 0.3 lets "frictoin" (2 in 8), "petrisage"
   * (1 in 9) and "masage" (1 in 6) through, while a four-letter word may be off by one letter only.
   */
  termThreshold: 0.3,
  /** Summaries are long prose: near-exact words only, or "ball" would find "small" and "all". */
  summaryThreshold: 0.1,
  /**
   * A summary hit's score is raised to this power (Fuse's own key-weight formula, score^weight), so it
   * ranks below any fair name or alias hit and only helps when nothing else matches well.
   */
  summaryWeight: 0.2,
  /** A single letter matching somewhere is not worth showing. */
  minMatchCharLength: 2,
  /** Longer queries are cut; nobody types more for a technique name. */
  maxQueryLength: 64,
} as const;

// ---------- Folding ----------

interface Folded {
  /** The text as search sees it. */
  text: string;
  /** For each character of `text`, the index of the original character it came from. */
  source: number[];
}

const DASHES = /[-‐‑‒–—_]/;

/** Strips accents (NFD, then drop combining marks), lower-cases and turns dashes into spaces. */
export function foldText(original: string): Folded {
  let text = '';
  const source: number[] = [];
  let index = 0;
  for (const char of original) {
    let out = char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    if (DASHES.test(out)) out = ' ';
    for (let k = 0; k < out.length; k += 1) source.push(index);
    text += out;
    index += char.length;
  }
  return { text, source };
}

/** The query as the index sees it: folded, spaces collapsed, trimmed. */
export function foldQuery(query: string): string {
  return foldText(query).text.replace(/\s+/g, ' ').trim().slice(0, SEARCH_TUNING.maxQueryLength);
}

// ---------- Highlighting ----------

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}'’]/u.test(c);

/** Maps Fuse's inclusive ranges on folded text to whole words of the original text. */
function toWordSpans(original: string, folded: Folded, indices: readonly RangeTuple[]): Span[] {
  const spans: Span[] = [];
  for (const [from, to] of indices) {
    const startSource = folded.source[from];
    const endSource = folded.source[to];
    if (startSource === undefined || endSource === undefined) continue;
    let start = startSource;
    let end = endSource + 1;
    while (start > 0 && isWordChar(original[start - 1])) start -= 1;
    while (end < original.length && isWordChar(original[end])) end += 1;
    // Trim spaces and dashes a fuzzy match may have included at either end.
    while (start < end && !isWordChar(original[start])) start += 1;
    while (end > start && !isWordChar(original[end - 1])) end -= 1;
    if (end > start) spans.push([start, end]);
  }
  return mergeSpans(spans);
}

function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** Splits text into plain and marked parts, for rendering `<mark>`. */
export function splitMarked({ text, spans }: MarkedText): { text: string; marked: boolean }[] {
  const parts: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const [start, end] of spans) {
    if (start > at) parts.push({ text: text.slice(at, start), marked: false });
    parts.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), marked: false });
  return parts;
}

// ---------- Filters ----------

export function matchesFilters(t: Technique, filters: TechniqueFilters): boolean {
  if (filters.area && !t.bodyAreas.includes(filters.area)) return false;
  if (filters.contact && !t.contact.includes(filters.contact)) return false;
  if (filters.pressure && !t.pressure.includes(filters.pressure)) return false;
  if (filters.who && !t.who.includes(filters.who)) return false;
  if (filters.professionals === 'only' && !t.professionalsOnly) return false;
  if (filters.professionals === 'hide' && t.professionalsOnly) return false;
  return true;
}

export const hasFilters = (filters: TechniqueFilters) => Object.values(filters).some((v) => v !== undefined);

// ---------- Index ----------

interface SearchRecord {
  technique: number;
  field: MatchedField;
  /** Position among the aliases, for `alias` records. */
  aliasIndex: number;
  original: string;
  folded: Folded;
}

const FIELD_ORDER: Record<MatchedField, number> = { name: 0, alias: 1, summary: 2 };

const plain = (text: string): MarkedText => ({ text, spans: [] });

function recordsOf(techniques: readonly Technique[]): SearchRecord[] {
  return techniques.flatMap((t, technique) => [
    { technique, field: 'name' as const, aliasIndex: -1, original: t.name, folded: foldText(t.name) },
    ...t.aliases.map((alias, aliasIndex) => ({
      technique,
      field: 'alias' as const,
      aliasIndex,
      original: alias,
      folded: foldText(alias),
    })),
    {
      technique,
      field: 'summary' as const,
      aliasIndex: -1,
      original: t.summary,
      folded: foldText(t.summary),
    },
  ]);
}

const byName = (a: Technique, b: Technique) => a.name.localeCompare(b.name);

export type TechniqueSearch = (query: string, filters?: TechniqueFilters) => TechniqueHit[];

/**
 * Builds the index once and returns the search function.
 *
 * Ranking, best first: an exact name or alias (after folding); then Fuse's score of the best single
 * record, which already prefers short fields over long ones that contain the query; ties go to a name
 * over an alias over a summary, a technique over a style, then alphabetical order.
 */
export function createTechniqueSearch(techniques: readonly Technique[]): TechniqueSearch {
  const records = recordsOf(techniques);
  const options = {
    keys: [{ name: 'text', getFn: (r: SearchRecord) => r.folded.text }],
    ignoreLocation: true,
    includeMatches: true,
    includeScore: true,
    minMatchCharLength: SEARCH_TUNING.minMatchCharLength,
    shouldSort: false,
    // Folding already happened on both sides, with an index map Fuse's own folding would not keep.
    isCaseSensitive: true,
    ignoreDiacritics: false,
  };
  // Built on the first real query, so opening the list costs no indexing on a slow phone.
  let indexes: { terms: Fuse<SearchRecord>; summaries: Fuse<SearchRecord> } | undefined;
  const getIndexes = () =>
    (indexes ??= {
      terms: new Fuse(
        records.filter((r) => r.field !== 'summary'),
        { ...options, threshold: SEARCH_TUNING.termThreshold },
      ),
      summaries: new Fuse(
        records.filter((r) => r.field === 'summary'),
        { ...options, threshold: SEARCH_TUNING.summaryThreshold },
      ),
    });
  const scoreOf = (r: FuseResult<SearchRecord>) =>
    r.item.field === 'summary' ? (r.score ?? 1) ** SEARCH_TUNING.summaryWeight : (r.score ?? 1);

  return function searchTechniques(query, filters = {}) {
    const allowed = (i: number) => {
      const t = techniques[i];
      return t !== undefined && matchesFilters(t, filters);
    };
    const folded = foldQuery(query);

    if (folded === '') {
      return techniques
        .filter((t) => matchesFilters(t, filters))
        .sort(byName)
        .map((technique) => ({
          technique,
          score: 0,
          matchedBy: null,
          name: plain(technique.name),
          aliases: technique.aliases.map(plain),
          summary: plain(technique.summary),
          matchedWords: [],
        }));
    }

    const byTechnique = new Map<number, FuseResult<SearchRecord>[]>();
    const { terms, summaries } = getIndexes();
    for (const result of [...terms.search(folded), ...summaries.search(folded)]) {
      if (!allowed(result.item.technique)) continue;
      const list = byTechnique.get(result.item.technique) ?? [];
      list.push(result);
      byTechnique.set(result.item.technique, list);
    }

    const hits: (TechniqueHit & { exact: boolean; fieldOrder: number })[] = [];
    for (const [index, results] of byTechnique) {
      const technique = techniques[index];
      if (!technique) continue;
      const exactHit = results.find(
        (r) => r.item.field !== 'summary' && foldQuery(r.item.original) === folded,
      );
      const exact = exactHit !== undefined;
      const best = exactHit ?? results.reduce((a, b) => (scoreOf(b) < scoreOf(a) ? b : a));
      const spansOf = (r: FuseResult<SearchRecord>) =>
        toWordSpans(r.item.original, r.item.folded, r.matches?.flatMap((m) => m.indices) ?? []);
      const marked = (field: MatchedField, aliasIndex: number, text: string): MarkedText => {
        const result = results.find((r) => r.item.field === field && r.item.aliasIndex === aliasIndex);
        return { text, spans: result ? spansOf(result) : [] };
      };
      const name = marked('name', -1, technique.name);
      const aliases = technique.aliases.map((alias, i) => marked('alias', i, alias));
      const summary = marked('summary', -1, technique.summary);
      const words = [name, ...aliases, summary].flatMap((m) => m.spans.map(([s, e]) => m.text.slice(s, e)));
      hits.push({
        technique,
        score: exact ? 0 : scoreOf(best),
        matchedBy: best.item.field,
        name,
        aliases,
        summary,
        matchedWords: [...new Set(words)],
        exact,
        fieldOrder: FIELD_ORDER[best.item.field],
      });
    }

    hits.sort(
      (a, b) =>
        Number(b.exact) - Number(a.exact) ||
        a.score - b.score ||
        a.fieldOrder - b.fieldOrder ||
        Number(a.technique.kind === 'style') - Number(b.technique.kind === 'style') ||
        byName(a.technique, b.technique),
    );
    return hits.map(({ exact: _exact, fieldOrder: _fieldOrder, ...hit }) => hit);
  };
}

/** The app's search over the real library; the index is built once, on the first query. */
export const searchTechniques: TechniqueSearch = createTechniqueSearch(techniques);
