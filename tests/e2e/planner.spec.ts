import { expect, test } from '@playwright/test';

// The fake clock runs every animation frame it skips over; still pictures keep long runs fast.
test.use({ reducedMotion: 'reduce' });

test('plan a partner session for the lower back and shoulders, start it and finish it', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-11-21T20:00:00') });
  await page.goto('/');
  await page.locator('html[data-live]').waitFor({ state: 'attached' });
  await page.getByRole('link', { name: 'Plan a session' }).click();
  await page.getByRole('button', { name: 'Make my routine' }).click();
  await expect(page.getByRole('alert')).toHaveText('Choose at least one area.');

  await page.getByRole('checkbox', { name: 'Lower back' }).check();
  // The body picture chooses too: a tap on the shoulders.
  await page.locator('.area-band').first().click();
  await expect(page.getByRole('checkbox', { name: 'Neck and shoulders' })).toBeChecked();
  await page.getByRole('radio', { name: 'With a partner' }).check();
  await page.getByRole('slider', { name: /Minutes/ }).fill('12');
  await page.getByRole('button', { name: 'Make my routine' }).click();

  const result = page.getByRole('region', { name: /Neck and shoulders, lower back · 12 min/ });
  await expect(result).toBeVisible();
  await expect(result.getByText(/^Total 12 min/)).toBeVisible();
  await expect(result.getByText('Why: warms the lower back before deeper work')).toBeVisible();
  await expect(result.getByText(/Why: you asked for the neck and shoulders/).first()).toBeVisible();
  const steps = await result.getByRole('listitem').count();

  await result.getByRole('button', { name: 'Start session' }).click();
  await expect(page.getByRole('heading', { name: 'Before you start' })).toBeVisible();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByText(`Step 1 of ${steps}`)).toBeVisible();
  await page.clock.runFor(13 * 60_000);
  await expect(page.getByRole('heading', { name: 'Session complete' })).toBeVisible();
});

test('a planned routine is saved to my routines, and Edit opens it in the builder', async ({ page }) => {
  await page.goto('/plan?areas=hips-glutes&who=partner&minutes=10&tools=massage-oil');
  const result = page.getByRole('region', { name: /Hips and glutes · 10 min/ });
  await expect(result).toBeVisible();
  await result.getByRole('button', { name: 'Edit' }).click();
  await expect(page.getByRole('heading', { name: 'New routine' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue('Hips and glutes · 10 min');
  await page.goBack();
  await page.getByRole('button', { name: 'Save to my routines' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hips and glutes · 10 min' })).toBeVisible();
  await expect(page.getByText('Saved to your routines.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Hips and glutes · 10 min' })).toBeVisible();
});

test('a self-massage plan with nothing at hand for those areas says what to add', async ({ page }) => {
  await page.goto('/plan?areas=hips-glutes&who=self&minutes=10');
  await expect(page.getByRole('heading', { name: 'No routine for that' })).toBeVisible();
  await expect(page.getByText(/Add a tool/)).toBeVisible();
});
