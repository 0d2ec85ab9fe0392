/** Facts carry over from the seeds, sentences don't: the check that finds shared runs of words. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSeedOverlaps, textsOf, wordsOf } from '../../src/content/seedOverlap';
import { readContentDir } from '../../scripts/readContent';

const seed = {
  name: '002',
  text: 'Start gently. Place your hands on the back. Use long, slow strokes. Move from the lower back to the shoulders.',
};
const field = (text: string) => ({ file: 'content/routines/x.json', path: 'steps[0].instruction', text });

describe('seed overlap', () => {
  it('reads words without case, punctuation, accents or apostrophes', () => {
    expect(wordsOf('Don’t  press, “Effleurage”—café 5–10 min!')).toEqual([
      'dont',
      'press',
      'effleurage',
      'cafe',
      '5',
      '10',
      'min',
    ]);
  });

  it('names the file, the field, the seed and the longest shared run', () => {
    const found = findSeedOverlaps(
      [field('Whole hands. Use LONG slow strokes: move from the lower back, then rest.')],
      [seed],
    );
    expect(found).toEqual([
      {
        file: 'content/routines/x.json',
        path: 'steps[0].instruction',
        seed: '002',
        length: 9,
        words: 'use long slow strokes move from the lower back',
      },
    ]);
  });

  it('lets five words in a row pass and catches six', () => {
    expect(findSeedOverlaps([field('Place your hands on the muscle.')], [seed])).toEqual([]);
    expect(findSeedOverlaps([field('Place your hands on the back gently.')], [seed])).toHaveLength(1);
  });

  it('reports two separate runs in one field apart', () => {
    const text = 'Start gently, place your hands on it. Later, use long slow strokes: move from there.';
    expect(findSeedOverlaps([field(text)], [seed]).map((o) => o.words)).toEqual([
      'start gently place your hands on',
      'use long slow strokes move from',
    ]);
  });

  it('finds every string in a content file with its path', () => {
    const texts = textsOf('content/routines/x.json', {
      id: 'x',
      steps: [{ instruction: 'Glide up.', seeds: ['002'] }],
      minutes: { min: 1 },
    });
    expect(texts.map((t) => t.path)).toEqual(['id', 'steps[0].instruction', 'steps[0].seeds[0]']);
  });

  // The seeds sit beside the project (../shared/seeds); a checkout without them skips this part.
  const seedsDir = resolve(process.cwd(), process.env.UNKNOT_SEEDS_DIR ?? '../shared/seeds');
  it.skipIf(!existsSync(seedsDir))('finds no run of six words from a seed in the real content', () => {
    const seeds = readdirSync(seedsDir)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => ({ name, text: readFileSync(join(seedsDir, name), 'utf8') }));
    expect(seeds.length).toBeGreaterThan(0);
    const { files } = readContentDir(process.cwd());
    const texts = Object.entries(files).flatMap(([file, json]) => textsOf(file, json));
    expect(findSeedOverlaps(texts, seeds)).toEqual([]);
  });
});
