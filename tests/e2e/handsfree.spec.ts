import { expect, test, type Page } from '@playwright/test';
import lowerBack from '../../content/routines/partner-lower-back.json' with { type: 'json' };
import { CHIME_NOTES } from '../../src/devices/chime';

// The fake clock runs every animation frame it skips over; still pictures keep long runs fast.
test.use({ reducedMotion: 'reduce' });

/**
 * Hands-free in a real browser. Headless Chromium has no voices, no speaker and no wake lock to look at,
 * so speech, Web Audio, the wake lock and vibration are replaced by recorders before the app loads, and
 * the test reads back what the app said, rang, buzzed and locked, in order.
 */

interface Entry {
  type: 'speak' | 'cancel' | 'chime' | 'vibrate' | 'lock' | 'unlock';
  detail?: string | number[];
}

declare global {
  interface Window {
    __record: Entry[];
  }
}

function installRecorders(page: Page) {
  return page.addInitScript(() => {
    const record: Entry[] = [];
    window.__record = record;

    // ---- Speech: a voice that writes down what it is asked to say.
    class FakeUtterance extends EventTarget {
      voice: unknown = null;
      lang = '';
      rate = 1;
      pitch = 1;
      volume = 1;
      onend: unknown = null;
      onerror: unknown = null;
      constructor(public text = '') {
        super();
      }
    }
    const voices = [
      { voiceURI: 'test-en-gb', name: 'Test English', lang: 'en-GB', localService: true, default: true },
    ];
    const synth = {
      speaking: false,
      pending: false,
      paused: false,
      onvoiceschanged: null,
      getVoices: () => voices,
      speak(u: FakeUtterance) {
        // The silent utterance that unlocks speech on iOS says nothing.
        if (u.text.trim() !== '' && u.volume > 0) record.push({ type: 'speak', detail: u.text });
      },
      cancel: () => record.push({ type: 'cancel' }),
      pause() {},
      resume() {},
      addEventListener() {},
      removeEventListener() {},
      dispatchEvent: () => true,
    };
    Object.defineProperty(window, 'speechSynthesis', { configurable: true, get: () => synth });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', {
      configurable: true,
      writable: true,
      value: FakeUtterance,
    });

    // ---- Web Audio: each chime is the notes started in one go.
    let chime: number[] | null = null;
    const param = () => ({
      value: 0,
      setValueAtTime: () => undefined,
      linearRampToValueAtTime: () => undefined,
      exponentialRampToValueAtTime: () => undefined,
    });
    class FakeAudioContext {
      state = 'running';
      currentTime = 0;
      destination = {};
      resume = () => Promise.resolve();
      createGain = () => ({ gain: param(), connect: () => undefined });
      createBuffer = () => ({});
      createBufferSource = () => ({ buffer: null, connect: () => undefined, start: () => undefined });
      createOscillator() {
        const frequency = {
          ...param(),
          setValueAtTime(hz: number) {
            if (!chime) {
              chime = [];
              record.push({ type: 'chime', detail: chime });
              queueMicrotask(() => (chime = null));
            }
            chime.push(hz);
          },
        };
        return {
          type: 'sine',
          frequency,
          connect: () => undefined,
          start: () => undefined,
          stop: () => undefined,
        };
      }
    }
    Object.defineProperty(window, 'AudioContext', {
      configurable: true,
      writable: true,
      value: FakeAudioContext,
    });

    // ---- Screen Wake Lock.
    Object.defineProperty(navigator, 'wakeLock', {
      configurable: true,
      value: {
        async request() {
          record.push({ type: 'lock' });
          const sentinel = Object.assign(new EventTarget(), {
            type: 'screen',
            released: false,
            async release() {
              if (sentinel.released) return;
              sentinel.released = true;
              record.push({ type: 'unlock' });
              sentinel.dispatchEvent(new Event('release'));
            },
          });
          return sentinel;
        },
      },
    });

    // ---- Vibration.
    Object.defineProperty(navigator, 'vibrate', {
      configurable: true,
      value: (pattern: number | number[]) => {
        record.push({ type: 'vibrate', detail: ([] as number[]).concat(pattern) });
        return true;
      },
    });
  });
}

const chimeNames = new Map(Object.entries(CHIME_NOTES).map(([name, notes]) => [notes[0]!.frequency, name]));

/** What happened, one short line each: "say: Halfway.", "chime: step", "buzz: 60", "lock". */
async function timeline(page: Page): Promise<string[]> {
  const record = await page.evaluate(() => window.__record);
  return record.map((e) => {
    switch (e.type) {
      case 'speak':
        return `say: ${e.detail as string}`;
      case 'chime':
        return `chime: ${chimeNames.get((e.detail as number[])[0]!) ?? '?'}`;
      case 'vibrate':
        return `buzz: ${(e.detail as number[]).join(',')}`;
      default:
        return e.type;
    }
  });
}

const spoken = async (page: Page) => (await timeline(page)).filter((l) => l.startsWith('say: '));
const clearRecord = (page: Page) => page.evaluate(() => void (window.__record.length = 0));

const steps = lowerBack.steps;
const stepOf = (n: number) => `Step ${n} of ${steps.length}`;
const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

async function startSession(page: Page) {
  await installRecorders(page);
  // A paused fake clock: time moves only when the test says, so every cue falls at a known moment.
  await page.clock.install({ time: new Date('2026-11-21T20:00:00') });
  await page.clock.pauseAt(new Date('2026-11-21T20:00:01'));
  await page.goto('/');
  await page.locator('html[data-live]').waitFor({ state: 'attached' });
  await page.getByRole('link', { name: /Partner lower back/ }).click();
  await page.getByRole('button', { name: 'Start session' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('timer')).toHaveText(clock(steps[0]!.duration.default));
}

const firstStep = [
  'say: Flat-hand gliding.',
  'say: Use flat hands, medium pressure.',
  'say: Hands flat either side of the spine near the hips.',
  'say: Glide up to the middle of the back, return, repeat.',
];
const secondStep = [
  'say: Heel-of-hand circles.',
  'say: Use the heels of your hands, medium pressure.',
  'say: Heels of the hands low beside the spine.',
  'say: Circle outward and upward around the hips and lower back.',
];

test('speaks, chimes and buzzes each cue of the partner lower-back routine in order', async ({ page }) => {
  await startSession(page);
  // Start: the screen is kept on; anything still queued is cancelled, then the first step is said.
  expect(await timeline(page)).toEqual(['lock', 'cancel', ...firstStep, 'chime: step', 'buzz: 250']);

  // Step lengths as written, in ms: each cue falls at a known moment of its step.
  const first = steps[0]!.duration.default * 1000;
  const second = steps[1]!.duration.default * 1000;
  const third = steps[2]!.duration.default * 1000;
  await clearRecord(page);
  await page.clock.runFor(first / 2);
  expect(await timeline(page)).toEqual(['say: Halfway.', 'buzz: 60']);

  await clearRecord(page);
  await page.clock.runFor(first / 2 - 10_000);
  expect(await timeline(page)).toEqual([
    'say: Ten seconds left.',
    'say: Next up: Heel-of-hand circles.',
    'chime: ten-seconds',
    'buzz: 40,60,40',
  ]);

  // Step 2 (with a check-in a third of the way), then step 3, worked one side at a time, to its switch.
  await clearRecord(page);
  await page.clock.runFor(10_000 + second + third / 2);
  await expect(page.getByText(stepOf(3))).toBeVisible();
  expect(await timeline(page)).toEqual([
    'cancel',
    ...secondStep,
    'chime: step',
    'buzz: 250',
    'say: Check in.',
    'say: Ask: is this pressure all right?',
    'buzz: 80,80,80',
    'say: Halfway.',
    'buzz: 60',
    'say: Ten seconds left.',
    'say: Next up: Fingertips along the top of the glutes.',
    'chime: ten-seconds',
    'buzz: 40,60,40',
    'cancel',
    'say: Fingertips along the top of the glutes.',
    'say: Use your fingertips, medium pressure.',
    'say: Start on their left side.',
    'say: Fingertips beside the base of the spine.',
    'say: Press in and glide out along the top of the buttock.',
    'chime: step',
    'buzz: 250',
    'say: Check in.',
    'say: Ask: how does that feel?',
    'buzz: 80,80,80',
    'say: Switch sides.',
    'chime: switch-sides',
    'buzz: 120,100,120',
  ]);
});

test('after a 60-second jump only the current step is spoken, once', async ({ page }) => {
  await startSession(page);
  await page.clock.runFor((steps[0]!.duration.default - 30) * 1000);
  await clearRecord(page);
  // A locked phone: no timers run, then the clock has moved on by a minute.
  await page.clock.fastForward(60_000);
  await expect(page.getByText(stepOf(2))).toBeVisible();
  expect(await timeline(page)).toEqual(['cancel', ...secondStep, 'chime: step', 'buzz: 250']);
  // Nothing else is owed: no "ten seconds left" from the step that went by while locked.
  await page.clock.runFor(5000);
  expect(await spoken(page)).toEqual(secondStep);
});

test('pause lets the screen sleep; resume keeps it awake and counts in aloud', async ({ page }) => {
  await startSession(page);
  await page.clock.runFor(20_000);
  await clearRecord(page);
  await page.getByRole('button', { name: 'Pause' }).click();
  expect(await timeline(page)).toEqual(['unlock', 'cancel']);

  await page.clock.runFor(30_000);
  await clearRecord(page);
  await page.getByRole('button', { name: 'Resume' }).click();
  await expect(page.getByText(/Get ready/)).toBeVisible();
  expect(await timeline(page)).toEqual(['lock', 'cancel', 'say: Get ready.', 'say: Three, two, one.']);
  // The count holds the clock; the step then carries on where it was, with no cue repeated.
  await page.clock.runFor(3000 + 10_000);
  await expect(page.getByRole('timer')).toHaveText(clock(steps[0]!.duration.default - 30));
  expect(await spoken(page)).toEqual(['say: Get ready.', 'say: Three, two, one.']);
});

test('settings: with the voice off the session is silent but still chimes; Test voice speaks', async ({
  page,
}) => {
  await installRecorders(page);
  await page.clock.install({ time: new Date('2026-11-21T20:00:00') });
  await page.clock.pauseAt(new Date('2026-11-21T20:00:01'));
  await page.goto('/settings');
  await page.getByRole('button', { name: 'Test voice' }).click();
  expect(await spoken(page)).toEqual([
    'say: Flat-hand gliding.',
    'say: Use flat hands, medium pressure.',
    'say: Ten seconds left.',
  ]);
  await page.getByRole('checkbox', { name: 'Speak steps and cues aloud' }).uncheck();
  await page.getByRole('checkbox', { name: 'Vibrate on each cue' }).uncheck();

  await page.goto('/routines/partner-lower-back/check');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('timer')).toBeVisible();
  // Through the first step, to the start of the second.
  await page.clock.runFor(steps[0]!.duration.default * 1000);
  expect(await timeline(page)).toEqual(['lock', 'chime: step', 'chime: ten-seconds', 'chime: step']);
});

test('a tab closed for five minutes reopens paused where it was, silent until the person chooses', async ({
  page,
  context,
}) => {
  await startSession(page);
  await page.clock.runFor(20_000);
  await page.close();

  const later = await context.newPage();
  await installRecorders(later);
  await later.clock.install({ time: new Date('2026-11-21T20:05:30') });
  await later.goto('/session');
  await expect(later.getByRole('heading', { level: 1, name: 'Pick up where you left off?' })).toBeVisible();
  await expect(later.getByText(steps[0]!.name)).toBeVisible();
  await expect(later.getByRole('button', { name: 'Start again' })).toBeVisible();
  await expect(later.getByRole('button', { name: 'End session' })).toBeVisible();
  await later.clock.runFor(10_000);
  expect(await spoken(later)).toEqual([]);

  await later.getByRole('button', { name: 'Pick up where I left off' }).click();
  await expect(later.getByText(stepOf(1))).toBeVisible();
  await expect(later.getByRole('timer')).toHaveText(clock(steps[0]!.duration.default - 20));
  await expect(later.getByRole('button', { name: 'Resume' })).toBeVisible();
  await later.clock.runFor(10_000);
  expect(await spoken(later)).toEqual([]);
});

test('"Start again" after a closed tab starts the routine from its first step', async ({ page, context }) => {
  await startSession(page);
  await page.getByRole('button', { name: 'Next step' }).click();
  await page.clock.runFor(10_000);
  await page.close();

  const later = await context.newPage();
  await installRecorders(later);
  await later.clock.install({ time: new Date('2026-11-21T21:00:00') });
  await later.goto('/session');
  await later.getByRole('button', { name: 'Start again' }).click();
  await expect(later.getByText(stepOf(1))).toBeVisible();
  await expect(later.getByRole('timer')).toHaveText(clock(steps[0]!.duration.default));
  expect(await spoken(later)).toEqual(firstStep);
});

test('a session reopened on another page says nothing, however soon', async ({ page, context }) => {
  await startSession(page);
  await page.clock.runFor(5_000);
  await page.close();

  const other = await context.newPage();
  await installRecorders(other);
  await other.clock.install({ time: new Date('2026-11-21T20:00:10') });
  await other.goto('/techniques');
  await expect(other.getByRole('heading', { level: 1 })).toBeVisible();
  await other.clock.runFor(30_000);
  expect(await spoken(other)).toEqual([]);
});
