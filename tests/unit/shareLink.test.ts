/** A routine in a link: the codec gives back what it was given, and nothing it is handed can hurt. */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { routines } from '../../src/content';
import {
  authoredSteps,
  pressuresFor,
  RoutineSpec,
  sidesFor,
  type AuthoredStep,
  sameSpec,
  type StepRef,
} from '../../src/content/compose';
import {
  decodeShare,
  encodeShare,
  payloadOfHash,
  shareHash,
  shareUrl,
  SHARE_MAX_CHARS,
} from '../../src/content/shareLink';
import { openShared } from '../../src/features/share/openShared';
import { WHO } from '../../src/lib/vocabulary';

const library = authoredSteps(routines);

/** A reference to a real step, with a time, pressure and side that step allows. */
const refTo = ({ routine, step }: AuthoredStep) =>
  fc.record({
    routine: fc.constant(routine.id),
    step: fc.constant(step.id),
    seconds: fc.integer({ min: step.duration.min, max: step.duration.max }),
    pressure: fc.constantFrom(...pressuresFor(step)),
    side: fc.constantFrom(...sidesFor(step)),
  }) satisfies fc.Arbitrary<StepRef>;

/** Any name a person can type, up to the limit (emoji and accents included). */
const name = fc
  .string({ unit: 'grapheme', maxLength: 60 })
  .filter((n) => RoutineSpec.safeParse({ name: n, who: 'self', steps: [] }).success);

/** A routine a person could build: a name, who it is for, and up to 40 of the library's steps for them. */
const validSpec: fc.Arbitrary<RoutineSpec> = fc.constantFrom(...WHO).chain((who) =>
  fc.record({
    name,
    who: fc.constant(who),
    steps: fc.array(fc.constantFrom(...library.filter((a) => a.routine.who === who)).chain(refTo), {
      maxLength: 40,
    }),
  }),
);

const isValid = (result: ReturnType<typeof decodeShare>) =>
  !result.ok || RoutineSpec.safeParse(result.spec).success;

/** What the codec does to the JSON, done by hand, so tests can write payloads of any shape. */
const base64url = (text: string) =>
  btoa(String.fromCharCode(...new TextEncoder().encode(text)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

const BASE64URL = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'];

/** A ten-step partner routine with the longest ids in the library and a name at its limit. */
function longTenSteps(): RoutineSpec {
  const partner = library.filter((a) => a.routine.who === 'partner');
  const longest = [...partner]
    .sort((a, b) => b.routine.id.length + b.step.id.length - (a.routine.id.length + a.step.id.length))
    .slice(0, 10);
  return {
    name: 'Our Sunday evening back routine, shoulders first, then lower',
    who: 'partner',
    steps: longest.map(({ routine, step }) => ({
      routine: routine.id,
      step: step.id,
      seconds: step.duration.max,
      pressure: step.pressure,
      side: step.side,
    })),
  };
}

/** Ten thousand cases take a few seconds; a busy machine may take several times that. */
const SLOW = 120_000;

describe('share link codec', () => {
  it(
    'gives back the same routine for any routine built from the library',
    () => {
      fc.assert(
        fc.property(validSpec, (spec) => {
          const payload = encodeShare(spec);
          expect(payload).toMatch(/^1\.[A-Za-z0-9_-]+$/);
          expect(decodeShare(payload)).toEqual({ ok: true, spec });
          expect(decodeShare(payloadOfHash(shareHash(spec)))).toEqual({ ok: true, spec });
        }),
        { numRuns: 10_000 },
      );
    },
    SLOW,
  );

  it('keeps a ten-step routine short enough for a QR code', () => {
    // A ready routine's ten steps as written, under a name of the full 60 letters: 526 characters.
    const upper = routines.find((r) => r.id === 'partner-upper-back')!;
    const written: RoutineSpec = {
      name: 'Our Sunday evening back routine, shoulders first, then lower',
      who: 'partner',
      steps: upper.steps.map((step) => ({
        routine: upper.id,
        step: step.id,
        seconds: step.duration.default,
        pressure: step.pressure,
        side: step.side,
      })),
    };
    expect(written.name).toHaveLength(60);
    expect(written.steps).toHaveLength(10);
    expect(encodeShare(written).length).toBeLessThan(600);
    expect(shareUrl('https://unknot.example', written).length).toBeLessThan(640);
    // The ten longest step ids in the library, from three routines: 633 characters.
    const longest = longTenSteps();
    expect(encodeShare(longest).length).toBeLessThan(660);
    expect(decodeShare(encodeShare(longest))).toEqual({ ok: true, spec: longest });
  });

  it(
    'never throws on random text, and anything it accepts is a valid routine',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(
            fc.string({ unit: 'binary', maxLength: 200 }),
            fc.string({ unit: 'grapheme', maxLength: 200 }),
            fc.stringMatching(/^[0-9]{0,2}\.?[A-Za-z0-9_-]{0,300}$/),
            fc.json().map((json) => `1.${base64url(json)}`),
          ),
          (text) => isValid(decodeShare(text)),
        ),
        { numRuns: 10_000 },
      );
    },
    SLOW,
  );

  it(
    'never throws on a real link cut short, with characters changed, added or removed',
    () => {
      const mangled = validSpec.chain((spec) => {
        const payload = encodeShare(spec);
        return fc.oneof(
          fc.nat({ max: payload.length - 1 }).map((end) => ({ payload: payload.slice(0, end), cut: true })),
          fc
            .tuple(
              fc.nat({ max: payload.length - 1 }),
              fc.constantFrom(...BASE64URL, '=', '+', '/', '%', 'é'),
            )
            .map(([at, c]) => ({ payload: payload.slice(0, at) + c + payload.slice(at + 1), cut: false })),
          fc
            .tuple(fc.nat({ max: payload.length }), fc.constantFrom(...BASE64URL, ' ', '.', '#'))
            .map(([at, c]) => ({ payload: payload.slice(0, at) + c + payload.slice(at), cut: false })),
          fc
            .nat({ max: payload.length - 1 })
            .map((at) => ({ payload: payload.slice(0, at) + payload.slice(at + 1), cut: false })),
        );
      });
      fc.assert(
        fc.property(mangled, ({ payload, cut }) => {
          const result = decodeShare(payload);
          // A link cut short always loses its closing bracket, so it is never taken for a routine.
          if (cut) expect(result.ok).toBe(false);
          return isValid(result);
        }),
        { numRuns: 10_000 },
      );
    },
    SLOW,
  );

  it('names why a link cannot be read', () => {
    const payload = encodeShare(longTenSteps());
    const body = payload.slice(2);
    const b64 = (json: unknown) => `1.${base64url(JSON.stringify(json))}`;
    const step = [0, 'flat-hand-gliding', 300, 1, 0];
    const cases: [unknown, string][] = [
      ['', 'missing'],
      [undefined, 'missing'],
      [42, 'missing'],
      [`1.${'A'.repeat(SHARE_MAX_CHARS)}`, 'too-long'],
      [`2.${body}`, 'version'],
      [`0.${body}`, 'version'],
      [body, 'damaged'],
      [`v1.${body}`, 'damaged'],
      ['1.', 'damaged'],
      ['1.@@@@', 'damaged'],
      ['1.A', 'damaged'],
      [`1.${base64url('not json')}`, 'damaged'],
      [`1.${base64url('[1,2')}`, 'damaged'],
      // Bytes that are not UTF-8.
      ['1.__8', 'damaged'],
      [b64({ name: 'x' }), 'not-a-routine'],
      [b64(['x', 0, ['partner-lower-back']]), 'not-a-routine'],
      [b64(['x', 2, ['partner-lower-back'], [step]]), 'not-a-routine'],
      [b64(['x', 0, ['partner-lower-back'], [[1, 'flat-hand-gliding', 300, 1, 0]]]), 'not-a-routine'],
      [b64(['x', 0, ['partner-lower-back'], [[-1, 'flat-hand-gliding', 300, 1, 0]]]), 'not-a-routine'],
      [b64(['x', 0, ['partner-lower-back'], [[0.5, 'flat-hand-gliding', 300, 1, 0]]]), 'not-a-routine'],
      [b64(['x', 0, ['partner-lower-back'], [[0, 'flat-hand-gliding', 300, 3, 0]]]), 'not-a-routine'],
      [b64(['x', 0, ['partner-lower-back'], [[0, 'flat-hand-gliding', 300.5, 1, 0]]]), 'not-a-routine'],
      [b64(['x', 0, ['partner-lower-back'], [[0, 'flat-hand-gliding', '300', 1, 0]]]), 'not-a-routine'],
      [
        b64(['x', 0, ['partner-lower-back'], [[0, 'flat-hand-gliding', 300, 1, 0, 'extra']]]),
        'not-a-routine',
      ],
      [b64(['x'.repeat(61), 0, ['partner-lower-back'], [step]]), 'not-a-routine'],
      [b64(['x', 0, ['partner-lower-back'], Array(41).fill(step)]), 'not-a-routine'],
      [b64(['x', 0, ['__proto__'], [[0, 'constructor', 300, 1, 0]]]), 'ok'],
    ];
    for (const [input, reason] of cases) {
      const result = decodeShare(input);
      if (reason === 'ok') expect(result.ok, String(input)).toBe(true);
      else expect(result, String(input)).toEqual({ ok: false, reason });
    }
  });

  it('finds the payload in an address hash, escaped or not', () => {
    expect(payloadOfHash('#r=1.abc')).toBe('1.abc');
    expect(payloadOfHash('#x=1&r=1.abc%2D')).toBe('1.abc-');
    expect(payloadOfHash('#r=1.abc%E0%A4%A')).toBe('1.abc%E0%A4%A');
    expect(payloadOfHash('#r=')).toBe('');
    expect(payloadOfHash('')).toBe('');
    expect(payloadOfHash('#something')).toBe('');
  });

  it('tells the same routine from a changed one', () => {
    const spec = longTenSteps();
    const copy = structuredClone(spec);
    expect(sameSpec(spec, copy)).toBe(true);
    expect(sameSpec(spec, { ...copy, name: 'Other' })).toBe(false);
    expect(sameSpec(spec, { ...copy, steps: copy.steps.slice(1) })).toBe(false);
    copy.steps[3]!.seconds += 1;
    expect(sameSpec(spec, copy)).toBe(false);
  });
});

const snapshot = () =>
  Object.fromEntries(
    Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i)!).map((key) => [
      key,
      localStorage.getItem(key),
    ]),
  );

describe('opening a shared link', () => {
  it('never touches what is saved, whatever the link holds', () => {
    localStorage.setItem('unknot:routines', JSON.stringify({ state: { routines: [] }, version: 1 }));
    localStorage.setItem('unknot:history', '{"broken":');
    const before = snapshot();
    const writes = vi.spyOn(Storage.prototype, 'setItem');
    const removes = vi.spyOn(Storage.prototype, 'removeItem');
    const reads = vi.spyOn(Storage.prototype, 'getItem');
    fc.assert(
      fc.property(
        fc.oneof(
          validSpec.map((spec) => shareHash(spec)),
          fc.string().map((s) => `#r=${s}`),
        ),
        (hash) => {
          openShared(hash);
        },
      ),
      { numRuns: 500 },
    );
    expect(writes).not.toHaveBeenCalled();
    expect(removes).not.toHaveBeenCalled();
    expect(reads).not.toHaveBeenCalled();
    vi.restoreAllMocks();
    expect(snapshot()).toEqual(before);
  });

  it('opens a routine built from the library, and refuses one that breaks its rules', () => {
    const lower = routines.find((r) => r.id === 'partner-lower-back')!;
    const spec: RoutineSpec = {
      name: 'Lower back, short',
      who: 'partner',
      steps: lower.steps.slice(0, 3).map((step) => ({
        routine: lower.id,
        step: step.id,
        seconds: step.duration.default,
        pressure: step.pressure,
        side: step.side,
      })),
    };
    const opened = openShared(shareHash(spec));
    expect(opened.ok && opened.routine.steps.map((s) => s.name)).toEqual(
      lower.steps.slice(0, 3).map((s) => s.name),
    );

    const firmer = structuredClone(spec);
    firmer.steps[0]!.pressure = 'firm';
    const refused = openShared(shareHash(firmer));
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.reasons).toContain(
      `Step 1: This step goes no firmer than ${lower.steps[0]!.pressure}.`,
    );

    const unknown = structuredClone(spec);
    unknown.steps[1]!.step = 'run-with-scissors';
    expect(openShared(shareHash(unknown))).toEqual({
      ok: false,
      reasons: ['It names steps this version of Unknot does not have.'],
    });

    expect(openShared(shareHash({ ...spec, who: 'self' })).ok).toBe(false);
    expect(openShared(shareHash({ ...spec, name: ' ' })).ok).toBe(false);
    expect(openShared(shareHash({ ...spec, steps: [] })).ok).toBe(false);
  });
});
