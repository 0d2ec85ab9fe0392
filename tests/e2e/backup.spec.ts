import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import type { HistoryEntry } from '../../src/storage/records/history';
import { historyEntry } from '../historyEntry';
import lowerBack from '../../content/routines/partner-lower-back.json' with { type: 'json' };

test.use({ reducedMotion: 'reduce' });

const NOW = new Date('2026-11-25T20:30:00');
const min = (n: number) => n * 60_000;

const session = (startedAt: string, fields: Partial<HistoryEntry> = {}) =>
  historyEntry(startedAt, { workedMs: min(12), ...fields });

const [first, second] = lowerBack.steps;
const evening = {
  id: 'my-evening1',
  name: 'Evening back',
  who: 'partner',
  steps: [first!, second!].map((s) => ({
    routine: 'partner-lower-back',
    step: s.id,
    seconds: s.duration.default,
    pressure: s.pressure,
    side: s.side,
  })),
  createdAt: NOW.getTime() - min(60 * 24),
  updatedAt: NOW.getTime() - min(60 * 24),
};

/** One person's phone: two sessions (and one deleted), a routine of their own, the dim theme. */
const seeded = {
  'unknot:history': {
    sessions: [
      session('2026-11-23T20:00', { feeling: 'better' }),
      session('2026-11-25T19:00', { note: 'Much looser' }),
      session('2026-11-25T19:30', { removedAt: NOW.getTime() - min(5) }),
    ],
  },
  'unknot:routines': { routines: [evening] },
  'unknot:settings': { theme: 'dim', chimes: false },
};

async function openSettings(page: Page) {
  await page.goto('/settings');
  await page.locator('html[data-live]').waitFor({ state: 'attached' });
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
}

const stored = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(Object.entries(localStorage).sort(([a], [b]) => a.localeCompare(b))),
  );

test('export on one phone, import on another: everything arrives once, and a bad file changes nothing', async ({
  page,
  browser,
}, testInfo) => {
  await page.clock.setFixedTime(NOW);
  await page.addInitScript((records) => {
    for (const [key, state] of Object.entries(records))
      if (localStorage.getItem(key) === null)
        localStorage.setItem(key, JSON.stringify({ state, version: 1 }));
  }, seeded);

  // The first phone: "Export my data" downloads one file.
  await openSettings(page);
  const yourData = page.getByRole('group', { name: 'Your data' });
  const downloading = page.waitForEvent('download');
  await yourData.getByRole('button', { name: 'Export my data' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('unknot-backup-2026-11-25.json');
  await expect(yourData.getByRole('status')).toHaveText(
    'Downloading unknot-backup-2026-11-25.json: 2 sessions, 1 routine and your settings.',
  );
  const file = testInfo.outputPath('unknot-backup-2026-11-25.json');
  await download.saveAs(file);
  const backup = JSON.parse(await readFile(file, 'utf8'));
  expect(backup).toMatchObject({ app: 'unknot', kind: 'backup', version: 1 });
  expect(Object.keys(backup.records).sort()).toEqual([
    'unknot:history',
    'unknot:routines',
    'unknot:settings',
  ]);
  expect(backup.records['unknot:history'].state.sessions).toHaveLength(2);

  // A second phone, fresh: "Import data" takes the file.
  const other = await browser.newContext();
  const phone = await other.newPage();
  await phone.clock.setFixedTime(NOW);
  await openSettings(phone);
  await expect(phone.locator('html')).not.toHaveAttribute('data-theme', 'dim');
  const importData = phone.getByLabel('Import data');
  await importData.setInputFiles(file);
  const status = phone.getByRole('group', { name: 'Your data' }).getByRole('status');
  await expect(status).toHaveText('Added 2 sessions and 1 routine. Took your settings from the file.');
  // The settings take hold at once.
  await expect(phone.locator('html')).toHaveAttribute('data-theme', 'dim');
  await expect(phone.getByRole('checkbox', { name: /^Chime at each new step/ })).not.toBeChecked();

  // The same file again adds nothing.
  await importData.setInputFiles(file);
  await expect(status).toHaveText(
    'Nothing new was added. Skipped 2 sessions and 1 routine already here. Kept the settings on this device.',
  );

  // A bad file is refused in plain words, and nothing changes.
  const before = await stored(phone);
  await importData.setInputFiles({
    name: 'unknot-backup-2026-11-25.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(backup).slice(0, 300)),
  });
  await expect(phone.getByRole('alert')).toHaveText(
    /^This file can’t be read as a backup: .* Nothing on this device was changed\.$/,
  );
  await importData.setInputFiles({
    name: 'from-the-future.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...backup, version: 2 })),
  });
  await expect(phone.getByRole('alert')).toHaveText(/^This backup was made by a newer version of Unknot\./);
  expect(await stored(phone)).toEqual(before);

  // What came in is there: the sessions in History, the routine in My routines.
  await phone.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();
  const items = phone.getByRole('list', { name: 'Sessions' }).getByRole('listitem');
  await expect(items).toHaveCount(2);
  await expect(items.first()).toContainText('Wed 25 Nov, 19:00 · 12 min');
  await expect(items.nth(1)).toContainText('Mon 23 Nov, 20:00 · 12 min');
  await phone.goto('/my-routines');
  await expect(phone.getByRole('link', { name: /Evening back/ })).toBeVisible();
  const routines = await phone.evaluate(() => JSON.parse(localStorage.getItem('unknot:routines') ?? 'null'));
  expect(routines).toEqual({ state: { routines: [evening] }, version: 1 });
  await other.close();
});
