/**
 * `npx tsx scripts/screenshot.ts URL-PATH [name]`: phone and tablet screenshots of a page of the running
 * preview server (BASE_URL, default http://127.0.0.1:4173), into screenshots/tmp, for looking at a screen by eye.
 * Steps after the name: "click:Button name", "check:Label", "wait:ms".
 */
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

const [path = '/', name = 'page', ...steps] = process.argv.slice(2);
const sizes = { phone: { width: 390, height: 844 }, tablet: { width: 820, height: 1180 } };
mkdirSync('screenshots/tmp', { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
for (const [label, viewport] of Object.entries(sizes)) {
  const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
  await page.goto(`${process.env.BASE_URL ?? 'http://127.0.0.1:4173'}${path}`);
  for (const step of steps) {
    // steps: "click:Button name" or "check:Label" or "wait:ms"
    const [verb, arg = ''] = step.split(/:(.*)/s);
    if (verb === 'click') await page.getByRole('button', { name: arg }).first().click();
    else if (verb === 'check') await page.getByLabel(arg).check();
    else if (verb === 'wait') await page.waitForTimeout(Number(arg));
  }
  await page.waitForTimeout(300);
  await page.screenshot({ path: `screenshots/tmp/${name}-${label}.png`, fullPage: false });
  await page.close();
}
await browser.close();
console.log(`screenshots/tmp/${name}-phone.png screenshots/tmp/${name}-tablet.png`);
