// Executes a notebook's code cells in order, as the tslab kernel would, without Jupyter:
// each cell is compiled from TypeScript and run in one shared context (so names carry over),
// with `tslab.display` recording what the cell shows. Prints the outputs as JSON.
// Usage: node runNotebook.mjs notebook.ipynb   (run from the notebook's folder)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { transformSync } from 'esbuild';

const path = resolve(process.argv[2]);
const notebook = JSON.parse(readFileSync(path, 'utf8'));
const outputs = [];
let current = [];
const show = (type) => (data) => current.push({ type, data: String(data) });
const context = createContext({
  require: createRequire(path),
  console: { log: (...args) => current.push({ type: 'stdout', data: args.join(' ') }), error: (...args) => current.push({ type: 'stderr', data: args.join(' ') }) },
  tslab: { display: { html: show('html'), markdown: show('markdown'), text: show('text'), png: show('png'), jpeg: show('jpeg'), svg: show('svg') } },
  Intl,
  TextDecoder,
});
notebook.cells.forEach((cell, index) => {
  if (cell.cell_type !== 'code') return;
  current = [];
  const source = Array.isArray(cell.source) ? cell.source.join('') : cell.source;
  const { code } = transformSync(source, { loader: 'ts', target: 'es2022', tsconfigRaw: { compilerOptions: { verbatimModuleSyntax: true } } });
  runInContext(importsToRequires(code), context, { filename: `cell-${index}.ts` });
  outputs.push({ cell: index, outputs: current });
});
process.stdout.write(JSON.stringify(outputs));

// tslab makes a cell's imports visible to later cells; `var` bindings in the shared context do the same.
function importsToRequires(code) {
  return code
    .replace(/^import \* as (\w+) from (["'][^"']+["']);$/gm, 'var $1 = require($2);')
    .replace(/^import \{([^}]*)\} from (["'][^"']+["']);$/gm, (_, names, from) => `var {${names.replace(/\bas\b/g, ':')}} = require(${from});`)
    .replace(/^import (\w+) from (["'][^"']+["']);$/gm, 'var $1 = require($2).default ?? require($2);');
}
