import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import lowerBack from '../../content/routines/partner-lower-back.json' with { type: 'json' };

test.use({ reducedMotion: 'reduce' });

const pages = [
  '/',
  '/routines/partner-lower-back',
  '/routines/self-ball',
  '/routines/partner-lower-back/check',
  '/techniques',
  '/techniques/petrissage',
  '/techniques/deep-tissue',
  '/techniques/nope',
  '/settings',
  '/history',
  '/session',
  '/no-such-page',
];

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary).toEqual([]);
}

for (const path of pages) {
  test(`axe finds nothing on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

async function startSession(page: Page) {
  await page.goto('/routines/partner-lower-back/check');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('timer')).toBeVisible();
}

test('axe finds nothing in the player, in glance view and in the stop dialog', async ({ page }) => {
  await startSession(page);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Glance view' }).click();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(page.getByRole('dialog', { name: 'What happened?' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('axe finds nothing on the receiver’s panel, which takes focus to its heading', async ({ page }) => {
  await startSession(page);
  await page.getByRole('button', { name: 'Receiver' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Stop', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'What happened?' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the player in the light session theme passes axe too', async ({ page }) => {
  await page.goto('/settings');
  await page
    .getByRole('group', { name: 'Theme during sessions' })
    .getByRole('radio', { name: 'Light' })
    .check();
  await startSession(page);
  await expect(page.locator('.session-screen')).toHaveAttribute('data-theme', 'light');
  await expectNoAxeViolations(page);
});

test('nothing scrolls sideways at 320 px, and text can grow to 200%', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of [
    '/',
    '/routines/partner-upper-back',
    '/techniques',
    '/techniques/effleurage',
    '/settings',
  ]) {
    await page.goto(path);
    for (const link of await page.getByRole('navigation', { name: 'Main' }).getByRole('link').all()) {
      await expect(link, path).toBeInViewport({ ratio: 1 });
    }
    // Through the CSSOM: the app's CSP (rightly) refuses an injected <style>.
    await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await startSession(page);
  for (const name of ['Stop', 'Previous step', 'Pause', 'Next step']) {
    await expect(page.getByRole('button', { name }), name).toBeInViewport({ ratio: 1 });
  }
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test('the whole session can be driven from the keyboard, with focus visible', async ({ page }) => {
  await page.goto('/routines/partner-lower-back');
  const start = page.getByRole('button', { name: 'Start session' });
  await start.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Before you start' })).toBeVisible();
  await page.getByRole('button', { name: 'Continue' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('timer')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText(`Step 2 of ${lowerBack.steps.length}`)).toBeVisible();
  await page.keyboard.press('Escape');
  const dialog = page.getByRole('dialog', { name: 'What happened?' });
  await expect(dialog).toBeVisible();
  const focused = dialog.locator(':focus');
  await expect(focused).toHaveCount(1);
  const outline = await focused.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
});

test('a new page opens at its top with focus on its heading; Back returns to where you were', async ({
  page,
}) => {
  await page.goto('/');
  // The app is live (it has applied the theme setting): moving between pages in the app is what is tested.
  await expect(page.locator('html')).toHaveAttribute('data-theme', /\w/);
  const card = page.getByRole('link', { name: /Self-massage with a foam roller/ });
  await card.scrollIntoViewIfNeeded();
  const scrolledTo = await page.evaluate(() => window.scrollY);
  expect(scrolledTo).toBeGreaterThan(200);
  await card.click();
  await expect(page).toHaveURL(/\/routines\/self-foam-roller$/);

  const heading = page.getByRole('heading', { level: 1, name: 'Self-massage with a foam roller' });
  await expect(heading).toBeFocused();
  await expect(page).toHaveTitle('Self-massage with a foam roller · Unknot');
  expect(await page.evaluate(() => window.scrollY)).toBe(0);

  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Guided back massage, one step at a time');
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(scrolledTo);
});
