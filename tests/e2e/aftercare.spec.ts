import { expect, test, type Page } from '@playwright/test';
import lowerBack from '../../content/routines/partner-lower-back.json' with { type: 'json' };

// The fake clock runs every animation frame it skips over; still pictures keep long runs fast.
test.use({ reducedMotion: 'reduce' });

const totalSeconds = lowerBack.steps.reduce((sum, s) => sum + s.duration.default, 0);

async function startLowerBack(page: Page) {
  await page.goto('/routines/partner-lower-back/check');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('timer')).toBeVisible();
}

test('finish a session, say how it feels, and find it in History after a reload', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-11-21T20:00:00') });
  await startLowerBack(page);
  await page.clock.runFor(totalSeconds * 1000 + 2000);
  await expect(page.getByRole('heading', { level: 1, name: 'Session complete' })).toBeVisible();
  await page.getByRole('radio', { name: 'Better' }).check();
  await page.getByRole('checkbox', { name: 'Lower back' }).check();
  await page.getByRole('textbox', { name: 'Note' }).fill('Could bend to tie my shoes');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved to your history' })).toBeVisible();
  await page.getByRole('button', { name: 'Done' }).click();

  await page.getByRole('link', { name: 'History' }).first().click();
  await expect(page).toHaveURL(/\/history$/);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
  const main = page.getByRole('main');
  await expect(main.getByText('Partner lower back').first()).toBeVisible();
  await expect(main.getByText('Could bend to tie my shoes')).toBeVisible();
  await expect(main.getByText('Better').first()).toBeVisible();
});

test('stopped for pain: the reason is kept, and the next start that day says so first', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-11-21T20:00:00') });
  await startLowerBack(page);
  await page.clock.runFor(30_000);
  await page.getByRole('button', { name: 'Stop' }).click();
  await page.getByRole('button', { name: 'Sharp or increasing pain' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Stop the massage here' })).toBeVisible();
  // Only what helps after pain: how it feels and what happened, no map of tight muscles.
  await expect(page.getByRole('group', { name: 'Anywhere still tight?' })).toBeHidden();
  await page.getByRole('button', { name: 'Done' }).click();

  await page.goto('/routines/partner-upper-back/check');
  const alert = page.getByRole('alert').filter({ hasText: 'A session was stopped earlier today' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('sharp or increasing pain');
  await expect(alert).toBeInViewport();

  const logged = await page.evaluate(() => JSON.parse(localStorage.getItem('unknot:history')!));
  expect(logged.state.sessions).toMatchObject([
    { routineId: 'partner-lower-back', stopReason: 'sharp-pain' },
  ]);

  await page.goto('/history');
  await expect(page.getByRole('main').getByText('Stopped: sharp or increasing pain')).toBeVisible();
});

test('starting another routine while one runs asks first; the ended one is logged', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-11-21T20:00:00') });
  await startLowerBack(page);
  await page.clock.runFor(60_000);
  await page.goto('/routines/self-ball/check');
  await page.getByRole('button', { name: 'Continue' }).click();
  const dialog = page.getByRole('dialog', { name: 'End the current session?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'End it and start this one' }).click();
  await expect(page.getByRole('timer')).toBeVisible();
  await expect(page.getByText('Step 1 of 5')).toBeVisible();
  const logged = await page.evaluate(() => JSON.parse(localStorage.getItem('unknot:history')!));
  expect(logged.state.sessions).toMatchObject([{ routineId: 'partner-lower-back', stopReason: 'user' }]);
});

test('unreadable history leaves the app usable, says so, keeps the original and logs new sessions', async ({
  page,
}) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('unknot:history', '{"state":{"sessions":"oops"},"version":1}');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await page.clock.install({ time: new Date('2026-11-21T20:00:00') });
  await startLowerBack(page);
  await page.getByRole('button', { name: 'Stop' }).click();
  await page.getByRole('button', { name: 'I just want to stop' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Session ended' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'history could not be read' })).toBeVisible();
  const stored = await page.evaluate(() => ({
    history: JSON.parse(localStorage.getItem('unknot:history')!),
    kept: Object.keys(localStorage)
      .filter((k) => k.startsWith('unknot:history:unreadable:'))
      .map((k) => localStorage.getItem(k)),
  }));
  expect(stored.kept).toEqual(['{"state":{"sessions":"oops"},"version":1}']);
  expect(stored.history.state.sessions).toHaveLength(1);
});
