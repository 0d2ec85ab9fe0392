/**
 * Runs after `vite build`: builds the server entry, renders every static page (home, each routine, the
 * technique list and each technique) into dist/<path>.html, keeps an empty shell as dist/app.html for
 * the routes that are not prerendered (the player, settings), then writes the service worker.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createHash } from 'node:crypto';
import { build } from 'vite';
import { generateSW } from 'workbox-build';

const root = process.cwd();
const dist = join(root, 'dist');
const ssrOut = join(root, 'node_modules/.prerender');

await build({ logLevel: 'warn', build: { ssr: 'src/entry-server.tsx', outDir: ssrOut, emptyOutDir: true } });
const server = (await import(pathToFileURL(join(ssrOut, 'entry-server.js')).href)) as {
  render(path: string): Promise<string>;
  describePage(path: string): string | null;
  prerenderPaths: string[];
};

const shell = loadAfterFirstPaint(readFileSync(join(dist, 'index.html'), 'utf8'));
const marker = '<div id="root"></div>';
if (!shell.includes(marker)) throw new Error('dist/index.html has no empty #root to fill');
writeFileSync(join(dist, 'app.html'), shell);

for (const path of server.prerenderPaths) {
  const html = await server.render(path);
  const page = withOwnName(
    shell.replace(marker, `<div id="root" data-prerendered="${path}">${html}</div>`),
    html,
    server.describePage(path),
  );
  // `/routines/x` is written as routines/x.html: static hosts and `vite preview` serve it for that URL.
  const file = path === '/' ? join(dist, 'index.html') : join(dist, `${path}.html`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, page);
}
rmSync(ssrOut, { recursive: true, force: true });
console.log(`prerendered ${server.prerenderPaths.length} pages`);

// The service worker is made last, so it precaches the prerendered pages as they were written.
const sw = await generateSW({
  globDirectory: dist,
  // wav: the near-silent clip that keeps lock-screen controls showing during a session (silentAudio.ts).
  globPatterns: ['**/*.{html,js,css,svg,png,webmanifest,wav}'],
  swDest: join(dist, 'sw.js'),
  // Any page that was not prerendered (the player, settings, a search) opens the empty app shell.
  navigateFallback: '/app.html',
  navigateFallbackDenylist: [/^\/assets\//, /^\/sw\.js$/],
  cleanupOutdatedCaches: true,
  clientsClaim: true,
  // The app asks before a new version takes over, and never during a session (UpdatePrompt.tsx).
  skipWaiting: false,
  maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
  sourcemap: false,
  mode: 'production',
});
console.log(`service worker precaches ${sw.count} files (${Math.round(sw.size / 1024)} KB)`);

/**
 * Each page says what it is before any script runs: its title is its heading, as Root.tsx names it once
 * live, so a bookmark, a shared link and a screen reader get the right name at once; its description is
 * the routine's or technique's summary where it has one.
 */
function withOwnName(page: string, html: string, description: string | null): string {
  const heading = /<h1[^>]*>([\s\S]*?)<\/h1>/
    .exec(html)?.[1]
    ?.replace(/<[^>]+>/g, '')
    .trim();
  if (!heading) throw new Error('a prerendered page has no heading to name it by');
  let out = page.replace(/<title>[^<]*<\/title>/, `<title>${heading} · Unknot</title>`);
  if (description) {
    const escaped = description.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
    out = out.replace(
      /<meta name="description" content="[^"]*"/,
      `<meta name="description" content="${escaped}"`,
    );
  }
  return out;
}

/**
 * Prerendered pages are readable (and their links work) before any JavaScript runs, so the app's code
 * is fetched only after the first paint: a tiny deferred loader adds the entry module once a frame has
 * been drawn. The phone paints text at once instead of waiting on ~90 KB of script.
 */
function loadAfterFirstPaint(html: string): string {
  const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/.exec(html);
  if (!entry) throw new Error('dist/index.html has no entry module script');
  const preloads = [...html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">\s*/g)];
  const modules = [entry[1], ...preloads.map((m) => m[1])];
  // The first paint is observed through Paint Timing rather than timers, which a page may fake or
  // throttle; a page opened in, or sent to, the background before it painted loads at once. A page whose
  // prerendered HTML is for another URL (the shell for /session, a search) is cleared and loads at once.
  const loader = `(()=>{let done=false;const add=()=>{if(done)return;done=true;for(const [i,src] of ${JSON.stringify(modules)}.entries()){const el=document.createElement(i?"link":"script");if(i){el.rel="modulepreload";el.href=src}else{el.type="module";el.src=src}el.crossOrigin="";document.head.append(el)}};const root=document.getElementById("root");if(root&&(root.dataset.prerendered!==location.pathname||location.search)){root.replaceChildren();add();return}try{new PerformanceObserver((_,o)=>{o.disconnect();add()}).observe({type:"paint",buffered:true})}catch{add()}const hidden=()=>{if(document.visibilityState!=="visible")add()};hidden();document.addEventListener("visibilitychange",hidden)})();\n`;
  const name = `assets/boot-${createHash('sha256').update(loader).digest('hex').slice(0, 8)}.js`;
  writeFileSync(join(dist, name), loader);
  let out = html.replace(entry[0], '');
  for (const p of preloads) out = out.replace(p[0], '');
  return out.replace('</head>', `  <script defer src="/${name}"></script>\n  </head>`);
}
