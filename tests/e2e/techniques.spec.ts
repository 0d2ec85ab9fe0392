import { expect, test } from '@playwright/test';

const searchbox = (page: import('@playwright/test').Page) =>
  page.getByRole('searchbox', { name: 'Search techniques' });
const techniqueCards = (page: import('@playwright/test').Page) =>
  page.getByRole('list', { name: 'Techniques' }).getByRole('link');

test('search as you type finds Petrissage first for “kneading”', async ({ page }) => {
  await page.goto('/techniques');
  await expect(page.getByRole('heading', { level: 1, name: 'Techniques' })).toBeVisible();
  await searchbox(page).pressSequentially('kneading');

  const first = techniqueCards(page).first();
  await expect(first.getByRole('heading')).toHaveText('Petrissage');
  await expect(first.locator('mark').first()).toHaveText(/kneading/i);
  await expect(page).toHaveURL(/[?&]q=kneading\b/);
  // Typing replaced the history entry: one step back leaves the page, not one letter.
  await page.goBack();
  await expect(page).not.toHaveURL(/\/techniques/);
});

test('a typo still finds the technique', async ({ page }) => {
  await page.goto('/techniques');
  await searchbox(page).fill('tapotment');
  await expect(techniqueCards(page).first().getByRole('heading')).toHaveText('Tapotement');
});

test('opens a technique page and tries it', async ({ page }) => {
  await page.clock.install();
  await page.goto('/techniques?q=petrissage');
  await techniqueCards(page).first().click();

  await expect(page).toHaveURL(/\/techniques\/petrissage$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Petrissage' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'How to do it' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Used in' }).getByRole('link').first()).toHaveAttribute(
    'href',
    /^\/routines\//,
  );

  const timer = page.getByRole('timer');
  await expect(timer).toHaveText('1:00');
  await page.getByRole('button', { name: 'Start' }).click();
  await page.clock.runFor(15_000);
  await expect(timer).toHaveText('0:45');
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.clock.runFor(20_000);
  await expect(timer).toHaveText('0:45');
  await page.getByRole('button', { name: 'Resume' }).click();
  await page.clock.runFor(5_000);
  await expect(timer).toHaveText('0:40');
});

test('an unknown technique shows the not-found page with a way back', async ({ page }) => {
  await page.goto('/techniques/nope');
  await expect(page.getByRole('heading', { level: 1, name: 'We couldn’t find that' })).toBeVisible();
  await expect(page.getByText('There is no technique called “nope”.')).toBeVisible();
  await page.getByRole('link', { name: 'Back to techniques' }).click();
  await expect(page).toHaveURL(/\/techniques$/);
});

test('a reload keeps the query and the filters', async ({ page }) => {
  await page.goto('/techniques');
  await searchbox(page).fill('roll');
  await page.locator('summary', { hasText: 'Filters' }).click();
  await page.getByRole('combobox', { name: 'Partner or self' }).selectOption({ label: 'On your own' });
  await expect(page).toHaveURL(/who=self/);

  await page.reload();
  await expect(searchbox(page)).toHaveValue('roll');
  await expect(page.getByRole('combobox', { name: 'Partner or self' })).toHaveValue('self');
  await expect(techniqueCards(page).first().getByRole('heading')).toHaveText(/roll/i);
});

test('the main navigation leads to the techniques', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Techniques' }).click();
  await expect(searchbox(page)).toBeVisible();
});

test('what is typed and picked before the script arrives is taken up, not lost', async ({ page }) => {
  let release = () => {};
  const scriptHeld = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await scriptHeld;
    await route.continue();
  });
  await page.goto('/techniques');
  await page.locator('summary', { hasText: 'Filters' }).click();
  await page.getByRole('combobox', { name: 'Partner or self' }).selectOption({ label: 'On your own' });
  await searchbox(page).fill('roll');
  release();

  await expect(page).toHaveURL(/[?&]who=self\b/);
  await expect(page).toHaveURL(/[?&]q=roll\b/);
  await expect(page.getByRole('combobox', { name: 'Partner or self' })).toHaveValue('self');
  await expect(searchbox(page)).toHaveValue('roll');
  await expect(techniqueCards(page).first().getByRole('heading')).toHaveText(/roll/i);
});
