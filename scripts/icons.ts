/**
 * `npx tsx scripts/icons.ts`: exports the SVG app icons in public/icons to the PNG sizes the manifest
 * and iOS need, by rendering them in Chromium. Run again after changing an icon; the PNGs are committed.
 */
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

const outputs = [
  { svg: 'icon.svg', png: 'icon-192.png', size: 192 },
  { svg: 'icon.svg', png: 'icon-512.png', size: 512 },
  { svg: 'maskable.svg', png: 'maskable-512.png', size: 512 },
  { svg: 'icon.svg', png: 'apple-touch-icon.png', size: 180 },
];

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
for (const { svg, png, size } of outputs) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const markup = readFileSync(`public/icons/${svg}`, 'utf8');
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${markup}`,
  );
  await page.screenshot({ path: `public/icons/${png}`, omitBackground: true });
  await page.close();
  console.log(`public/icons/${png}`);
}
await browser.close();
