import path from 'node:path';
import { defineConfig, type Options } from 'tsup';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];

// zod re-exports all of its ~50 message locales as a namespace (`z.locales`), which no bundler can
// tree-shake: 260 KB of the bundle. The core never switches locale and zod configures English
// itself, so the namespace is replaced by English alone.
const zodEnglishOnly: Plugin = {
  name: 'zod-english-only',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]v4[\\/]/.test(args.importer)
        ? { path: path.join(path.dirname(args.importer), '../locales/en.js'), namespace: 'zod-locales' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(args.path)};`,
      resolveDir: path.dirname(args.path),
      loader: 'js',
    }));
  },
};

// The core is bundled from its TypeScript sources through its "@gaoxin/source" export condition,
// so the extension builds without building the core first. 'module' is kept because setting
// esbuild's conditions drops its default list.
const shared: Options = {
  format: ['cjs'],
  external: ['vscode'],
  // tsup leaves `dependencies` external; the core and its zod and date-fns must be inside the bundle.
  noExternal: [/^@gaoxin\//, /^zod/, /^date-fns/],
  sourcemap: true,
  minify: true,
  esbuildPlugins: [zodEnglishOnly],
  esbuildOptions(o) {
    o.conditions = ['@gaoxin/source', 'module'];
  },
};

export default defineConfig([
  // Desktop and remote VS Code: the Node extension host loads `main`, which starts dist/node/worker.js
  // on worker_threads to parse.
  {
    ...shared,
    entry: { extension: 'src/node.ts', worker: 'src/analysis/worker/nodeWorker.ts' },
    outDir: 'dist/node',
    platform: 'node',
    target: 'node20',
    clean: true,
  },
  // VS Code for the Web: the web worker extension host loads `browser`, a CommonJS bundle without Node built-ins.
  { ...shared, entry: { extension: 'src/web.ts' }, outDir: 'dist/web', platform: 'browser', target: 'es2022', clean: false },
  // …and starts dist/web/worker.js as a Web Worker: a classic script, so an IIFE.
  {
    ...shared,
    format: ['iife'],
    entry: { worker: 'src/analysis/worker/webWorker.ts' },
    outDir: 'dist/web',
    outExtension: () => ({ js: '.js' }),
    platform: 'browser',
    target: 'es2022',
    clean: false,
  },
  // The e2e suite, loaded by the extension host from out/e2e; mocha stays a real module it requires.
  {
    entry: ['test/e2e/index.ts', 'test/e2e/*.test.ts'],
    outDir: 'out/e2e',
    format: ['cjs'],
    platform: 'node',
    target: 'node20',
    external: ['vscode', 'mocha'],
    sourcemap: true,
    clean: true,
  },
]);
