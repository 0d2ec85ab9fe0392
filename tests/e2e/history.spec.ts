import { expect, test } from '@playwright/test';
import { historyEntry } from '../historyEntry';

test.use({ reducedMotion: 'reduce' });

/** Wednesday evening; the week began on Monday 23 November. */
const NOW = new Date('2026-11-25T20:30:00');
const min = (n: number) => n * 60_000;

const ball = { routineId: 'self-ball', routineTitle: 'Self-massage with a ball', who: 'self' } as const;

/** A week of sessions, oldest first, as stored: 20 minutes last week, 34 this week. */
const sessions = [
  historyEntry('2026-11-19T20:00', { feeling: 'better', tightAreas: ['lower-back'] }),
  historyEntry('2026-11-21T09:30', { ...ball, workedMs: min(5), plannedMs: min(8), stopReason: 'user' }),
  historyEntry('2026-11-22T21:00', {
    workedMs: min(5),
    feeling: 'better',
    tightAreas: ['lower-back', 'neck'],
  }),
  historyEntry('2026-11-23T20:00', {
    routineId: 'partner-upper-back',
    routineTitle: 'Partner upper back and shoulders',
    workedMs: min(15),
    feeling: 'same',
  }),
  historyEntry('2026-11-24T08:00', {
    ...ball,
    workedMs: min(7),
    plannedMs: min(12),
    stopReason: 'sharp-pain',
    feeling: 'worse',
  }),
  historyEntry('2026-11-25T19:00', { workedMs: min(12), feeling: 'better', note: 'Much looser' }),
];

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(NOW);
  // Seeded once: a reload keeps what the test deleted.
  await page.addInitScript(
    (value) => {
      if (localStorage.getItem('unknot:history') === null) localStorage.setItem('unknot:history', value);
    },
    JSON.stringify({ state: { sessions }, version: 1 }),
  );
});

test('history lists a week of sessions, sums them up, and undoes a delete', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
  await expect(page).toHaveURL(/\/history$/);

  const list = page.getByRole('list', { name: 'Sessions' });
  const items = list.getByRole('listitem');
  await expect(items).toHaveCount(6);
  await expect(items.first()).toContainText('Partner lower back');
  await expect(items.first()).toContainText('Wed 25 Nov, 19:00 · 12 min');
  await expect(items.nth(1)).toContainText('Stopped: sharp or increasing pain');
  await expect(items.nth(1)).toContainText('7 min of 12 planned');
  await expect(items.nth(4)).toContainText('Ended early');

  const weeks = page.getByRole('figure', { name: 'Minutes per week' });
  await expect(weeks).toContainText('This week: 34 minutes over 3 sessions; last week: 20 minutes');
  await expect(weeks.getByRole('img')).toHaveAccessibleName(/this week: 34 minutes \(27 with a partner/);
  await expect(page.getByRole('figure', { name: 'How you felt afterwards' })).toContainText(
    'After 5 sessions: 3 better, 1 about the same, 1 worse',
  );
  await expect(page.getByRole('figure', { name: 'Where it was tight' })).toContainText(
    'Marked tight most often: lower back (twice), neck (once)',
  );

  await page.getByRole('button', { name: 'Delete: Partner upper back and shoulders, 23 Nov' }).click();
  await expect(items).toHaveCount(5);
  await expect(page.getByRole('heading', { name: 'Partner upper back and shoulders' })).toHaveCount(0);
  const notice = page.getByRole('status').filter({ hasText: 'Deleted' });
  await expect(notice).toContainText('Deleted Partner upper back and shoulders, 23 Nov.');
  await expect(page.getByRole('figure', { name: 'How you felt afterwards' })).toContainText(
    'After 4 sessions: 3 better, 1 worse',
  );

  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(items).toHaveCount(6);
  await expect(page.getByRole('heading', { name: 'Partner upper back and shoulders' })).toBeFocused();

  // Kept on the device: a reload shows all six again.
  await page.reload();
  await expect(page.getByRole('list', { name: 'Sessions' }).getByRole('listitem')).toHaveCount(6);
});

test('nothing on the history screen scrolls sideways at 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/history');
  await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Sessions' })).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});
