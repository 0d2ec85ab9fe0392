import { expect, test, type Page } from '@playwright/test';
import lowerBack from '../../content/routines/partner-lower-back.json' with { type: 'json' };
import { clearRecord, installRecorders, spoken, timeline } from './recorders';

// The fake clock runs every animation frame it skips over; still pictures keep long runs fast.
test.use({ reducedMotion: 'reduce' });

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
  // The count, then the step again: Android's pause() drops what was queued, and the giver may have
  // forgotten where they were.
  expect(await timeline(page)).toEqual([
    'lock',
    'cancel',
    'say: Get ready.',
    'say: Three, two, one.',
    ...firstStep,
  ]);
  // The count holds the clock; the step then carries on where it was, with no cue repeated.
  await page.clock.runFor(3000 + 10_000);
  await expect(page.getByRole('timer')).toHaveText(clock(steps[0]!.duration.default - 30));
  expect(await spoken(page)).toEqual(['say: Get ready.', 'say: Three, two, one.', ...firstStep]);
});

test('a hung utterance is cancelled and the next cue is still spoken', async ({ page }) => {
  // Chrome's fault: the step's last line starts and its end never comes, and the queue behind it waits.
  const stuck = 'Glide up to the middle of the back, return, repeat.';
  await installRecorders(page, { hangOn: stuck });
  await page.clock.install({ time: new Date('2026-11-21T20:00:00') });
  await page.clock.pauseAt(new Date('2026-11-21T20:00:01'));
  await page.goto('/routines/partner-lower-back/check');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('timer')).toBeVisible();
  await page.clock.runFor(10_000);
  expect(await page.evaluate(() => window.__aloud)).toEqual(firstStep.map((l) => l.slice('say: '.length)));

  // The watchdog gives up on it well before halfway; "Halfway." is then said.
  await clearRecord(page);
  await page.clock.runFor((steps[0]!.duration.default / 2) * 1000 - 10_000);
  expect(await timeline(page)).toEqual(['cancel', 'say: Halfway.', 'buzz: 60']);
  expect(await page.evaluate(() => window.__aloud)).toEqual(['Halfway.']);
});

test('settings: with only online voices it says so, stays silent, and speaks once allowed', async ({
  page,
}) => {
  await installRecorders(page, {
    voices: [
      {
        voiceURI: 'Google UK English Female',
        name: 'Google UK English Female',
        lang: 'en-GB',
        localService: false,
        default: true,
      },
    ],
  });
  await page.goto('/settings');
  const voice = page.getByRole('group', { name: 'Voice' });
  await expect(voice.getByRole('note')).toHaveText(/Every voice on this device runs online/);
  await page.getByRole('button', { name: 'Test voice' }).click();
  expect(await spoken(page)).toEqual([]);

  await page.getByRole('checkbox', { name: 'Use an online voice' }).check();
  await expect(voice.getByRole('note')).toBeHidden();
  await page.getByRole('button', { name: 'Test voice' }).click();
  expect(await spoken(page)).toEqual([
    'say: Flat-hand gliding.',
    'say: Use flat hands, medium pressure.',
    'say: Ten seconds left.',
  ]);
  // Chosen on this device and kept: a session now speaks with the online voice.
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Use an online voice' })).toBeChecked();
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
