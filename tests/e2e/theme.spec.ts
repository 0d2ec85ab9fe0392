import { expect, test, type Browser, type Page } from '@playwright/test';

const DIM_BG = 'rgb(18, 16, 22)';
const LIGHT_BG = 'rgb(246, 241, 234)';
const background = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

/** The home page's background as the prerendered HTML and CSS paint it, with no script at all. */
async function backgroundWithoutScript(browser: Browser, colorScheme: 'light' | 'dark') {
  const context = await browser.newContext({ colorScheme, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const painted = await background(page);
  await context.close();
  return painted;
}

test.describe('on a device that prefers dark', () => {
  test.use({ colorScheme: 'dark' });

  test('the first paint is already dim, before any script has run', async ({ browser }) => {
    expect(await backgroundWithoutScript(browser, 'dark')).toBe(DIM_BG);
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
  expect(await backgroundWithoutScript(browser, 'light')).toBe(LIGHT_BG);
});

test('a session is dim by default inside a light app, and Light for sessions makes it light', async ({
  page,
}) => {
  const sessionBackground = () =>
    page.locator('.session-screen').evaluate((el) => getComputedStyle(el).backgroundColor);
  await page.goto('/routines/warm-towel/check');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('timer')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await sessionBackground()).toBe(DIM_BG);
  expect(await background(page)).toBe(LIGHT_BG);

  await page.goto('/settings');
  await page
    .getByRole('group', { name: 'Theme during sessions' })
    .getByRole('radio', { name: 'Light' })
    .check();
  await page.goto('/session');
  await expect(page.getByRole('timer')).toBeVisible();
  expect(await sessionBackground()).toBe(LIGHT_BG);
});
