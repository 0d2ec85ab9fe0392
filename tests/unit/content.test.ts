import { describe, expect, it } from 'vitest';
import {
  buildLibrary,
  ContentError,
  type ContentFiles,
  type ContentProblem,
} from '../../src/content/library';
import { countsTowardDailyCap, planTotal } from '../../src/engine/plan';
import { readContentDir } from '../../scripts/readContent';

const disk = readContentDir(process.cwd());
const LOWER_BACK = 'content/routines/partner-lower-back.json';
const BALL = 'content/routines/self-ball.json';
const EFFLEURAGE = 'content/techniques/effleurage.json';
const SAFETY = 'content/safety.json';
const PETRISSAGE = 'content/techniques/petrissage.json';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A deep copy of the real content with one file changed by `edit`. */
function withEdit(file: string, edit: (json: Json) => void, extra: ContentFiles = {}): ContentFiles {
  const files = structuredClone(disk.files) as Record<string, Json>;
  edit(files[file]!);
  return { ...files, ...extra };
}

function problemsOf(files: ContentFiles): ContentProblem[] {
  try {
    buildLibrary(files);
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  return [];
}

describe('the real library', () => {
  it('reads and passes every rule', () => {
    expect(disk.problems).toEqual([]);
    const library = buildLibrary(disk.files);
    expect(library.routines.map((r) => r.id).sort()).toEqual([
      'gentle-flare-up',
      'partner-full-back',
      'partner-lower-back',
      'partner-seated-upper-back',
      'partner-side-lying',
      'partner-upper-back',
      'self-ball',
      'self-ball-upper-back',
      'self-foam-roller',
      'warm-towel',
    ]);
    expect(library.techniques.filter((t) => t.kind === 'technique').length).toBeGreaterThanOrEqual(25);
  });

  it('marks the styles the seeds leave to professionals', () => {
    const { techniques } = buildLibrary(disk.files);
    const pro = techniques.filter((t) => t.professionalsOnly).map((t) => t.id);
    expect(pro).toEqual(expect.arrayContaining(['deep-tissue', 'sports']));
  });

  it('has the safety content PRODUCT.md lists', () => {
    const { safety } = buildLibrary(disk.files);
    const labels = [
      ...safety.redFlags,
      ...safety.stopSigns,
      ...safety.contraindications,
      ...safety.conditions,
    ].map((s) => s.label.toLowerCase());
    for (const word of [
      'bladder',
      'fever',
      'weight loss',
      'fall',
      'numbness',
      'tingling',
      'sharp',
      'wound',
      'rash',
      'disc',
      'arthritis',
      'osteoporosis',
    ]) {
      expect(
        labels.some((l) => l.includes(word)),
        word,
      ).toBe(true);
    }
    const rules = safety.rules.map((r) => r.text.toLowerCase());
    expect(
      rules.some((r) => r.includes('light or medium')),
      'untrained givers',
    ).toBe(true);
    const between = safety.betweenSessions.map((r) => r.text.toLowerCase());
    expect(
      between.some((r) => r.includes('tenderness') && r.includes('sharper')),
      'soreness',
    ).toBe(true);
    expect(labels).toEqual(expect.arrayContaining([expect.stringContaining('groin')]));
    expect(labels).toEqual(expect.arrayContaining([expect.stringContaining('chest pain')]));
  });

  it('asks every partner to agree a signal and to undress only as far as is comfortable', () => {
    const partner = buildLibrary(disk.files).routines.filter((r) => r.who === 'partner');
    expect(partner.length).toBeGreaterThanOrEqual(6);
    for (const r of partner) {
      const setup = r.setup.map((i) => i.text.toLowerCase());
      expect(
        setup.some((t) => t.includes('agree a signal')),
        r.id,
      ).toBe(true);
      expect(
        setup.some((t) => t.includes('undress only as far')),
        r.id,
      ).toBe(true);
    }
  });

  it('keeps the flare-up routine light and about five minutes long', () => {
    const flare = buildLibrary(disk.files).routines.find((r) => r.id === 'gentle-flare-up')!;
    expect(flare.steps.every((s) => s.pressure === 'light')).toBe(true);
    expect(Math.round(planTotal(flare) / 60_000)).toBe(5);
  });

  it('counts ball and roller routines toward the daily cap, and warmth alone not', () => {
    const { routines } = buildLibrary(disk.files);
    const capped = routines.filter(countsTowardDailyCap).map((r) => r.id);
    expect(capped.sort()).toEqual(['self-ball', 'self-ball-upper-back', 'self-foam-roller']);
  });

  it('never uses "shingles" alone as an alias: it is also an illness', () => {
    const { techniques } = buildLibrary(disk.files);
    expect(techniques.flatMap((t) => t.aliases.map((a) => a.toLowerCase()))).not.toContain('shingles');
  });
});

describe('a bad file names the file and the field', () => {
  const cases: [string, ContentFiles, string, string, RegExp][] = [
    [
      'a missing field',
      withEdit(LOWER_BACK, (r) => delete r.steps[1].pressure),
      LOWER_BACK,
      'steps[1].pressure',
      /./,
    ],
    [
      'a pressure that is not light, medium or firm',
      withEdit(LOWER_BACK, (r) => (r.steps[0].pressure = 'hard')),
      LOWER_BACK,
      'steps[0].pressure',
      /./,
    ],
    [
      'a default time outside its min and max',
      withEdit(LOWER_BACK, (r) => (r.steps[2].duration = { default: 400, min: 60, max: 300 })),
      LOWER_BACK,
      'steps[2].duration.default',
      /between min and max/,
    ],
    [
      'a seed file that does not exist',
      withEdit(LOWER_BACK, (r) => (r.steps[0].seeds = ['009'])),
      LOWER_BACK,
      'steps[0].seeds[0]',
      /./,
    ],
    [
      'a step citing no seed',
      withEdit(LOWER_BACK, (r) => (r.steps[0].seeds = [])),
      LOWER_BACK,
      'steps[0].seeds',
      /at least one seed/,
    ],
    [
      'an instruction too long to read at a glance',
      withEdit(LOWER_BACK, (r) => (r.steps[0].instruction = 'Glide slowly. '.repeat(20))),
      LOWER_BACK,
      'steps[0].instruction',
      /./,
    ],
    [
      'an unknown technique',
      withEdit(LOWER_BACK, (r) => (r.steps[0].technique = 'no-such-technique')),
      LOWER_BACK,
      'steps[0].technique',
      /unknown technique/,
    ],
    [
      'a firm step with no check-in',
      withEdit(LOWER_BACK, (r) => {
        const firm = r.steps.find((s: Json) => s.pressure === 'firm');
        delete firm.checkIn;
      }),
      LOWER_BACK,
      `steps[${(disk.files[LOWER_BACK] as Json).steps.findIndex((s: Json) => s.pressure === 'firm')}].checkIn`,
      /check-in/,
    ],
    [
      'pressure on the spine',
      withEdit(LOWER_BACK, (r) => (r.steps[0].bodyAreas = ['lower-back', 'spine'])),
      LOWER_BACK,
      'steps[0].bodyAreas[1]',
      /no-press zone/,
    ],
    [
      'pressure on a bone',
      withEdit(LOWER_BACK, (r) => (r.steps[0].bodyAreas = ['hip-bones'])),
      LOWER_BACK,
      'steps[0].bodyAreas[0]',
      /no-press zone/,
    ],
    [
      'a professionals-only style used as a step',
      withEdit(LOWER_BACK, (r) => (r.steps[0].technique = 'deep-tissue')),
      LOWER_BACK,
      'steps[0].technique',
      /left to professionals/,
    ],
    [
      'a self-massage routine over the daily cap',
      withEdit(BALL, (r) => {
        r.minutes = { min: 1, max: 60 };
        r.steps[0].duration = { default: 600, min: 60, max: 900 };
      }),
      BALL,
      'steps',
      /within 15 min even at its longest/,
    ],
    [
      'steps that do not add up to the routine’s stated time',
      withEdit(LOWER_BACK, (r) => (r.minutes = { min: 40, max: 50 })),
      LOWER_BACK,
      'minutes',
      /outside 40–50 min/,
    ],
    [
      'an unknown contraindication',
      withEdit(LOWER_BACK, (r) => r.contraindications.push('no-such-thing')),
      LOWER_BACK,
      `contraindications[${(disk.files[LOWER_BACK] as Json).contraindications.length}]`,
      /unknown contraindication/,
    ],
    [
      'an alias shared by two techniques',
      withEdit(PETRISSAGE, (t) => t.aliases.push('stroking')),
      PETRISSAGE,
      `aliases[${(disk.files[PETRISSAGE] as Json).aliases.length}]`,
      /"stroking" already names technique "effleurage"/,
    ],
    [
      'a step longer than its technique allows',
      withEdit(LOWER_BACK, (r) => (r.steps[0].duration = { default: 3000, min: 60, max: 3600 })),
      LOWER_BACK,
      'steps[0].duration.default',
      /outside/,
    ],
    [
      'a duplicate step id',
      withEdit(LOWER_BACK, (r) => (r.steps[1].id = r.steps[0].id)),
      LOWER_BACK,
      'steps[1].id',
      /used twice/,
    ],
    [
      'a routine whose file name does not match its id',
      withEdit(LOWER_BACK, (r) => (r.id = 'renamed')),
      LOWER_BACK,
      'id',
      /file name must match/,
    ],
    [
      'a variant of a technique that does not exist',
      withEdit(EFFLEURAGE, (t) => (t.variantOf = 'nothing')),
      EFFLEURAGE,
      'variantOf',
      /unknown technique/,
    ],
    [
      'a condition that leaves out a technique the library lacks',
      withEdit(SAFETY, (s) => (s.conditions[0].leaveOut = [{ techniques: ['no-such-technique'] }])),
      SAFETY,
      'conditions[0].leaveOut[0].techniques[0]',
      /unknown technique "no-such-technique"/,
    ],
    [
      'a condition without the guidance it follows',
      withEdit(SAFETY, (s) => delete s.conditions[1].source),
      SAFETY,
      'conditions[1].source',
      /./,
    ],
    [
      'a safety file with a red flag missing its advice',
      withEdit(SAFETY, (s) => delete s.redFlags[0].advice),
      SAFETY,
      'redFlags[0].advice',
      /./,
    ],
    [
      'a safety file with nothing to say between sessions',
      withEdit(SAFETY, (s) => (s.betweenSessions = [])),
      SAFETY,
      'betweenSessions',
      /./,
    ],
  ];

  it.each(cases)('%s', (_label, files, file, path, message) => {
    const problems = problemsOf(files);
    expect(problems.length, 'expected the bad file to be refused').toBeGreaterThan(0);
    expect(problems).toContainEqual(
      expect.objectContaining({ file, path, message: expect.stringMatching(message) }),
    );
  });

  it('a duplicate technique id across two files', () => {
    const copy = structuredClone(disk.files[EFFLEURAGE]);
    const problems = problemsOf({ ...disk.files, 'content/techniques/effleurage-copy.json': copy });
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'content/techniques/effleurage.json',
        path: 'id',
        message: expect.stringMatching(/used twice/),
      }),
    );
  });

  it('the error message lists file and field together', () => {
    const files = withEdit(LOWER_BACK, (r) => (r.steps[0].pressure = 'hard'));
    expect(() => buildLibrary(files)).toThrow(
      /content\/routines\/partner-lower-back\.json: steps\[0\]\.pressure/,
    );
  });

  it('a file that is not JSON is reported by name', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const root = mkdtempSync('/tmp/unknot-content-');
    mkdirSync(join(root, 'content/routines'), { recursive: true });
    writeFileSync(join(root, 'content/routines/broken.json'), '{ "id": ');
    const { problems } = readContentDir(root);
    expect(problems).toEqual([expect.objectContaining({ file: 'content/routines/broken.json', path: '' })]);
    expect(problems[0]!.message).toMatch(/not valid JSON/);
  });
});
