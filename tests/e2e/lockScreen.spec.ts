import { expect, test, type Page } from '@playwright/test';
import lowerBack from '../../content/routines/partner-lower-back.json' with { type: 'json' };
import { clearRecord, installRecorders, spoken, type MediaEntry } from './recorders';

// The fake clock runs every animation frame it skips over; still pictures keep long runs fast.
test.use({ reducedMotion: 'reduce' });

/**
 * Lock-screen and headset controls. Chrome shows them only while the page plays a media element, so a
 * session plays a near-silent clip through one. Here the audio element and the Media Session are the
 * browser's own, watched by the recorder: the clip must really load under the page's policy, and the
 * browser checks every position given. What a phone's lock screen then draws is for a real phone.
 */

const steps = lowerBack.steps;
const stepOf = (n: number) => `Step ${n} of ${steps.length}`;
const totalS = steps.reduce((sum, s) => sum + s.duration.default, 0);

const mediaOf = (page: Page, type: MediaEntry['type']) =>
  page.evaluate((type) => window.__media.filter((e) => e.type === type).map((e) => e.detail), type);

/** The page's audio elements: how many, and whether each is playing. */
const audios = (page: Page) =>
  page.evaluate(() =>
    window.__audios.map((a) => ({ src: new URL(a.src).pathname, loop: a.loop, playing: !a.paused })),
  );

async function startSession(page: Page) {
  await installRecorders(page);
  await page.clock.install({ time: new Date('2026-11-21T20:00:00') });
  await page.clock.pauseAt(new Date('2026-11-21T20:00:01'));
  await page.goto('/');
  await page.locator('html[data-live]').waitFor({ state: 'attached' });
  // A plain page makes no audio element.
  expect(await page.evaluate(() => document.querySelectorAll('audio').length)).toBe(0);
  expect(await audios(page)).toEqual([]);
  await page.getByRole('link', { name: /Partner lower back/ }).click();
  await page.getByRole('button', { name: 'Start session' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('timer')).toBeVisible();
}

test('a near-silent clip plays while the session runs; pause and the end stop it', async ({ page }) => {
  await startSession(page);
  await expect.poll(() => audios(page)).toEqual([{ src: '/sounds/hush.wav', loop: true, playing: true }]);
  // The clip really loads under the Content-Security-Policy, and is long enough for Android's controls.
  const clip = await page.evaluate(async () => {
    const audio = window.__audios[0]!;
    if (audio.readyState < 1)
      await new Promise((resolve) => audio.addEventListener('loadedmetadata', resolve, { once: true }));
    return { duration: audio.duration, error: audio.error?.code ?? null };
  });
  expect(clip.error).toBeNull();
  expect(clip.duration).toBeGreaterThanOrEqual(5);

  await page.getByRole('button', { name: 'Pause' }).click();
  await expect.poll(() => audios(page)).toEqual([{ src: '/sounds/hush.wav', loop: true, playing: false }]);
  await page.getByRole('button', { name: 'Resume' }).click();
  await expect.poll(() => audios(page)).toEqual([{ src: '/sounds/hush.wav', loop: true, playing: true }]);

  // On to the end: the same element throughout, stopped when the session finishes.
  for (let n = 1; n < steps.length; n++) await page.getByRole('button', { name: 'Next step' }).click();
  await expect(page.getByText(stepOf(steps.length))).toBeVisible();
  await page.getByRole('button', { name: 'Next step' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/./);
  await expect.poll(() => audios(page)).toEqual([{ src: '/sounds/hush.wav', loop: true, playing: false }]);
  expect(await mediaOf(page, 'playback')).toContain('none');
  expect(await page.evaluate(() => navigator.mediaSession.metadata)).toBeNull();
});

test('the lock screen shows the step, the routine and the time left, and follows the steps', async ({
  page,
}) => {
  await startSession(page);
  const first = steps[0]!.duration.default;
  expect(await page.evaluate(() => navigator.mediaSession.playbackState)).toBe('playing');
  expect(await mediaOf(page, 'metadata')).toEqual([
    {
      title: steps[0]!.name,
      artist: 'Partner lower back',
      album: `${stepOf(1)} · ${Math.ceil(totalS / 60)} min left`,
    },
  ]);
  expect(await mediaOf(page, 'position')).toEqual([{ duration: first, position: 0, playbackRate: 1 }]);

  // A running step is left to the platform: nothing is set second by second.
  await clearRecord(page);
  await page.clock.runFor(60_000);
  expect(await mediaOf(page, 'metadata')).toEqual([]);
  expect(await mediaOf(page, 'position')).toEqual([]);

  // The next step, when it comes by itself.
  await page.clock.runFor((first - 60) * 1000);
  await expect(page.getByText(stepOf(2))).toBeVisible();
  expect(await mediaOf(page, 'metadata')).toEqual([
    {
      title: steps[1]!.name,
      artist: 'Partner lower back',
      album: `${stepOf(2)} · ${Math.ceil((totalS - first) / 60)} min left`,
    },
  ]);
  expect(await mediaOf(page, 'position')).toEqual([
    { duration: steps[1]!.duration.default, position: 0, playbackRate: 1 },
  ]);

  // "Add 30 seconds" lengthens the bar.
  await page.clock.runFor(20_000);
  await clearRecord(page);
  await page.getByRole('button', { name: /Add 30 seconds/ }).click();
  expect(await mediaOf(page, 'position')).toEqual([
    { duration: steps[1]!.duration.default + 30, position: 20, playbackRate: 1 },
  ]);
});

test('lock-screen and headset pause, play, next and previous move the session', async ({ page }) => {
  await startSession(page);
  const handlers = await page.evaluate(() => Object.keys(window.__mediaHandlers).sort());
  expect(handlers).toEqual(['nexttrack', 'pause', 'play', 'previoustrack']);
  const press = (action: MediaSessionAction) => page.evaluate((a) => window.__mediaHandlers[a]!(), action);

  await press('nexttrack');
  await expect(page.getByText(stepOf(2))).toBeVisible();
  expect(await page.evaluate(() => navigator.mediaSession.metadata?.title)).toBe(steps[1]!.name);
  await press('previoustrack');
  await expect(page.getByText(stepOf(1))).toBeVisible();

  await page.clock.runFor(20_000);
  await clearRecord(page);
  await press('pause');
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
  expect(await page.evaluate(() => navigator.mediaSession.playbackState)).toBe('paused');
  expect(await mediaOf(page, 'position')).toEqual([
    { duration: steps[0]!.duration.default, position: 20, playbackRate: 1 },
  ]);
  await expect.poll(() => audios(page)).toEqual([{ src: '/sounds/hush.wav', loop: true, playing: false }]);

  await press('play');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  expect(await page.evaluate(() => navigator.mediaSession.playbackState)).toBe('playing');
  await expect.poll(() => audios(page)).toEqual([{ src: '/sounds/hush.wav', loop: true, playing: true }]);
  // Resumed from the lock screen: the count, then the step again.
  expect((await spoken(page)).slice(0, 3)).toEqual([
    'say: Get ready.',
    'say: Three, two, one.',
    `say: ${steps[0]!.name}.`,
  ]);
});

test('with "Lock-screen controls" off, no clip plays and the lock screen is left alone', async ({ page }) => {
  await installRecorders(page);
  await page.goto('/settings');
  await page.getByRole('checkbox', { name: 'Lock-screen controls' }).uncheck();
  await page.goto('/routines/partner-lower-back/check');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('timer')).toBeVisible();
  await page.getByRole('button', { name: 'Pause' }).click();
  expect(await audios(page)).toEqual([]);
  expect(await page.evaluate(() => document.querySelectorAll('audio').length)).toBe(0);
  expect(await mediaOf(page, 'metadata')).toEqual([]);
  expect(await page.evaluate(() => Object.keys(window.__mediaHandlers))).toEqual([]);
});

test('the clip is precached: a session started offline still has it', async ({ page, context }) => {
  await page.goto('/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
    }
  });
  await context.setOffline(true);
  const response = await page.evaluate(async () => {
    const r = await fetch('/sounds/hush.wav');
    return { ok: r.ok, bytes: (await r.arrayBuffer()).byteLength };
  });
  expect(response.ok).toBe(true);
  expect(response.bytes).toBeGreaterThan(40_000);
});

test('"Flash at step changes" lights the screen edge for about a second at a new step', async ({ page }) => {
  await installRecorders(page);
  await page.clock.install({ time: new Date('2026-11-21T20:00:00') });
  await page.clock.pauseAt(new Date('2026-11-21T20:00:01'));
  await page.goto('/settings');
  const html = page.locator('html');
  await page.getByRole('checkbox', { name: 'Flash at step changes' }).check();
  await page.goto('/routines/partner-lower-back/check');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(html).toHaveAttribute('data-flash', 'step');
  // A thick edge drawn over the page, which lets taps through.
  const edge = await page.evaluate(() => {
    const style = getComputedStyle(document.documentElement, '::after');
    return { position: style.position, shadow: style.boxShadow, events: style.pointerEvents };
  });
  expect(edge).toMatchObject({ position: 'fixed', events: 'none' });
  expect(edge.shadow).toMatch(/inset/);
  await page.clock.runFor(1000);
  await expect(html).not.toHaveAttribute('data-flash');
  // Nothing drawn between flashes.
  expect(await page.evaluate(() => getComputedStyle(document.documentElement, '::after').content)).toBe(
    'none',
  );
  await page.getByRole('button', { name: 'Next step' }).click();
  await expect(html).toHaveAttribute('data-flash', 'step');
});
