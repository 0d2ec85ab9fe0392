import { expect, test } from '@playwright/test';

// Addresses people type or old links use for the routine list all lead home.
for (const path of ['/routines', '/routines/', '/index.html']) {
  test(`${path} leads to the routine list`, async ({ page }) => {
    await page.goto(path);
    await expect(page).toHaveURL((url) => url.pathname === '/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Guided back massage, one step at a time',
    );
    await expect(page.getByRole('link', { name: /Partner lower back/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'We couldn’t find that page' })).toHaveCount(0);
  });
}

// A link cut in the middle of a character: the server cannot decode it, the app still answers.
for (const path of ['/techniques/%E0%A4%A', '/%', '/routines/partner%2']) {
  test(`${path} (a broken %-escape) shows the app's own "not found" with a way on`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await page.locator('html[data-live]').waitFor({ state: 'attached' });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/We couldn’t find that/);
    const wayOn = page.getByRole('main').getByRole('link').first();
    await expect(wayOn).toBeVisible();
    await wayOn.click();
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/We couldn’t find that/);
  });
}
