import AxeBuilder from '@axe-core/playwright';
import { devices, expect, test, type Page } from '@playwright/test';
import lowerBack from '../../content/routines/partner-lower-back.json' with { type: 'json' };

test.use({ reducedMotion: 'reduce' });

/** An own routine as stored: three of the lower-back routine's steps, one done on the left only. */
const [glide, circles, glutes] = lowerBack.steps;
const own = {
  id: 'my-abc12345',
  name: 'Evening back',
  who: 'partner',
  steps: [
    { routine: lowerBack.id, step: glide!.id, seconds: 240, pressure: 'light', side: 'both' },
    { routine: lowerBack.id, step: circles!.id, seconds: 120, pressure: 'medium', side: 'both' },
    { routine: lowerBack.id, step: glutes!.id, seconds: 90, pressure: 'medium', side: 'left' },
  ],
  createdAt: Date.parse('2026-11-20T20:00:00'),
  updatedAt: Date.parse('2026-11-20T20:00:00'),
};
const envelope = (routines: unknown[]) => JSON.stringify({ state: { routines }, version: 1 });

/**
 * Format 1 written by hand, apart from the app's own encoder: `1.` and base64url of
 * [name, whoIndex, [routineId…], [[routineIndex, stepId, seconds, pressureIndex, sideIndex]…]].
 */
const pressures = ['light', 'medium', 'firm'];
const sides = ['both', 'left', 'right', 'each'];
const payloadOf = (spec: typeof own) =>
  `1.${Buffer.from(
    JSON.stringify([
      spec.name,
      ['partner', 'self'].indexOf(spec.who),
      [lowerBack.id],
      spec.steps.map((s) => [0, s.step, s.seconds, pressures.indexOf(s.pressure), sides.indexOf(s.side)]),
    ]),
  ).toString('base64url')}`;

/** Everything this page's origin keeps, to show that a link changed none of it. */
const storageOf = (page: Page) =>
  page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])));

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

const stepRows = (page: Page) =>
  page.getByRole('heading', { name: 'Steps' }).locator('xpath=..').getByRole('heading', { level: 3 });

test('an own routine travels by link to a fresh device, is saved there once, and stays after a reload', async ({
  page,
  context,
  browser,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.addInitScript(
    (value) => {
      if (localStorage.getItem('unknot:routines') === null) localStorage.setItem('unknot:routines', value);
    },
    envelope([own]),
  );
  await page.goto(`/routines/${own.id}`);
  await page.locator('html[data-live]').waitFor({ state: 'attached' });
  await expect(page.getByRole('heading', { level: 1, name: own.name })).toBeVisible();

  const share = page.getByRole('button', { name: 'Share', exact: true });
  await share.click();
  const dialog = page.getByRole('dialog', { name: `Share “${own.name}”` });
  await expect(dialog).toBeVisible();
  const box = dialog.getByRole('textbox', { name: 'Link' });
  const link = await box.inputValue();
  expect(link).toBe(`${baseURL}/shared#r=${payloadOf(own)}`);
  await expect(dialog.getByRole('img', { name: 'QR code of the link' })).toBeVisible();
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Copy link' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(share).toBeFocused();

  // Another device: nothing saved there yet.
  const other = await browser.newContext({
    ...devices['Pixel 7'],
    viewport: { width: 390, height: 844 },
    reducedMotion: 'reduce',
  });
  const phone = await other.newPage();
  await phone.goto(link);
  await expect(phone.getByRole('heading', { level: 1, name: own.name })).toBeVisible();
  await expect(stepRows(phone)).toHaveText([glide!.name, circles!.name, glutes!.name]);
  expect(await storageOf(phone)).not.toHaveProperty('unknot:routines');
  await expectNoAxeViolations(phone);

  await phone.getByRole('button', { name: 'Save to my routines' }).click();
  await expect(phone).toHaveURL(/\/routines\/my-[a-z0-9]+$/);
  await expect(phone.getByText('Saved to your routines.')).toBeVisible();
  const savedAt = new URL(phone.url()).pathname;
  await phone.reload();
  await expect(phone.getByRole('heading', { level: 1, name: own.name })).toBeVisible();
  await expect(stepRows(phone)).toHaveText([glide!.name, circles!.name, glutes!.name]);

  // The same link again: not saved twice.
  await phone.goto(link);
  await expect(phone.getByText('Already in your routines.')).toBeVisible();
  await expect(phone.getByRole('button', { name: 'Save to my routines' })).toHaveCount(0);
  await phone.getByRole('link', { name: 'Open my copy' }).click();
  await expect(phone).toHaveURL(new RegExp(`${savedAt}$`));
  const stored = JSON.parse((await storageOf(phone))['unknot:routines']!) as {
    state: { routines: unknown[] };
  };
  expect(stored.state.routines).toHaveLength(1);
  expect(stored.state.routines[0]).toMatchObject({ name: own.name, who: own.who, steps: own.steps });
  await other.close();
});

test('a shared routine starts through the safety check without being saved', async ({ page }) => {
  await page.goto(`/shared#r=${payloadOf(own)}`);
  await page.locator('html[data-live]').waitFor({ state: 'attached' });
  await expect(page.getByRole('heading', { level: 1, name: own.name })).toBeVisible();
  // "Length" writes to the address; the routine stays, and so does its hash.
  await page.getByRole('radio', { name: '5 min', exact: true }).check();
  await expect(page).toHaveURL(/\/shared\?length=5#r=1\./);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: own.name })).toBeVisible();
  await expect(page.getByRole('radio', { name: '5 min', exact: true })).toBeChecked();
  await page.getByRole('button', { name: 'Start session' }).click();
  await expect(page.getByRole('heading', { name: 'Before you start' })).toBeVisible();
  await expect(page).toHaveURL(/\/shared\/check\?length=5#r=1\./);
  // A reload of the check reads the routine from its own address.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Before you start' })).toBeVisible();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByText(`Step 1 of ${own.steps.length}`)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(glide!.name);
  // Five minutes is every step at its shortest: the first glide is three minutes.
  await expect(page.getByRole('timer')).toHaveText(/^(3:00|2:5\d)$/);
  expect(await storageOf(page)).not.toHaveProperty('unknot:routines');
});

test('a damaged link says it can’t be opened, leads home and changes nothing', async ({ page }) => {
  await page.addInitScript(
    (value) => {
      if (localStorage.getItem('unknot:routines') === null) localStorage.setItem('unknot:routines', value);
    },
    envelope([own]),
  );
  await page.goto('/');
  await page.locator('html[data-live]').waitFor({ state: 'attached' });
  const before = await storageOf(page);

  const payload = payloadOf(own);
  const broken = [
    payload.slice(0, -7),
    `${payload.slice(0, 30)}*${payload.slice(31)}`,
    `2.${payload.slice(2)}`,
    payloadOf({ ...own, steps: [{ ...own.steps[0]!, step: 'made-up-step' }] }),
    payloadOf({ ...own, steps: [{ ...own.steps[0]!, pressure: 'firm' }] }),
  ];
  for (const bad of broken) {
    await page.goto(`/shared#r=${bad}`);
    await expect(page.getByRole('heading', { level: 1, name: 'This link can’t be opened' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Start session' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Save to my routines' })).toHaveCount(0);
  }
  await expect(page.getByText('Step 1: This step goes no firmer than')).toBeVisible();
  await expectNoAxeViolations(page);

  // Its safety check cannot be reached either: it goes back to the page that says why.
  await page.goto(`/shared/check#r=${broken[0]}`);
  await expect(page.getByRole('heading', { level: 1, name: 'This link can’t be opened' })).toBeVisible();
  await expect(page).toHaveURL(/\/shared#r=/);

  await page.getByRole('link', { name: 'Back to routines' }).click();
  await expect(page).toHaveURL(/\/$/);
  expect(await storageOf(page)).toEqual(before);
});

test('a shared link opens with no network once the app has been visited', async ({ page, context }) => {
  await page.goto('/');
  await page.locator('html[data-live]').waitFor({ state: 'attached' });
  // The service worker has precached the app once it controls the page (polled: no event to miss).
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  await page.goto(`/shared#r=${payloadOf(own)}`);
  await expect(page.getByRole('heading', { level: 1, name: own.name })).toBeVisible();
  await page.getByRole('button', { name: 'Start session' }).click();
  await expect(page.getByRole('heading', { name: 'Before you start' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Before you start' })).toBeVisible();
});
