import { expect, test } from '@playwright/test';

const DIM_BG = 'rgb(18, 16, 22)';
const LIGHT_BG = 'rgb(246, 241, 234)';
const background = (page: import('@playwright/test').Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

test.describe('on a device that prefers dark', () => {
  test.use({ colorScheme: 'dark' });

  test('the first paint is already dim, before any script has run', async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: 'dark', javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await background(page)).toBe(DIM_BG);
    await context.close();
  });

  test('the app keeps it dim once it has loaded, and Light in settings wins', async ({ page }) => {
    await page.goto('/settings');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dim');
    expect(await background(page)).toBe(DIM_BG);
    await page
      .getByRole('group', { name: 'Theme while browsing' })
      .getByRole('radio', { name: 'Light' })
      .check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    expect(await background(page)).toBe(LIGHT_BG);
  });
});

test('a device that prefers light paints light before any script has run', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'light', javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await background(page)).toBe(LIGHT_BG);
  await context.close();
});
