// Runs a notebook in a real Jupyter kernel: Deno's (`deno jupyter`, from the `deno` npm package
// beside the notebook), driven by Jupyter's nbclient (Debian's python3-nbclient). Cells run in
// order; the first cell that raises stops the run with one line on stderr and exit code 1.
//
// Usage: node tests/support/runNotebook.mjs NOTEBOOK.ipynb [--write | --check]
//   prints the executed notebook (JSON) on stdout, or with --write saves it, outputs included,
//   in place of NOTEBOOK (written whole or not at all); --check only says whether a kernel is here.
// Exit codes: 0 ran, 1 a cell failed or the kernel died, 2 bad usage, 3 no kernel here (the
// message says what to install).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const PYTHON = '/usr/bin/python3';
const CELL_TIMEOUT_SECONDS = 120;

// nbclient does the Jupyter protocol; this script only reads, runs and writes the notebook.
const EXECUTE = `
import os, sys, tempfile
from queue import Empty
import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, DeadKernelError, CellTimeoutError
from nbclient.util import ensure_async

LATE_OUTPUT_SECONDS = 0.25

class Client(NotebookClient):
    # Deno's kernel at times publishes a cell's result just after the cell's idle status, and
    # nbclient stops listening at idle: listen on until the kernel has been quiet for a moment.
    async def _async_poll_output_msg(self, parent_msg_id, cell, cell_index):
        idle = False
        while True:
            try:
                msg = await ensure_async(self.kc.iopub_channel.get_msg(timeout=LATE_OUTPUT_SECONDS if idle else None))
            except Empty:
                return
            if msg['parent_header'].get('msg_id') != parent_msg_id:
                continue
            if msg['msg_type'] == 'status' and msg['content'].get('execution_state') == 'idle':
                idle = True
                continue
            self.process_message(msg, cell, cell_index)

path, write, timeout = sys.argv[1], sys.argv[2] == 'write', int(sys.argv[3])
nb = nbformat.read(path, as_version=4)
client = Client(nb, kernel_name='deno', timeout=timeout, allow_errors=False, record_timing=False,
                        resources={'metadata': {'path': os.path.dirname(path)}})
try:
    client.execute()
except CellExecutionError as error:
    failed = next((i for i, c in enumerate(nb.cells) if any(o.get('output_type') == 'error' for o in c.get('outputs', []))), None)
    line = str(getattr(error, 'ename', '') or 'Error') + ': ' + ' '.join(str(getattr(error, 'evalue', '') or error).split())
    sys.stderr.write(f'{path}: cell {failed + 1 if failed is not None else "?"} failed: {line[:400]}\\n')
    sys.exit(1)
except (DeadKernelError, CellTimeoutError) as error:
    sys.stderr.write(f'{path}: ' + ' '.join(str(error).split())[:400] + '\\n')
    sys.exit(1)
text = nbformat.writes(nb) + '\\n'
if not write:
    sys.stdout.write(text)
    sys.exit(0)
fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), suffix='.ipynb.tmp')
with os.fdopen(fd, 'w', encoding='utf-8') as out:
    out.write(text)
os.replace(tmp, path)
`;

/**
 * Why no kernel can run here, or undefined when one can: Deno from the `deno` npm package the
 * notebook's folder depends on, and nbclient for the system Python.
 */
export function missingKernel(notebookDir) {
  if (!denoBinary(notebookDir)) return `no deno beside ${notebookDir}: run \`npx -y pnpm@12.4.2 install\` (the examples package depends on it)`;
  const check = spawnSync(PYTHON, ['-c', 'import nbclient, nbformat'], { encoding: 'utf8' });
  if (check.status !== 0) return `${PYTHON} has no nbclient: apt-get install -y python3-nbclient`;
  return undefined;
}

/** The Deno executable the notebook's folder gets from npm, or undefined where it is not installed. */
export function denoBinary(notebookDir) {
  let pkg;
  try {
    pkg = dirname(createRequire(join(notebookDir, 'package.json')).resolve('deno/package.json'));
  } catch {
    return undefined;
  }
  // The package's postinstall puts the platform binary here; without it, ask the package where it is.
  const linked = join(pkg, process.platform === 'win32' ? 'deno.exe' : 'deno');
  if (existsSync(linked)) return linked;
  try {
    return createRequire(join(pkg, 'package.json'))('./install_api.cjs').runInstall();
  } catch {
    return undefined;
  }
}

function main(argv) {
  const args = argv.filter((a) => a !== '--write' && a !== '--check');
  if (args.length !== 1 || !args[0].endsWith('.ipynb') || (argv.includes('--write') && argv.includes('--check'))) {
    process.stderr.write('usage: node runNotebook.mjs NOTEBOOK.ipynb [--write | --check]\n');
    return 2;
  }
  const notebook = resolve(args[0]);
  if (!existsSync(notebook)) {
    process.stderr.write(`runNotebook: ${args[0]}: no such file\n`);
    return 2;
  }
  const dir = dirname(notebook);
  const missing = missingKernel(dir);
  if (missing) {
    process.stderr.write(`runNotebook: ${missing}\n`);
    return 3;
  }
  if (argv.includes('--check')) return 0;
  // A kernelspec of our own, in a folder of our own, so the run uses this checkout's Deno and
  // nothing a user installed in ~/.local/share/jupyter.
  const jupyterDir = mkdtempSync(join(tmpdir(), 'gaoxin-jupyter-'));
  try {
    mkdirSync(join(jupyterDir, 'kernels', 'deno'), { recursive: true });
    const spec = { argv: [denoBinary(dir), 'jupyter', '--kernel', '--conn', '{connection_file}'], display_name: 'Deno', language: 'typescript' };
    writeFileSync(join(jupyterDir, 'kernels', 'deno', 'kernel.json'), JSON.stringify(spec));
    const env = { ...process.env, JUPYTER_PATH: jupyterDir, JUPYTER_DATA_DIR: jupyterDir, DENO_NO_UPDATE_CHECK: '1', DENO_NO_PROMPT: '1', NO_COLOR: '1' };
    const write = argv.includes('--write') ? 'write' : 'print';
    try {
      const out = execFileSync(PYTHON, ['-c', EXECUTE, notebook, write, String(CELL_TIMEOUT_SECONDS)], {
        env,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      process.stdout.write(out);
      return 0;
    } catch (error) {
      const stderr = String(error.stderr ?? '').trim().split('\n');
      // nbclient's own line when it has one; else the last line Python printed (a traceback's message).
      process.stderr.write(`${stderr.find((l) => l.startsWith(notebook)) ?? stderr.at(-1) ?? 'runNotebook: the kernel failed'}\n`);
      return 1;
    }
  } finally {
    rmSync(jupyterDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main(process.argv.slice(2));
