import { expect, test } from '@playwright/test';
import lowerBack from '../../content/routines/partner-lower-back.json' with { type: 'json' };
import petrissage from '../../content/techniques/petrissage.json' with { type: 'json' };

// No script at all: what a bookmark, a link preview or a screen reader sees before the app runs.
test.use({ javaScriptEnabled: false });

test('each prerendered page is named by its own heading before any script runs', async ({ page }) => {
  await page.goto(`/routines/${lowerBack.id}`);
  await expect(page).toHaveTitle(`${lowerBack.title} · Unknot`);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', lowerBack.summary);

  await page.goto(`/techniques/${petrissage.id}`);
  await expect(page).toHaveTitle(`${petrissage.name} · Unknot`);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', petrissage.summary);

  await page.goto('/techniques');
  await expect(page).toHaveTitle('Techniques · Unknot');

  await page.goto('/');
  const heading = await page.getByRole('heading', { level: 1 }).textContent();
  await expect(page).toHaveTitle(`${heading} · Unknot`);
});
