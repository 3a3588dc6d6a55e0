import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
  },
  // The workbook writer brings exceljs (Node streams and zip); its own entry keeps it out of the main bundle.
  {
    entry: { xlsx: 'src/xlsx/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    target: 'node20',
    platform: 'node',
  },
  {
    entry: { cli: 'src/cli/main.ts', 'cli-worker': 'src/cli/worker.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    // Every worker thread loads this bundle: date-fns's package entry alone loads hundreds of
    // modules (about 0.1 s), where bundled it is the few functions the parser calls.
    noExternal: ['date-fns'],
    define: { __GAOXIN_VERSION__: JSON.stringify(version) },
  },
]);
