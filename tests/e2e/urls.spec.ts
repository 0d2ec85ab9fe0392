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
