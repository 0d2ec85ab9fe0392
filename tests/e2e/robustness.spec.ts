import { expect, test, type Page } from '@playwright/test';
import lowerBack from '../../content/routines/partner-lower-back.json' with { type: 'json' };

test.use({ reducedMotion: 'reduce' });

/** Waits until the service worker controls the page and has precached the app. */
async function waitForOffline(page: Page) {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
    }
    return registration.active?.state;
  });
}

test('after the first visit, home, a routine, a technique and a session work with no network', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await waitForOffline(page);
  await context.setOffline(true);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Guided back massage, one step at a time');
  await page.goto('/routines/partner-upper-back');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Partner upper back and shoulders');
  await page.goto('/techniques/tapotement');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tapotement');
  await expect(page.getByRole('img', { name: /tapping/i })).toBeVisible();
  await page.goto('/techniques?q=kneading');
  await expect(page.getByRole('searchbox', { name: 'Search techniques' })).toHaveValue('kneading');
  await page.goto('/routines/self-ball/check');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('timer')).toBeVisible();
});

test('a strict Content-Security-Policy is in force and nothing breaks it', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) violations.push(msg.text());
  });
  await page.goto('/');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  expect(await page.locator('script:not([src])').count()).toBe(0);

  // The policy really blocks: an injected inline script does not run.
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inlineRan = true';
    document.head.append(s);
  });
  expect(
    await page.evaluate(() => (window as unknown as { __inlineRan?: boolean }).__inlineRan),
  ).toBeUndefined();
  violations.length = 0;

  for (const path of ['/routines/partner-lower-back', '/techniques/petrissage', '/settings']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  }
  await page.goto('/routines/partner-lower-back/check');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('timer')).toBeVisible();
  expect(violations).toEqual([]);
});

test('no request ever leaves the app’s own origin', async ({ page, baseURL }) => {
  const foreign: string[] = [];
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.origin !== new URL(baseURL!).origin && !url.protocol.startsWith('data')) foreign.push(req.url());
  });
  for (const path of [
    '/',
    '/routines/partner-full-back',
    '/techniques',
    '/techniques/foam-roll',
    '/settings',
  ]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  }
  await page.goto('/routines/partner-full-back/check');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('timer')).toBeVisible();
  expect(foreign).toEqual([]);
});

test('corrupt saved data leaves the app usable, says so, and keeps the original', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('unknot:session', '{"state":{"record":{"routineId":7}},"version":1}');
      localStorage.setItem('unknot:settings', 'not json at all');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await page.goto('/');
  await expect(page.getByRole('status').filter({ hasText: 'could not be read' })).toBeVisible();
  await page.locator('html[data-live]').waitFor({ state: 'attached' });
  await page.getByRole('link', { name: /Partner lower back/ }).click();
  await page.getByRole('button', { name: 'Start session' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('timer')).toBeVisible();
  const kept = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.includes(':unreadable:'))
      .map((k) => localStorage.getItem(k)),
  );
  expect(kept).toEqual(expect.arrayContaining(['not json at all', expect.stringContaining('"routineId":7')]));
});

test('a mangled routine link explains itself and offers a way on', async ({ page }) => {
  await page.goto('/routines/partner-lower-back%22%3E%3Cimg%20src=x%3E');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We couldn’t find that');
  await expect(page.getByRole('link', { name: /Back to/ }).first()).toBeVisible();
});

test('storage that refuses every write (full disk, private mode) still runs the session and says so', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.goto('/routines/partner-lower-back/check');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('timer')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'would not save' })).toBeVisible();
  await page.getByRole('button', { name: 'Next step' }).click();
  await expect(page.getByText(`Step 2 of ${lowerBack.steps.length}`)).toBeVisible();
});

test('storage that cannot even be read (disabled) still opens every screen', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('Access is denied', 'SecurityError');
      },
    });
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto('/routines/warm-towel/check');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('timer')).toBeVisible();
});

test.describe('a long self-massage run', () => {
  // The fake clock runs every animation frame it skips over; still pictures keep long runs fast.
  test.use({ reducedMotion: 'reduce' });

  test('with storage refusing every write, today’s cap is still kept for the tab, and it says so', async ({
    page,
  }) => {
    await page.clock.install({ time: new Date('2026-11-21T09:00:00') });
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.goto('/routines/self-foam-roller/check');
    for (const doneBefore of [0, 7]) {
      await expect(page.getByText(`Self-massage today: ${doneBefore} of 15 minutes.`)).toBeVisible();
      await page.getByRole('button', { name: 'Continue' }).click();
      await expect(page.getByRole('timer')).toBeVisible();
      await page.clock.runFor(7 * 60_000 + 5_000);
      await expect(page.getByRole('heading', { level: 1, name: 'Session complete' })).toBeVisible();
      await page.getByRole('button', { name: 'Done' }).click();
      await page.getByRole('link', { name: /Self-massage with a foam roller/ }).click();
      await page.getByRole('button', { name: 'Start session' }).click();
    }
    await expect(page.getByText('Self-massage today: 14 of 15 minutes.')).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: 'That’s enough for today' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Continue' })).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'can’t be remembered' }).first()).toBeVisible();
  });
});
