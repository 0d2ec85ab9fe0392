/**
 * Imports point one way: app → features → components, storage → content → engine → lib; devices (speech,
 * chimes, vibration, wake lock, media session) sit beside storage and need only lib and engine types. A
 * feature reaches another feature only through that feature's `index.ts`, never its internals. This
 * small ESLint rule resolves each relative import and checks it; tests/unit/lint.test.ts proves it bites.
 */
import { dirname, join, sep } from 'node:path';

/** What each layer may import, besides itself. */
const ALLOWED = {
  lib: [],
  engine: ['lib'],
  content: ['lib', 'engine'],
  storage: ['lib', 'engine', 'content'],
  devices: ['lib', 'engine'],
  components: ['lib', 'engine', 'content', 'storage'],
  features: ['lib', 'engine', 'content', 'storage', 'devices', 'components'],
  app: ['lib', 'engine', 'content', 'storage', 'devices', 'components', 'features'],
};

/** The layer (and feature name) of a file under src/, or null outside it. */
export function layerOf(file) {
  const parts = file.split(sep).join('/').split('/');
  const src = parts.lastIndexOf('src');
  if (src === -1) return null;
  const [top, second] = parts.slice(src + 1);
  if (!top) return null;
  if (top === 'main.tsx' || top === 'entry-server.tsx' || top === 'env.d.ts') return { layer: 'app' };
  if (top === 'features') return { layer: 'features', feature: second, file: parts.slice(src + 3).join('/') };
  return top in ALLOWED ? { layer: top } : null;
}

export function checkImport(fromFile, specifier) {
  if (!specifier.startsWith('.')) return null;
  const from = layerOf(fromFile);
  const to = layerOf(join(dirname(fromFile), specifier));
  if (!from || !to) return null;
  if (from.layer === to.layer) {
    if (from.layer !== 'features' || from.feature === to.feature) return null;
    // Another feature: only through its public index.
    if (/^(index(\.tsx?)?)?$/.test(to.file)) return null;
    return `features/${from.feature} may use features/${to.feature} only through its index.ts, not ${to.file}`;
  }
  if (ALLOWED[from.layer].includes(to.layer)) return null;
  return `${from.layer} may not import ${to.layer}: imports point one way (see README, "How the code is laid out")`;
}

export const layersPlugin = {
  rules: {
    'one-way': {
      meta: { type: 'problem', schema: [] },
      create(context) {
        const check = (node) => {
          const source = node.source;
          if (!source || typeof source.value !== 'string') return;
          const problem = checkImport(context.filename, source.value);
          if (problem) context.report({ node: source, message: problem });
        };
        return {
          ImportDeclaration: check,
          ExportNamedDeclaration: check,
          ExportAllDeclaration: check,
          ImportExpression: check,
        };
      },
    },
  },
};
