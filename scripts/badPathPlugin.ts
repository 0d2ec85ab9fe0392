/**
 * An address with a broken %-escape (`/techniques/%E0%A4%A`, a link cut mid-character) cannot be
 * decoded, and the static server would answer with a bare error. Here it gets the app's shell with a
 * 404, and the app, which never decodes what it cannot, shows its own "not found" page with a way home.
 */
import type { Connect, Plugin } from 'vite';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const decodes = (url: string) => {
  try {
    decodeURI(url.split(/[?#]/)[0]!);
    return true;
  } catch {
    return false;
  }
};

/** Answers an undecodable address with `shell()` and a 404; anything else goes on. */
const answerBadPaths =
  (shell: () => string): Connect.NextHandleFunction =>
  (req, res, next) => {
    if (!req.url || decodes(req.url)) return next();
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(shell());
  };

export function badPathPlugin(): Plugin {
  return {
    name: 'unknot-bad-paths',
    configureServer(server) {
      // In development the shell is index.html as Vite serves it.
      server.middlewares.use(async (req, res, next) => {
        if (!req.url || decodes(req.url)) return next();
        const html = await server.transformIndexHtml(
          '/',
          readFileSync(join(server.config.root, 'index.html'), 'utf8'),
        );
        answerBadPaths(() => html)(req, res, next);
      });
    },
    configurePreviewServer(server) {
      const outDir = join(server.config.root, server.config.build.outDir);
      server.middlewares.use(answerBadPaths(() => readFileSync(join(outDir, 'app.html'), 'utf8')));
    },
  };
}
