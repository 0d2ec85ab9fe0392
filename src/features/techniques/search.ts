/**
 * Technique search: a pure module (no React, no DOM) over the content library.
 *
 * Search works on words. Every name, alias and summary is a record cut into words; each word of the query
 * is compared with the start of every word of the library, never with the middle of one ("tapping" does
 * not find "overlapping"). A query word matches a word that is the same, has the same stem ("knuckling",
 * "knuckle"), starts with it (typing "effl"), or is within a few typos of it ("kneeding"). A technique is
 * found when each query word matches one of its words, in any order and across its name, aliases and
 * summary ("massage ball", "petrissage kneading"). Words that name a large part of the library
 * ("massage", "effleurage") may be missing: they only help rank.
 *
 * Text is folded the same way on both sides (accents stripped via NFD, lower case, hyphens as spaces), and
 * every folded character remembers where it came from, so matches highlight the original words.
 */
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
   * Names and aliases: typos allowed per query-word letter (a swap of two letters counts as one). 0.3 lets
   * "frictoin", "petrisage" and "masage" through, while a word of three letters or fewer must be exact
   * and a four-letter word may be off by one letter only.
   */
  termThreshold: 0.3,
  /** Summaries are long prose: near-exact words only, or "ball" would find "small" and "all". */
  summaryThreshold: 0.1,
  /**
   * A summary record scores `summaryBase + (1 - summaryBase) * its word score`, so it ranks below any name
   * or alias hit and only helps when nothing else matches well.
   */
  summaryBase: 0.5,
  /** Added in proportion to the words of a name or alias the query left unmatched: short fields first. */
  lengthPenalty: 0.1,
  /** Added when a name or alias does not start with a matched word: "Thumb circles" before "reinforced thumb". */
  startPenalty: 0.02,
  /** Added for each further record a technique needs to match all the query words. */
  scatterPenalty: 0.1,
  /** Added for each optional query word (see `commonWordShare`) a technique does not match. */
  missingPenalty: 0.1,
  /**
   * A query word whose names and aliases match at least this share of the library (at least 3 techniques)
   * is common, like "massage" or "effleurage": a technique may lack it, so "masage kneading" still finds
   * petrissage. Single letters are optional too.
   */
  commonWordShare: 0.2,
  /** A single letter matching somewhere is not worth showing: summaries need query words this long. */
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

/** An inclusive range `[first, last]` of folded text. */
type Range = readonly [first: number, last: number];

/** Maps inclusive ranges on folded text to whole words of the original text. */
function toWordSpans(original: string, folded: Folded, indices: readonly Range[]): Span[] {
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

// ---------- Words ----------

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * A crude English stem, the same on both sides: drops one ending (-ing, -ed, -es, -s), then a final e,
 * then one of a doubled last consonant, keeping at least three letters. "knuckling", "knuckles" and
 * "knuckle" all become "knuckl"; "tapping", "taps" and "tap" become "tap".
 */
function stem(word: string): string {
  let w = word;
  const ending = ['ing', 'ed', 'es', 's'].find((e) => w.endsWith(e) && w.length - e.length >= 3);
  if (ending && !(ending === 's' && /(?:ss|us|is)$/.test(w))) w = w.slice(0, -ending.length);
  if (w.length >= 4 && w.endsWith('e')) w = w.slice(0, -1);
  const last = w.at(-1) ?? '';
  if (w.length >= 4 && last === w.at(-2) && !'aeiouy'.includes(last)) w = w.slice(0, -1);
  return w;
}

/**
 * Typos between `query` and the closest start of `word` (optimal string alignment: a letter added, dropped,
 * changed, or two neighbours swapped each count one). Gives up, returning `max + 1`, once it must exceed `max`.
 * Both must begin with the same letter (or the first two swapped): dropping a word's first letters would be
 * a way into its middle ("ripping" is not a typo of "stripping").
 */
function prefixDistance(query: string, word: string, max: number): number {
  const m = query.length;
  const n = word.length;
  if (m - n > max) return max + 1;
  if (query[0] !== word[0] && !(query[0] === word[1] && query[1] === word[0])) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i += 1) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= n; j += 1) {
      const change = query[i - 1] === word[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + change);
      if (i > 1 && j > 1 && query[i - 1] === word[j - 2] && query[i - 2] === word[j - 1]) {
        d = Math.min(d, before[j - 2]! + 1);
      }
      row.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = row;
  }
  return Math.min(...previous);
}

interface QueryWord {
  text: string;
  stem: string;
  /** Typos allowed against names and aliases, and against summaries. */
  termErrors: number;
  summaryErrors: number;
}

const queryWord = (text: string): QueryWord => ({
  text,
  stem: stem(text),
  termErrors: Math.floor(text.length * SEARCH_TUNING.termThreshold),
  summaryErrors: Math.floor(text.length * SEARCH_TUNING.summaryThreshold),
});

/**
 * How well a query word matches a word of the library, lower is better; `undefined` if it does not.
 * Always from the word's start: the same word 0, the same stem, the start of the word (as it is being
 * typed), the start of the word for the query's stem, then a few typos. Summaries take no typos from
 * short words, and no one- or two-letter starts.
 */
function matchWord(query: QueryWord, word: string, wordStem: string, summary: boolean): number | undefined {
  if (word === query.text) return 0;
  if (query.stem.length >= 3 && wordStem === query.stem) return 0.01;
  if (word.startsWith(query.text) && (!summary || query.text.length > SEARCH_TUNING.minMatchCharLength)) {
    return 0.02 + 0.08 * (1 - query.text.length / word.length);
  }
  if (query.stem !== query.text && query.stem.length >= 3 && word.startsWith(query.stem)) {
    return 0.05 + 0.08 * (1 - query.stem.length / word.length);
  }
  const max = summary ? query.summaryErrors : query.termErrors;
  if (max === 0) return undefined;
  const typos = prefixDistance(query.text, word, max);
  return typos <= max ? 0.1 + (0.3 * typos) / query.text.length : undefined;
}

/**
 * A short word (too short for `termThreshold` to allow a typo) one typo away from the start of a word of a
 * name or alias: "hod" for "hold". It only counts next to another query word in that same name or alias
 * ("knot hod"), never on its own.
 */
const looseTypos = (query: QueryWord, word: string) =>
  query.termErrors === 0 &&
  query.text.length >= SEARCH_TUNING.minMatchCharLength &&
  prefixDistance(query.text, word, 1) <= 1;

// ---------- Index ----------

/** A word of a record, or two neighbouring words of a name or alias written as one ("middlefinger"). */
interface Token {
  text: string;
  /** The record's first and last word this token covers. */
  first: number;
  last: number;
  /** Where it is in the folded text. */
  range: Range;
}

interface SearchRecord {
  technique: number;
  field: MatchedField;
  /** Position among the aliases, for `alias` records. */
  aliasIndex: number;
  original: string;
  folded: Folded;
  /** The folded text as a query would be, to spot an exact name or alias. */
  key: string;
  wordCount: number;
  tokens: Token[];
}

/** One distinct token of the library (names and aliases apart from summaries), and where it occurs. */
interface VocabularyEntry {
  text: string;
  stem: string;
  /** For two words joined: the first, which a query word must go beyond and match less well alone. */
  first?: { text: string; stem: string };
  /** Record index and token index, in turn. */
  occurrences: number[];
}

interface WordMatch {
  record: number;
  token: number;
  score: number;
  /** A typo in a short word, which counts only beside another word of the query in the same record. */
  loose?: boolean;
}

interface WordMatches {
  matches: WordMatch[];
  /** How many techniques match the word in a name or alias. */
  termTechniques: number;
}

const FIELD_ORDER: Record<MatchedField, number> = { name: 0, alias: 1, summary: 2 };

const plain = (text: string): MarkedText => ({ text, spans: [] });

function recordOf(technique: number, field: MatchedField, aliasIndex: number, original: string) {
  const folded = foldText(original);
  const words: Token[] = [...folded.text.matchAll(WORD)].map((m, i) => ({
    text: m[0],
    first: i,
    last: i,
    range: [m.index, m.index + m[0].length - 1],
  }));
  const pairs: Token[] =
    field === 'summary'
      ? []
      : words.slice(1).map((second, i) => {
          const first = words[i]!;
          return {
            text: first.text + second.text,
            first: i,
            last: i + 1,
            range: [first.range[0], second.range[1]],
          };
        });
  const record: SearchRecord = {
    technique,
    field,
    aliasIndex,
    original,
    folded,
    key: foldQuery(original),
    wordCount: words.length,
    tokens: [...words, ...pairs],
  };
  return record;
}

function recordsOf(techniques: readonly Technique[]): SearchRecord[] {
  return techniques.flatMap((t, technique) => [
    recordOf(technique, 'name', -1, t.name),
    ...t.aliases.map((alias, aliasIndex) => recordOf(technique, 'alias', aliasIndex, alias)),
    recordOf(technique, 'summary', -1, t.summary),
  ]);
}

function vocabularyOf(records: readonly SearchRecord[], summary: boolean): VocabularyEntry[] {
  const entries = new Map<string, VocabularyEntry>();
  records.forEach((record, r) => {
    if ((record.field === 'summary') !== summary) return;
    record.tokens.forEach((token, t) => {
      let entry = entries.get(token.text);
      if (!entry) {
        const firstWord = record.tokens[token.first]!;
        entry = { text: token.text, stem: stem(token.text), occurrences: [] };
        if (token.first !== token.last) entry.first = { text: firstWord.text, stem: stem(firstWord.text) };
        entries.set(token.text, entry);
      }
      entry.occurrences.push(r, t);
    });
  });
  return [...entries.values()];
}

const byName = (a: Technique, b: Technique) => a.name.localeCompare(b.name);
const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

export type TechniqueSearch = (query: string, filters?: TechniqueFilters) => TechniqueHit[];

/** What one record of a technique matched: per query word, the best token and its score. */
interface RecordHit {
  record: number;
  best: (WordMatch | undefined)[];
  /** Every matched token, for highlighting. */
  tokens: Set<number>;
  /** Tokens matched by a short word's typo, with the query word's index: kept only beside a firm match. */
  looseTokens: [token: number, word: number][];
}

/** Drops short-word typos that have no other query word beside them in their record. */
function settleLoose(hit: RecordHit): boolean {
  const firm = hit.best.flatMap((m, i) => (m && !m.loose ? [i] : []));
  hit.best.forEach((m, i) => {
    if (m?.loose && !firm.some((j) => j !== i)) hit.best[i] = undefined;
  });
  for (const [token, word] of hit.looseTokens) if (hit.best[word]) hit.tokens.add(token);
  return hit.best.some((m) => m !== undefined);
}

/**
 * Builds the index once and returns the search function.
 *
 * A record (name, alias or summary) scores the mean of its query words' scores, plus a little for each of
 * its words left unmatched and for not starting with a match; a summary always scores below a name or an
 * alias. Each query word takes the best record of the technique that has it; the technique scores the
 * mean of those, plus a penalty for each further record it needed and for each optional word it lacks.
 *
 * Ranking, best first: an exact name or alias (after folding); then that score; ties go to a name over an
 * alias over a summary, a technique over a style, then alphabetical order.
 */
export function createTechniqueSearch(techniques: readonly Technique[]): TechniqueSearch {
  const T = SEARCH_TUNING;
  const records = recordsOf(techniques);
  // Built on the first real query, so opening the list costs no indexing on a slow phone.
  let vocabulary: { terms: VocabularyEntry[]; summaries: VocabularyEntry[] } | undefined;
  // Earlier words of a query come back on every keystroke; their matches are kept (a few hundred at most).
  const cache = new Map<string, WordMatches>();
  const commonCount = Math.max(3, T.commonWordShare * techniques.length);

  const matchesOf = (text: string): WordMatches => {
    const cached = cache.get(text);
    if (cached) return cached;
    vocabulary ??= { terms: vocabularyOf(records, false), summaries: vocabularyOf(records, true) };
    const query = queryWord(text);
    const matches: WordMatch[] = [];
    const termTechniques = new Set<number>();
    for (const [entries, summary] of [
      [vocabulary.terms, false],
      [vocabulary.summaries, true],
    ] as const) {
      for (const entry of entries) {
        const { first } = entry;
        if (first && text.length <= first.text.length) continue;
        let score = matchWord(query, entry.text, entry.stem, summary);
        const loose = score === undefined && !first && !summary && looseTypos(query, entry.text);
        if (loose) score = 0.1 + 0.3 / text.length;
        if (score === undefined) continue;
        if (first) {
          const alone = matchWord(query, first.text, first.stem, summary);
          if (alone !== undefined && alone <= score) continue;
        }
        for (let k = 0; k < entry.occurrences.length; k += 2) {
          const record = entry.occurrences[k]!;
          matches.push({ record, token: entry.occurrences[k + 1]!, score, ...(loose && { loose }) });
          if (!summary && !loose) termTechniques.add(records[record]!.technique);
        }
      }
    }
    const result = { matches, termTechniques: termTechniques.size };
    if (cache.size >= 500) cache.clear();
    cache.set(text, result);
    return result;
  };

  const recordScore = (hit: RecordHit): number => {
    const record = records[hit.record]!;
    const found = hit.best.filter((m) => m !== undefined);
    const score = mean(found.map((m) => m.score));
    if (record.field === 'summary') return T.summaryBase + (1 - T.summaryBase) * score;
    const covered = new Set<number>();
    for (const m of found) {
      const token = record.tokens[m.token]!;
      for (let w = token.first; w <= token.last; w += 1) covered.add(w);
    }
    return (
      score + T.lengthPenalty * (1 - covered.size / record.wordCount) + (covered.has(0) ? 0 : T.startPenalty)
    );
  };

  return function searchTechniques(query, filters = {}) {
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

    const words = [...new Set(folded.match(WORD) ?? [])];
    const perWord = words.map(matchesOf);
    const optional = words.map(
      (word, i) => word.length < T.minMatchCharLength || perWord[i]!.termTechniques >= commonCount,
    );

    // Technique index → record index → what the record matched.
    const byTechnique = new Map<number, Map<number, RecordHit>>();
    perWord.forEach(({ matches }, i) => {
      for (const match of matches) {
        const technique = records[match.record]!.technique;
        let hits = byTechnique.get(technique);
        if (!hits) {
          const t = techniques[technique];
          if (!t || !matchesFilters(t, filters)) continue;
          hits = new Map();
          byTechnique.set(technique, hits);
        }
        let hit = hits.get(match.record);
        if (!hit) {
          hit = { record: match.record, best: [], tokens: new Set(), looseTokens: [] };
          hits.set(match.record, hit);
        }
        if (match.loose) hit.looseTokens.push([match.token, i]);
        else hit.tokens.add(match.token);
        const best = hit.best[i];
        if (!best || match.score < best.score) hit.best[i] = match;
      }
    });

    const hits: (TechniqueHit & { exact: boolean; fieldOrder: number })[] = [];
    for (const [index, recordHits] of byTechnique) {
      const technique = techniques[index]!;
      const scored = [...recordHits.values()]
        .filter(settleLoose)
        .map((hit) => ({ hit, score: recordScore(hit) }));
      // For each query word, the best record that has it.
      const chosen = words.map((_, i) =>
        scored
          .filter(({ hit }) => hit.best[i] !== undefined)
          .reduce<(typeof scored)[number] | undefined>(
            (a, b) => (a && a.score <= b.score ? a : b),
            undefined,
          ),
      );
      if (chosen.some((c, i) => c === undefined && !optional[i])) continue;
      const found = chosen.filter((c) => c !== undefined);
      if (found.length === 0) continue;

      const exactHit = scored.find(({ hit }) => records[hit.record]!.key === folded);
      const exact = exactHit !== undefined;
      const best = exactHit ?? found.reduce((a, b) => (b.score < a.score ? b : a));
      const missing = chosen.length - found.length;
      const score = exact
        ? 0
        : mean(found.map((c) => c.score)) +
          T.scatterPenalty * (new Set(found).size - 1) +
          T.missingPenalty * missing;

      const marked = (field: MatchedField, aliasIndex: number, text: string): MarkedText => {
        const hit = scored.find(({ hit }) => {
          const record = records[hit.record]!;
          return record.field === field && record.aliasIndex === aliasIndex;
        })?.hit;
        if (!hit) return { text, spans: [] };
        const record = records[hit.record]!;
        const ranges = [...hit.tokens].map((t) => record.tokens[t]!.range);
        return { text, spans: toWordSpans(record.original, record.folded, ranges) };
      };
      const name = marked('name', -1, technique.name);
      const aliases = technique.aliases.map((alias, i) => marked('alias', i, alias));
      const summary = marked('summary', -1, technique.summary);
      const matched = [name, ...aliases, summary].flatMap((m) => m.spans.map(([s, e]) => m.text.slice(s, e)));
      const field = records[best.hit.record]!.field;
      hits.push({
        technique,
        score,
        matchedBy: field,
        name,
        aliases,
        summary,
        matchedWords: [...new Set(matched)],
        exact,
        fieldOrder: FIELD_ORDER[field],
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
