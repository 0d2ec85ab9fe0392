/**
 * `npm run bench`: figures to compare run to run, printed, never asserted.
 * - gzipped JavaScript the home page loads first (measured by loading it in Chromium), and all of it
 * Builds first, then serves the build with `vite preview` on a spare port.
 */
import { chromium } from '@playwright/test';
import { execSync, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

const PORT = 4390;
const BASE = `http://127.0.0.1:${PORT}`;
const dist = join(process.cwd(), 'dist');

const gzipKb = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length / 1024;
const kb = (n: number) => `${n.toFixed(1)} KB`;

async function waitForServer(url: string) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`preview server did not start at ${url}`);
}

/** JavaScript files a page fetched, as paths inside dist. */
async function scriptsLoadedBy(path: string): Promise<string[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  const scripts = new Set<string>();
  page.on('response', (res) => {
    const url = new URL(res.url());
    if (url.pathname.endsWith('.js') && url.origin === BASE) scripts.add(url.pathname);
  });
  await page.goto(`${BASE}${path}`, { waitUntil: 'networkidle' });
  await browser.close();
  return [...scripts].filter((p) => p.startsWith('/assets/'));
}

async function main() {
  execSync('npx vite build', { stdio: 'ignore' });
  const server = spawn(
    'npx',
    ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
    {
      stdio: 'ignore',
      detached: true,
    },
  );
  try {
    await waitForServer(BASE);
    const home = await scriptsLoadedBy('/');
    const homeKb = home.reduce((sum, p) => sum + gzipKb(readFileSync(join(dist, p))), 0);
    const all = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js'));
    const allKb = all.reduce((sum, f) => sum + gzipKb(readFileSync(join(dist, 'assets', f))), 0);

    console.log('\nUnknot bench');
    console.log('figure                                   value');
    console.log(`JS the home page loads first (gzip)      ${kb(homeKb)}  (${home.length} files)`);
    console.log(`all JS in the build (gzip)               ${kb(allKb)}  (${all.length} files)`);
  } finally {
    if (server.pid) process.kill(-server.pid);
  }
}

await main();
