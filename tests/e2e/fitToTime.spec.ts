import { expect, test } from '@playwright/test';

// The fake clock runs every animation frame it skips over; still pictures keep long runs fast.
test.use({ reducedMotion: 'reduce' });

const seconds = (text: string) => {
  const [m, s] = text.split(':').map(Number);
  return m! * 60 + s!;
};

test('a routine fitted to 10 minutes shows 10 minutes, and its session lasts that long', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-11-21T20:00:00') });
  await page.clock.pauseAt(new Date('2026-11-21T20:00:01'));
  await page.goto('/routines/partner-full-back');
  await page.locator('html[data-live]').waitFor({ state: 'attached' });
  await page.getByRole('radio', { name: '10 min' }).check();
  await expect(page).toHaveURL(/\?length=10$/);
  await expect(page.getByText('Time', { exact: true }).locator('xpath=following-sibling::dd')).toHaveText(
    /^(9 min 3\d s|10 min( [0-3]?\d s)?)$/,
  );
  const rows = page.getByRole('heading', { name: 'Steps' }).locator('xpath=..').getByRole('listitem');
  const times = (await rows.allTextContents()).map((t) => seconds(t.match(/\d+:\d\d/)![0]));
  const total = times.reduce((a, b) => a + b, 0);
  expect(Math.abs(total - 600)).toBeLessThanOrEqual(30);

  await page.getByRole('button', { name: 'Start session' }).click();
  await expect(page.getByRole('heading', { name: 'Before you start' })).toBeVisible();
  await expect(page.getByText(/^Partner full back:/)).toContainText(/min/);
  await page.getByRole('button', { name: 'Continue' }).click();
  const timer = page.getByRole('timer');
  for (const [i, time] of times.entries()) {
    await expect(page.getByText(`Step ${i + 1} of ${times.length}`)).toBeVisible();
    await expect(timer).toHaveText(`${Math.floor(time / 60)}:${String(time % 60).padStart(2, '0')}`);
    await page.clock.runFor(time * 1000);
  }
  await expect(page.getByRole('heading', { name: 'Session complete' })).toBeVisible();
});

test('a length the routine cannot reach says the nearest one, and the session has that length', async ({
  page,
}) => {
  await page.goto('/routines/self-foam-roller?length=20');
  await expect(page.getByRole('radio', { name: '20 min' })).toBeChecked();
  const note = page.getByText(/can’t be made 20 min long/);
  await expect(note).toContainText(/at most \d+ min/);
  const nearest = (await note.textContent())!.match(/at most ([\d a-z]+?), so/)![1]!;
  await page.getByRole('button', { name: 'Start session' }).click();
  await expect(page.getByText(/^Self-massage with a foam roller:/)).toContainText(`: ${nearest}`);
});
