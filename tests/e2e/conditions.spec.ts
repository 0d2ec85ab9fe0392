import { expect, test } from '@playwright/test';
import fullBack from '../../content/routines/partner-full-back.json' with { type: 'json' };

test.use({ reducedMotion: 'reduce' });

test('blood thinners: the full-back session keeps no tapping, friction or firm step, and says so first', async ({
  page,
}) => {
  await page.goto('/routines/partner-full-back/check');
  await page.getByRole('checkbox', { name: /blood thinners/ }).check();
  await expect(page.getByText(/NHS guidance on anticoagulant/)).toBeVisible();
  const changes = page.getByRole('status').filter({ hasText: 'Changed for today' });
  await expect(changes).toContainText(/\d+ steps left out/);
  await expect(changes).toContainText('pressure light throughout');
  await page.getByRole('button', { name: 'Continue' }).click();

  const kept = fullBack.steps.filter((s) => s.stroke !== 'tapping' && !/friction/.test(s.technique));
  await expect(page.getByText(`Step 1 of ${kept.length}`)).toBeVisible();
  for (const [i, step] of kept.entries()) {
    await expect(page.getByText(`Step ${i + 1} of ${kept.length}`)).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(step.name);
    await expect(page.getByText('Light', { exact: true })).toBeVisible();
    await expect(page.getByText('Firm', { exact: true })).toHaveCount(0);
    if (i < kept.length - 1) await page.getByRole('button', { name: 'Next step' }).click();
  }
  // The session was exactly the kept steps: its last step was the last of them.
  await expect(page.getByRole('button', { name: 'Next step' })).toBeVisible();
});

test('pregnancy never continues face down, and offers the side-lying and seated routines', async ({
  page,
}) => {
  await page.goto('/routines/partner-lower-back/check');
  await page.getByRole('checkbox', { name: 'Pregnant' }).check();
  const verdict = page.getByRole('alert').filter({ hasText: 'Not this routine today.' });
  await expect(verdict).toContainText('lying face down');
  await expect(page.getByRole('button', { name: 'Continue' })).toHaveCount(0);
  await verdict.getByRole('link', { name: 'Side-lying partner massage' }).click();
  await page.getByRole('button', { name: 'Start session' }).click();
  await page.getByRole('checkbox', { name: 'Pregnant' }).check();
  await expect(page.getByRole('status').filter({ hasText: 'pressure light throughout' })).toBeVisible();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByText(/^Step 1 of/)).toBeVisible();
  await expect(page.getByText('Light', { exact: true })).toBeVisible();
});
