/**
 * Session cost for `npm run bench`: what a running session costs the main thread each second, beside a
 * bare page that only updates a countdown once a second, read from Chromium's own counters (DevTools
 * protocol `Performance.getMetrics`). Each figure is the median of a few rounds, taken in turns, each
 * in a fresh browser: on two shared cores one window can be twice the next (a browser tearing down the
 * last page, a garbage collection). Also the JS heap over 60 minutes of a session's clock.
 */
import type { Browser, CDPSession, Page } from '@playwright/test';

/** Real time each page is left to settle, then watched, per round. */
const SETTLE_MS = 2000;
const WATCH_MS = 8000;
const ROUNDS = 3;

export interface CostFigures {
  /** Milliseconds of main-thread work per second, all tasks. */
  taskMs: number;
  scriptMs: number;
  /** Style recalculations and layouts per second. */
  styles: number;
  layouts: number;
}

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

/** Chromium's counters over WATCH_MS of real time, per second. */
async function watch(page: Page): Promise<CostFigures> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
  await page.waitForTimeout(SETTLE_MS);
  const a = await metrics(cdp);
  await page.waitForTimeout(WATCH_MS);
  const b = await metrics(cdp);
  await cdp.detach();
  const seconds = b.Timestamp! - a.Timestamp!;
  const per = (name: string) => (b[name]! - a[name]!) / seconds;
  return {
    taskMs: per('TaskDuration') * 1000,
    scriptMs: per('ScriptDuration') * 1000,
    styles: per('RecalcStyleCount'),
    layouts: per('LayoutCount'),
  };
}

/** A page that shows a countdown and changes it once a second: the floor a session is held to. */
const BARE_COUNTDOWN = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Countdown</title>
<body style="font: 3rem system-ui; display: grid; place-items: center; height: 100vh; margin: 0">
<div role="timer" id="t">20:00</div>
<script>
  const end = Date.now() + 20 * 60 * 1000;
  const el = document.getElementById('t');
  setInterval(() => {
    const s = Math.max(0, Math.ceil((end - Date.now()) / 1000));
    el.textContent = Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');
  }, 1000);
</script></body></html>`;

export const COST_ROUTINE = 'partner-full-back';

async function startSession(page: Page, base: string) {
  await page.goto(`${base}/routines/${COST_ROUTINE}`);
  await page.locator('html[data-live]').waitFor({ state: 'attached' });
  // Keys, not clicks: a phone has no mouse pointer, and one resting over the page makes Chromium
  // hit-test it after every layout to update hover, which a session would be charged for.
  await page.getByRole('button', { name: 'Start session' }).press('Enter');
  await page.getByRole('button', { name: 'Continue' }).press('Enter');
  await page.getByRole('timer').waitFor();
}

/** Hides the page as a locked phone would: the session runs on, nothing is on screen. */
async function hide(page: Page) {
  // A string, not a function: tsx would wrap a function's inner names in a helper the page lacks.
  await page.evaluate(`
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    document.dispatchEvent(new Event('visibilitychange'));
  `);
}

export type CostCase = 'bare' | 'moving' | 'resting' | 'glance' | 'hidden';

/** One round of one case in a fresh browser. */
async function measure(launch: () => Promise<Browser>, base: string, which: CostCase): Promise<CostFigures> {
  const browser = await launch();
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  try {
    if (which === 'bare') {
      await page.setContent(BARE_COUNTDOWN);
      return await watch(page);
    }
    await startSession(page, base);
    if (which === 'glance') await page.getByRole('button', { name: 'Glance view' }).press('Enter');
    if (which === 'hidden') await hide(page);
    // The stroke shows itself for the step's first seconds, then the picture rests.
    if (which === 'resting') await page.waitForTimeout(16000);
    return await watch(page);
  } finally {
    await browser.close();
  }
}

const medianOf = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function measureSessionCost(
  launch: () => Promise<Browser>,
  base: string,
): Promise<Record<CostCase, CostFigures>> {
  const cases: CostCase[] = ['bare', 'moving', 'resting', 'glance', 'hidden'];
  const rounds = new Map<CostCase, CostFigures[]>(cases.map((c) => [c, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const which of cases) rounds.get(which)!.push(await measure(launch, base, which));
  }
  const median = (list: CostFigures[]): CostFigures => ({
    taskMs: medianOf(list.map((f) => f.taskMs)),
    scriptMs: medianOf(list.map((f) => f.scriptMs)),
    styles: medianOf(list.map((f) => f.styles)),
    layouts: medianOf(list.map((f) => f.layouts)),
  });
  return Object.fromEntries(cases.map((c) => [c, median(rounds.get(c)!)])) as Record<CostCase, CostFigures>;
}

const usedHeapMb = async (page: Page) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize / 1024 / 1024;
};

/** Minutes of session clock at which the heap is read. */
export const HEAP_MINUTES = [1, 10, 30, 60] as const;

/**
 * The heap (after a garbage collection) at each of HEAP_MINUTES of a running session, on Playwright's
 * clock. The routine runs 20 minutes as written; "Add 30 seconds" keeps stretching the step on show so
 * the session lasts the hour.
 */
export async function measureSessionHeap(browser: Browser, base: string) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.clock.install();
  await startSession(page, base);
  const addTime = page.getByRole('button', { name: 'Add 30 seconds' });
  const heapMb: number[] = [];
  for (let minute = 1; minute <= 60; minute++) {
    if (minute % 5 === 1) for (let i = 0; i < 10; i++) await addTime.press('Enter');
    await page.clock.runFor(60_000);
    if ((HEAP_MINUTES as readonly number[]).includes(minute)) heapMb.push(await usedHeapMb(page));
  }
  const running = await page.getByRole('timer').isVisible();
  await context.close();
  return { heapMb, running };
}
