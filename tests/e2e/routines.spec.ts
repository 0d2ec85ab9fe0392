import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// The fake clock runs every animation frame it skips over; still pictures keep long runs fast.
test.use({ reducedMotion: 'reduce' });

interface RoutineFile {
  id: string;
  title: string;
  steps: { name: string; duration: { default: number } }[];
  closing: { text: string }[];
}

const dir = join(process.cwd(), 'content/routines');
const routines: RoutineFile[] = readdirSync(dir).map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')));

test('home lists every routine with its time', async ({ page }) => {
  await page.goto('/');
  for (const routine of routines) {
    const minutes = Math.round(routine.steps.reduce((sum, s) => sum + s.duration.default, 0) / 60);
    await expect(page.getByRole('link', { name: new RegExp(routine.title) })).toContainText(`${minutes} min`);
  }
});

for (const routine of routines) {
  test(`${routine.title} runs start to finish`, async ({ page }) => {
    await page.clock.install({ time: new Date('2026-11-21T20:00:00') });
    await page.clock.pauseAt(new Date('2026-11-21T20:00:01'));
    await page.goto(`/routines/${routine.id}`);
    await page.getByRole('button', { name: 'Start session' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    for (const [i, step] of routine.steps.entries()) {
      await expect(page.getByText(`Step ${i + 1} of ${routine.steps.length}`)).toBeVisible();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(step.name);
      await page.clock.runFor(step.duration.default * 1000);
    }
    await expect(page.getByRole('heading', { name: 'Session complete' })).toBeVisible();
    await expect(page.getByText(routine.closing[0]!.text)).toBeVisible();
  });
}
