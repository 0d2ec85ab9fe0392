/**
 * `npm run bench`: figures to compare run to run, printed, never asserted.
 * - gzipped JavaScript the home page loads first (measured by loading it in Chromium), and all of it
 * - time to answer one keystroke of technique search over the whole library
 * - session cost: main-thread time a running session takes each second against a bare countdown, and the
 *   heap after 1 and 60 minutes of a session (scripts/sessionCost.ts)
 * - Lighthouse (default mobile profile, Debian's Chromium): score, LCP and TBT per static page
 * Builds first, then serves the build with `vite preview` on a spare port.
 * `--no-lighthouse` skips Lighthouse; `--runs N` takes the median of N Lighthouse runs per page;
 * Lighthouse runs on home, the technique list and the heaviest routine and technique pages, or on every
 * prerendered page with `--lighthouse-all`.
 */
import { chromium, type Browser } from '@playwright/test';
import { execFileSync, execSync, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createServer } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import {
  COST_ROUTINE,
  HEAP_MINUTES,
  measureSessionCost,
  measureSessionHeap,
  type CostFigures,
} from './sessionCost';
import { STROKE_DEMO_MS } from '../src/features/session/strokeDemo';

const PORT = 4390;
const BASE = `http://127.0.0.1:${PORT}`;
const dist = join(process.cwd(), 'dist');
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 1;
const LIGHTHOUSE = 'lighthouse@12.8.2';

const gzipKb = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length / 1024;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

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

/** JavaScript files a page fetched before it settled, as paths inside dist. */
async function scriptsLoadedBy(browser: Browser, path: string): Promise<string[]> {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  const scripts = new Set<string>();
  page.on('response', (res) => {
    const url = new URL(res.url());
    if (url.pathname.endsWith('.js') && url.origin === BASE) scripts.add(url.pathname);
  });
  await page.goto(`${BASE}${path}`, { waitUntil: 'networkidle' });
  await page.close();
  return [...scripts].filter((p) => p.startsWith('/assets/'));
}

/** The paths prerendered into dist: each page's HTML but the shell (app.html) and the offline page. */
function prerenderedPaths(dir = dist, prefix = ''): string[] {
  return readdirSync(join(dir), { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory())
      return entry.name === 'assets'
        ? []
        : prerenderedPaths(join(dir, entry.name), `${prefix}/${entry.name}`);
    if (!entry.name.endsWith('.html') || (prefix === '' && entry.name === 'app.html')) return [];
    return entry.name === 'index.html' && prefix === '' ? ['/'] : [`${prefix}/${entry.name.slice(0, -5)}`];
  });
}

/** JS every prerendered page fetches until the network is idle, gzip KB, by path. */
async function jsUntilIdle(paths: string[]): Promise<Map<string, number>> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const sizes = new Map<string, number>();
  try {
    for (const path of paths) {
      const files = await scriptsLoadedBy(browser, path);
      sizes.set(
        path,
        files.reduce((sum, p) => sum + gzipKb(readFileSync(join(dist, p))), 0),
      );
    }
  } finally {
    await browser.close();
  }
  return sizes;
}

/** Runs the real search module (through Vite, so the content module resolves) on names, aliases and typos. */
async function searchTimings() {
  const vite = await createServer({
    server: { middlewareMode: true },
    appType: 'custom',
    logLevel: 'silent',
  });
  try {
    const { createTechniqueSearch } = await vite.ssrLoadModule('/src/features/techniques/search.ts');
    const library = await vite.ssrLoadModule('/src/content/techniques.ts');
    const techniques = library.techniques as { name: string; aliases: string[] }[];
    const queries = techniques.flatMap((t) => [t.name, ...t.aliases]);
    const typos = queries.map((q) => q.slice(0, -2) + q.slice(-1));
    const prefixes = queries.flatMap((q) => [q.slice(0, 1), q.slice(0, 3), q.slice(0, 5)]);
    const all = [...queries, ...typos, ...prefixes];

    const search = createTechniqueSearch(library.techniques);
    let t = performance.now();
    search('kneading');
    const first = performance.now() - t;
    const times: number[] = [];
    for (let round = 0; round < 5; round++) {
      for (const q of all) {
        t = performance.now();
        search(q);
        times.push(performance.now() - t);
      }
    }
    return {
      first,
      median: median(times),
      p95: pct(times, 0.95),
      count: times.length,
      techniques: techniques.length,
    };
  } finally {
    await vite.close();
  }
}

interface LighthouseFigures {
  score: number;
  lcp: number;
  tbt: number;
  cls: number;
}

function lighthouse(path: string): LighthouseFigures {
  const flags = ['--headless', ...CHROMIUM_ARGS].join(' ');
  const out = execFileSync(
    'npx',
    [
      '--yes',
      LIGHTHOUSE,
      `${BASE}${path}`,
      '--quiet',
      '--only-categories=performance',
      '--output=json',
      '--output-path=stdout',
      `--chrome-flags=${flags}`,
    ],
    {
      env: { ...process.env, CHROME_PATH: CHROMIUM_PATH },
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    },
  );
  const report = JSON.parse(out.toString());
  const audit = (id: string) => report.audits[id].numericValue as number;
  return {
    score: report.categories.performance.score * 100,
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
  };
}

interface ManifestChunk {
  file: string;
  imports?: string[];
}

/** The entry, the home route and everything they import statically: what home needs to show and hydrate. */
function jsHomeNeedsFirst(): string[] {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    chunk.imports?.forEach(visit);
  };
  visit('index.html');
  visit('src/app/routes/home.tsx');
  return [...files].filter((f) => f.endsWith('.js'));
}

/** The share of a routine's time the player's picture moves: the first seconds of each step and side. */
function movingShare(routineId: string): number {
  const routine = JSON.parse(readFileSync(join('content/routines', `${routineId}.json`), 'utf8')) as {
    steps: { side: string; duration: { default: number } }[];
  };
  const demo = STROKE_DEMO_MS / 1000;
  let moving = 0;
  let total = 0;
  for (const step of routine.steps) {
    const length = step.duration.default;
    total += length;
    moving += step.side === 'each' ? 2 * Math.min(demo, length / 2) : Math.min(demo, length);
  }
  return moving / total;
}

async function printSessionCost() {
  const launch = () => chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const browser = await launch();
  try {
    const cost = await measureSessionCost(launch, BASE);
    const heap = await measureSessionHeap(browser, BASE);
    const floor = cost.bare.taskMs;
    const row = (label: string, f: CostFigures) =>
      console.log(
        `${label.padEnd(38)}${f.taskMs.toFixed(2).padStart(6)} ms/s  ${(f.taskMs / floor).toFixed(1).padStart(4)}×` +
          `   script ${f.scriptMs.toFixed(2)} ms/s, ${f.styles.toFixed(1)} styles/s, ${f.layouts.toFixed(1)} layouts/s`,
      );
    const share = movingShare(COST_ROUTINE);
    const average: CostFigures = {
      taskMs: share * cost.moving.taskMs + (1 - share) * cost.resting.taskMs,
      scriptMs: share * cost.moving.scriptMs + (1 - share) * cost.resting.scriptMs,
      styles: share * cost.moving.styles + (1 - share) * cost.resting.styles,
      layouts: share * cost.moving.layouts + (1 - share) * cost.resting.layouts,
    };
    console.log(`\nSession cost (${COST_ROUTINE}, 390×844, Performance.getMetrics, median of rounds)`);
    row('bare countdown page', cost.bare);
    row('player, stroke showing (step start)', cost.moving);
    row('player, picture at rest', cost.resting);
    row(`player over the routine (${(share * 100).toFixed(0)}% showing)`, average);
    row('glance view', cost.glance);
    row('screen hidden (phone locked)', cost.hidden);
    const readings = heap.heapMb.map((mb, i) => `${mb.toFixed(2)} MB at ${HEAP_MINUTES[i]} min`).join(', ');
    console.log(
      `JS heap in a running session          ${readings}${heap.running ? '' : ' (the session had ended)'}`,
    );
  } finally {
    await browser.close();
  }
}

/** Home and the technique list, then the heaviest of each kind of page, and how many pass 130 KB. */
function printJsUntilIdle(idle: Map<string, number>) {
  const LIMIT = 130;
  const heaviest = (prefix: string) =>
    [...idle].filter(([p]) => p.startsWith(prefix)).sort((a, b) => b[1] - a[1])[0];
  const rows: [string, [string, number] | undefined][] = [
    ['home', ['/', idle.get('/') ?? NaN]],
    ['technique list', ['/techniques', idle.get('/techniques') ?? NaN]],
    ['heaviest routine page', heaviest('/routines/')],
    ['heaviest technique page', heaviest('/techniques/')],
  ];
  console.log(`JS each prerendered page fetches until the network is idle (gzip), ${idle.size} pages:`);
  for (const [label, row] of rows) {
    if (row) console.log(`  ${label.padEnd(36)}${row[1].toFixed(1).padStart(6)} KB  ${row[0]}`);
  }
  const over = [...idle].filter(([, kb]) => kb > LIMIT);
  console.log(`  pages over ${LIMIT} KB: ${over.length === 0 ? 'none' : over.map(([p]) => p).join(', ')}`);
}

async function main() {
  execSync('npm run build', { stdio: 'ignore' });
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
    const first = jsHomeNeedsFirst();
    const firstKb = first.reduce((sum, f) => sum + gzipKb(readFileSync(join(dist, f))), 0);
    const idle = await jsUntilIdle(prerenderedPaths());
    const all = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js'));
    const allKb = all.reduce((sum, f) => sum + gzipKb(readFileSync(join(dist, 'assets', f))), 0);
    const search = await searchTimings();

    console.log('\nUnknot bench');
    console.log(
      `JS the home page needs first (gzip)   ${firstKb.toFixed(1)} KB  (${first.length} files: entry + home route)`,
    );
    printJsUntilIdle(idle);
    console.log(`all JS in the build (gzip)            ${allKb.toFixed(1)} KB  (${all.length} files)`);
    console.log(
      `search, one keystroke                 median ${search.median.toFixed(3)} ms, p95 ${search.p95.toFixed(3)} ms ` +
        `(${search.count} queries over ${search.techniques} techniques; first query with index build ${search.first.toFixed(1)} ms)`,
    );

    await printSessionCost();

    if (!args.includes('--no-lighthouse')) {
      console.log(`\nLighthouse ${LIGHTHOUSE}, mobile profile, median of ${runs} run(s)`);
      console.log('page                              score   LCP ms   TBT ms   CLS');
      const heaviest = (prefix: string) =>
        [...idle].filter(([p]) => p.startsWith(prefix)).sort((a, b) => b[1] - a[1])[0]?.[0];
      const pages = args.includes('--lighthouse-all')
        ? [...idle.keys()]
        : ['/', '/techniques', heaviest('/routines/'), heaviest('/techniques/')].filter(
            (p): p is string => p !== undefined,
          );
      for (const path of pages) {
        const results = Array.from({ length: runs }, () => lighthouse(path));
        const pick = (key: keyof LighthouseFigures) => median(results.map((r) => r[key]));
        console.log(
          `${path.padEnd(34)}${pick('score').toFixed(0).padStart(5)}${pick('lcp').toFixed(0).padStart(9)}` +
            `${pick('tbt').toFixed(0).padStart(9)}   ${pick('cls').toFixed(3)}`,
        );
      }
    }
  } finally {
    if (server.pid) process.kill(-server.pid);
  }
}

await main();
