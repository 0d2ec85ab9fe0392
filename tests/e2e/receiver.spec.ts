import { expect, test, type Page } from '@playwright/test';
import lowerBack from '../../content/routines/partner-lower-back.json' with { type: 'json' };
import { clearRecord, installRecorders, timeline } from './recorders';

// The fake clock runs every animation frame it skips over; still pictures keep long runs fast.
test.use({ reducedMotion: 'reduce' });

/**
 * The receiver's panel: the person lying down runs the session with their clean hands, the giver
 * never touches the phone. Speech and chimes are recorded (recorders.ts): what the giver hears.
 */

const steps = lowerBack.steps;

async function startAsReceiver(page: Page) {
  await installRecorders(page);
  await page.clock.install({ time: new Date('2026-11-21T20:00:00') });
  await page.clock.pauseAt(new Date('2026-11-21T20:00:01'));
  await page.goto(`/routines/${lowerBack.id}`);
  await page.locator('html[data-live]').waitFor({ state: 'attached' });
  await page.getByRole('button', { name: 'Start session' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Receiver' }).click();
  await expect(page.getByRole('group', { name: 'Tell the giver' })).toBeVisible();
  await clearRecord(page);
}

/** A tap from the receiver, clear of the guard against a slipped second tap. */
async function tap(page: Page, name: string) {
  await page.getByRole('button', { name, exact: true }).click();
  await page.clock.runFor(1000);
}

test('a partner session runs on the receiver’s taps alone, and the giver hears each at once', async ({
  page,
}) => {
  await startAsReceiver(page);
  const status = page.getByRole('status').filter({ hasText: 'Told the giver' });
  // Step 1 is written medium: firmer can't go past it, lighter can.
  await tap(page, 'Firmer');
  await expect(status).toHaveText('Told the giver: “That’s as firm as this step goes.”');
  await tap(page, 'Lighter');
  await expect(page.getByText('Pressure now:')).toHaveText('Pressure now: Light');
  await tap(page, 'Just right');
  // Each is said over whatever was still queued (the cancel), after the receiver's own chime.
  expect(await timeline(page)).toEqual([
    'chime: receiver',
    'cancel',
    'say: That’s as firm as this step goes.',
    'chime: receiver',
    'cancel',
    'say: Go lighter.',
    'chime: receiver',
    'cancel',
    'say: That’s just right.',
  ]);

  // Pause and resume from the panel; the countdown holds while paused.
  await tap(page, 'Pause');
  await expect(page.getByRole('button', { name: 'Resume', exact: true })).toBeVisible();
  await page.clock.runFor(30_000);
  await tap(page, 'Resume');
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();

  // The giver's view shows the moved pressure for the rest of the step, in the words the giver heard.
  await page.getByRole('button', { name: 'Giver view' }).click();
  await expect(page.getByText('Light, lighter as the receiver asked.')).toBeVisible();
  await page.getByRole('button', { name: 'Receiver' }).click();

  // On a check-in step the question is asked on the receiver's side, above the same buttons.
  await page.clock.runFor(steps[0]!.duration.default * 1000);
  await expect(page.getByRole('heading', { name: steps[1]!.name })).toBeVisible();
  await expect(page.getByText(steps[1]!.checkIn!)).toBeVisible();
  // A new step starts at its written pressure.
  await expect(page.getByText('Pressure now:')).toHaveText('Pressure now: Medium');

  // Nobody touches anything else: the routine runs to its end.
  const rest = steps.slice(1).reduce((sum, s) => sum + s.duration.default, 0);
  await page.clock.runFor(rest * 1000);
  await expect(page.getByRole('heading', { name: 'Session complete' })).toBeVisible();

  // The history keeps what the receiver asked.
  await page.goto('/history');
  await expect(
    page.getByText('Receiver: lighter ×1, just right ×1, firmer ×1, pause ×1, resume ×1'),
  ).toBeVisible();
});

test('Stop on the receiver’s side opens “What happened?”', async ({ page }) => {
  await startAsReceiver(page);
  await tap(page, 'Stop');
  await expect(page.getByRole('dialog', { name: 'What happened?' })).toBeVisible();
  expect(await timeline(page)).toContain('say: The receiver pressed Stop.');
});

test('a second tap in the same instant is taken for a slip, not a second ask', async ({ page }) => {
  await startAsReceiver(page);
  await page.getByRole('button', { name: 'Lighter', exact: true }).dblclick();
  await page.clock.runFor(1000);
  expect((await timeline(page)).filter((l) => l.startsWith('say:'))).toEqual(['say: Go lighter.']);
});

for (const [label, viewport] of [
  ['upright, 390×844', { width: 390, height: 844 }],
  ['on its side, 844×390', { width: 844, height: 390 }],
] as const) {
  test(`the receiver's targets are at least 64 px and well apart (${label})`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await startAsReceiver(page);
    const boxes = await Promise.all(
      ['Lighter', 'Just right', 'Firmer', 'Pause', 'Stop'].map(async (name) => {
        const box = await page.getByRole('button', { name, exact: true }).boundingBox();
        expect(box, name).not.toBeNull();
        return { name, ...box! };
      }),
    );
    for (const box of boxes) {
      expect(box.width, box.name).toBeGreaterThanOrEqual(64);
      expect(box.height, box.name).toBeGreaterThanOrEqual(64);
      // Whole on screen: nothing to scroll to reach.
      expect(box.y + box.height, box.name).toBeLessThanOrEqual(viewport.height);
    }
    // No two targets closer than 16 px, edge to edge.
    for (const a of boxes)
      for (const b of boxes) {
        if (a === b) continue;
        const gapX = Math.max(b.x - (a.x + a.width), a.x - (b.x + b.width));
        const gapY = Math.max(b.y - (a.y + a.height), a.y - (b.y + b.height));
        expect(Math.max(gapX, gapY), `${a.name} – ${b.name}`).toBeGreaterThanOrEqual(16);
      }
  });
}

test('the next partner session opens on the receiver’s panel again; a self-massage never does', async ({
  page,
}) => {
  await startAsReceiver(page);
  await tap(page, 'Stop');
  await page.getByRole('button', { name: 'I just want to stop' }).click();
  await page.goto(`/routines/${lowerBack.id}`);
  await page.locator('html[data-live]').waitFor({ state: 'attached' });
  await page.getByRole('button', { name: 'Start session' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('group', { name: 'Tell the giver' })).toBeVisible();

  await page.getByRole('button', { name: 'Stop', exact: true }).click();
  await page.getByRole('button', { name: 'I just want to stop' }).click();
  await page.goto('/routines/warm-towel');
  await page.locator('html[data-live]').waitFor({ state: 'attached' });
  await page.getByRole('button', { name: 'Start session' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('timer')).toBeVisible();
  await expect(page.getByRole('group', { name: 'Tell the giver' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Receiver' })).toHaveCount(0);
});
