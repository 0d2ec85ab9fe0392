import { expect, test, type Page } from '@playwright/test';
import lowerBack from '../../content/routines/partner-lower-back.json' with { type: 'json' };

// The fake clock runs every animation frame it skips over; still pictures keep long runs fast.
test.use({ reducedMotion: 'reduce' });

const stepNames = (page: Page) => page.locator('.builder-step h3').allTextContents();

async function copyLowerBack(page: Page) {
  await page.goto('/routines/partner-lower-back');
  await page.locator('html[data-live]').waitFor({ state: 'attached' });
  await page.getByRole('link', { name: 'Copy to my routines' }).click();
  await expect(page.getByRole('heading', { name: 'New routine' })).toBeVisible();
}

test('copy a routine, change it, reorder by keyboard, save, reload and play it to the end', async ({
  page,
}) => {
  await page.clock.install({ time: new Date('2026-11-21T20:00:00') });
  await copyLowerBack(page);
  const [first, second, third] = lowerBack.steps.map((s) => s.name);
  await page.getByRole('textbox', { name: 'Name' }).fill('Evening back');

  // Keyboard: Move down twice keeps focus on the button and carries the step two places.
  const moveDown = page.getByRole('button', { name: `Move down: ${first}` });
  await moveDown.focus();
  await page.keyboard.press('Enter');
  await expect(moveDown).toBeFocused();
  await page.keyboard.press('Enter');
  expect((await stepNames(page)).slice(0, 3)).toEqual([second, third, first]);
  await expect(page.getByRole('status').filter({ hasText: `${first} moved to 3` })).toBeAttached();

  // Back to the top, by keyboard again.
  const moveUp = page.getByRole('button', { name: `Move up: ${first}` });
  await moveUp.click();
  await moveUp.click();
  expect((await stepNames(page)).slice(0, 3)).toEqual([first, second, third]);

  // One step shorter, one removed.
  const minutes = page.getByRole('slider', { name: `Minutes: ${first}` });
  await minutes.focus();
  await page.keyboard.press('Home');
  await expect(minutes).toHaveAttribute('aria-valuetext', `${lowerBack.steps[0]!.duration.min / 60} min`);
  const last = lowerBack.steps.at(-1)!.name;
  await page.getByRole('button', { name: `Remove: ${last}` }).click();
  await expect(page.getByRole('heading', { name: last })).toHaveCount(0);

  await page.getByRole('button', { name: 'Save routine' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Evening back' })).toBeVisible();
  await expect(page.getByText('Saved to your routines.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Evening back' })).toBeVisible();
  const rows = page
    .getByRole('heading', { name: 'Steps' })
    .locator('xpath=..')
    .getByRole('heading', { level: 3 });
  await expect(rows).toHaveText(lowerBack.steps.slice(0, -1).map((s) => s.name));

  await page.getByRole('button', { name: 'Start session' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  const count = lowerBack.steps.length - 1;
  await expect(page.getByText(`Step 1 of ${count}`)).toBeVisible();
  await expect(page.getByRole('timer')).toHaveText(`${lowerBack.steps[0]!.duration.min / 60}:00`);
  await page.clock.runFor(25 * 60_000);
  await expect(page.getByRole('heading', { name: 'Session complete' })).toBeVisible();

  // It is listed on My routines, one tap from home.
  await page.goto('/');
  await page.locator('html[data-live]').waitFor({ state: 'attached' });
  await page.getByRole('link', { name: 'My routines' }).click();
  await expect(page.getByRole('link', { name: /Evening back/ })).toBeVisible();
});

test('steps reorder by dragging their handle', async ({ page }) => {
  // No fake clock here: the drag follows real animation frames.
  await copyLowerBack(page);
  const [first, second, third] = lowerBack.steps.map((s) => s.name);
  // The third step's handle, dragged up above the first.
  const handle = page.getByRole('button', { name: `Drag to reorder: ${third}` });
  const target = page.locator('.builder-step').first();
  await handle.scrollIntoViewIfNeeded();
  const from = (await handle.boundingBox())!;
  const to = (await target.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  // A hand moves over many frames; the list reorders as the step passes each neighbour.
  for (let i = 1; i <= 20; i++) {
    await page.mouse.move(from.x + from.width / 2, from.y + ((to.y + 10 - from.y) * i) / 20);
    await page.waitForTimeout(30);
  }
  await page.mouse.up();
  await expect.poll(() => stepNames(page).then((n) => n.slice(0, 3))).toEqual([third, first, second]);

  await page.getByRole('button', { name: 'Save routine' }).click();
  const rows = page
    .getByRole('heading', { name: 'Steps' })
    .locator('xpath=..')
    .getByRole('heading', { level: 3 });
  await expect(rows.first()).toHaveText(third!);
});

test('unsaved changes survive a reload and a back swipe', async ({ page }) => {
  await page.goto('/my-routines');
  await page.getByRole('link', { name: 'New routine' }).click();
  await page.getByRole('textbox', { name: 'Name' }).fill('Half done');
  await page.getByRole('button', { name: 'Add step' }).click();
  await page.getByRole('searchbox', { name: 'Search steps' }).fill('heel of hand');
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^Add Heel-of-hand circles/ })
    .click();
  await page.reload();
  await expect(page.getByText('Your unsaved changes are back.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue('Half done');
  await expect(page.getByRole('heading', { name: 'Heel-of-hand circles' })).toBeVisible();

  await page.goBack();
  await expect(page.getByRole('heading', { name: 'My routines' })).toBeVisible();
  await expect(page.getByText('Unsaved changes to Half done.')).toBeVisible();
  await page.getByRole('link', { name: 'Continue editing' }).click();
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue('Half done');
});

test('a rule the routine breaks is said next to what breaks it, and it is not saved', async ({ page }) => {
  await page.goto('/my-routines/new');
  await page.getByRole('button', { name: 'Save routine' }).click();
  await expect(page.getByText('Give the routine a name.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Name' })).toBeFocused();
  await page.getByRole('textbox', { name: 'Name' }).fill('Everything with a ball');
  await page.getByRole('radio', { name: 'On my own' }).check();
  for (let i = 0; i < 4; i++) {
    await page.getByRole('button', { name: 'Add step' }).click();
    await page.getByRole('searchbox', { name: 'Search steps' }).fill('ball');
    await page.getByRole('dialog').getByRole('button', { name: /^Add / }).nth(i).click();
  }
  for (let i = 0; i < 4; i++) {
    await page.getByRole('button', { name: 'Add step' }).click();
    await page.getByRole('searchbox', { name: 'Search steps' }).fill('roller');
    await page.getByRole('dialog').getByRole('button', { name: /^Add / }).nth(i).click();
  }
  await expect(page.getByRole('alert')).toContainText('within 15 min even at its longest');
  await page.getByRole('button', { name: 'Save routine' }).click();
  await expect(page).toHaveURL(/\/my-routines\/new$/);
});

test('delete says so with Undo, and Undo brings it back', async ({ page }) => {
  await copyLowerBack(page);
  await page.getByRole('button', { name: 'Save routine' }).click();
  await page.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('heading', { name: 'My routines' })).toBeVisible();
  await expect(page.getByText('Deleted “My partner lower back”.')).toBeVisible();
  await expect(page.getByRole('link', { name: /My partner lower back/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('link', { name: /My partner lower back/ })).toBeVisible();
});
