/**
 * Facts carry over from the seed articles; sentences don't. This finds runs of words that a content
 * text shares with a seed, so `npm run content:check` can name the file and field to rewrite.
 * Pure: texts in, runs out. The seeds are read from disk by the caller; the app never imports this.
 */
import { formatPath } from './paths.ts';

/** Shorter runs are everyday phrases ("on the muscle beside the spine" is five). */
export const MIN_SHARED_WORDS = 6;

/** One string in a content file, with the path of its field. */
export interface ContentText {
  file: string;
  path: string;
  text: string;
}

export interface SeedText {
  /** How the report names the seed, e.g. its file name. */
  name: string;
  text: string;
}

export interface SeedOverlap {
  file: string;
  path: string;
  seed: string;
  /** How many words in a row the field shares with the seed. */
  length: number;
  /** The shared words, normalised. */
  words: string;
}

/**
 * Lower case, accents and apostrophes dropped ("don’t" → "dont"), every other mark a word break, so
 * "Long, slow strokes." and "long slow strokes" are the same three words.
 */
export function wordsOf(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Every string in a parsed JSON value, with its path (`steps[2].instruction`). */
export function textsOf(file: string, value: unknown): ContentText[] {
  const out: ContentText[] = [];
  const walk = (v: unknown, path: PropertyKey[]) => {
    if (typeof v === 'string') out.push({ file, path: formatPath(path), text: v });
    else if (Array.isArray(v)) v.forEach((item, i) => walk(item, [...path, i]));
    else if (v !== null && typeof v === 'object') {
      for (const [key, item] of Object.entries(v)) walk(item, [...path, key]);
    }
  };
  walk(value, []);
  return out;
}

/**
 * Each longest run of at least `minWords` words that a text shares with a seed, in the order of the
 * texts. Runs are counted over the normalised words, across sentence breaks on both sides.
 */
export function findSeedOverlaps(
  texts: readonly ContentText[],
  seeds: readonly SeedText[],
  minWords: number = MIN_SHARED_WORDS,
): SeedOverlap[] {
  // Every run of `minWords` words in the seeds, and which seeds hold it.
  const grams = new Map<string, Set<string>>();
  for (const seed of seeds) {
    const words = wordsOf(seed.text);
    for (let i = 0; i + minWords <= words.length; i++) {
      const key = words.slice(i, i + minWords).join(' ');
      const owners = grams.get(key) ?? new Set<string>();
      owners.add(seed.name);
      grams.set(key, owners);
    }
  }

  const found: SeedOverlap[] = [];
  for (const { file, path, text } of texts) {
    const words = wordsOf(text);
    // For each seed, the windows of the text it shares, joined into runs where they touch.
    const runs = new Map<string, { start: number; end: number }[]>();
    for (let i = 0; i + minWords <= words.length; i++) {
      const owners = grams.get(words.slice(i, i + minWords).join(' '));
      for (const seed of owners ?? []) {
        const list = runs.get(seed) ?? [];
        const last = list.at(-1);
        if (last && i <= last.end - minWords + 1) last.end = i + minWords;
        else list.push({ start: i, end: i + minWords });
        runs.set(seed, list);
      }
    }
    for (const [seed, list] of runs) {
      for (const { start, end } of list) {
        found.push({ file, path, seed, length: end - start, words: words.slice(start, end).join(' ') });
      }
    }
  }
  return found;
}

export function formatOverlap(o: SeedOverlap): string {
  return `  ${o.file}: ${o.path} — ${o.length} words in a row from seed ${o.seed}: “${o.words}”`;
}
