// Runs a notebook in a real Jupyter kernel, driven by Jupyter's nbclient (Debian's
// python3-nbclient): the kernel its metadata names, from the npm packages beside the notebook.
// `deno` (Deno's `deno jupyter`, the documented one) or `tslab`. Cells run in order; the first
// cell that raises stops the run with one line on stderr and exit code 1.
//
// Usage: node tests/support/runNotebook.mjs NOTEBOOK.ipynb [--write | --check]
//   prints the executed notebook (JSON) on stdout, or with --write saves it, outputs included,
//   in place of NOTEBOOK (written whole or not at all); --check only says whether a kernel is here.
// Exit codes: 0 ran, 1 a cell failed or the kernel died, 2 bad usage, 3 no kernel here (the
// message says what to install).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const PYTHON = '/usr/bin/python3';
const CELL_TIMEOUT_SECONDS = 120;

// nbclient does the Jupyter protocol; this script only reads, runs and writes the notebook.
const EXECUTE = `
import os, re, sys, tempfile
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

def one_line(text):
    return ' '.join(str(text).split())[:400]

def what_failed(cell, error):
    # The error output where the kernel sent one (Deno), else what the cell wrote to stderr (tslab).
    outputs = cell.get('outputs', []) if cell else []
    shown = next((o for o in outputs if o.get('output_type') == 'error'), None)
    if shown:
        return one_line(f"{shown.get('ename', 'Error')}: {shown.get('evalue', '')}")
    stderr = ''.join(o.get('text', '') for o in outputs if o.get('output_type') == 'stream' and o.get('name') == 'stderr').strip()
    if stderr:
        lines = [l for l in stderr.splitlines() if l.strip()]
        # A thrown error's own line ('Error: boom'), not the source context printed above it.
        return one_line(next((l for l in lines if re.match(r'^[A-Za-z]*(Error|Exception)\\b', l)), lines[0]))
    return one_line(f"{getattr(error, 'ename', 'Error')}: {getattr(error, 'evalue', '')}")

path, write, timeout = sys.argv[1], sys.argv[2] == 'write', int(sys.argv[3])
nb = nbformat.read(path, as_version=4)
running = {'index': None}
client = Client(nb, kernel_name=nb.metadata.get('kernelspec', {}).get('name', 'deno'), timeout=timeout, allow_errors=False,
                record_timing=False, resources={'metadata': {'path': os.path.dirname(path)}},
                on_cell_start=lambda cell, cell_index: running.update(index=cell_index))
try:
    client.execute()
except CellExecutionError as error:
    index = running['index']
    cell = nb.cells[index] if index is not None else None
    sys.stderr.write(f"{path}: cell {index + 1 if index is not None else '?'} failed: {what_failed(cell, error)}\\n")
    sys.exit(1)
except (DeadKernelError, CellTimeoutError) as error:
    sys.stderr.write(f'{path}: {one_line(error)}\\n')
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

/** Where an npm package beside `dir` lives, or undefined where it is not installed. */
function packageDir(dir, name) {
  try {
    return dirname(createRequire(join(dir, 'package.json')).resolve(`${name}/package.json`));
  } catch {
    return undefined;
  }
}

/** The Deno executable the notebook's folder gets from npm, or undefined where it is not installed. */
function denoBinary(notebookDir) {
  const pkg = packageDir(notebookDir, 'deno');
  if (!pkg) return undefined;
  // The package's postinstall puts the platform binary here; without it, ask the package where it is.
  const linked = join(pkg, process.platform === 'win32' ? 'deno.exe' : 'deno');
  if (existsSync(linked)) return linked;
  try {
    return createRequire(join(pkg, 'package.json'))('./install_api.cjs').runInstall();
  } catch {
    return undefined;
  }
}

/** The kernels this runner can start, by kernelspec name: the command line Jupyter runs. */
const KERNELS = {
  deno: (dir) => {
    const deno = denoBinary(dir);
    return deno && [deno, 'jupyter', '--kernel', '--conn', '{connection_file}'];
  },
  tslab: (dir) => {
    const pkg = packageDir(dir, 'tslab');
    return pkg && [process.execPath, join(pkg, 'bin', 'tslab'), 'kernel', '--config-path', '{connection_file}'];
  },
};

/** The kernelspec name a notebook asks for (deno where it names none). */
function kernelName(notebook) {
  return JSON.parse(readFileSync(notebook, 'utf8')).metadata?.kernelspec?.name ?? 'deno';
}

/**
 * Why the notebook's kernel cannot run here, or undefined when it can: the kernel from an npm
 * package the notebook's folder depends on, and nbclient for the system Python.
 */
function missingKernel(notebook) {
  const name = kernelName(notebook);
  const dir = dirname(notebook);
  if (!(name in KERNELS)) return `${notebook}: kernel ${name} is not one this runner starts (${Object.keys(KERNELS).join(', ')})`;
  if (!KERNELS[name](dir)) return `no ${name} beside ${dir}: run \`npx -y pnpm@12.4.2 install\`${name === 'deno' ? ' (the examples package depends on it)' : `, with ${name} in the notebook folder's devDependencies`}`;
  const check = spawnSync(PYTHON, ['-c', 'import nbclient, nbformat'], { encoding: 'utf8' });
  if (check.status !== 0) return `${PYTHON} has no nbclient: apt-get install -y python3-nbclient`;
  return undefined;
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
  const missing = missingKernel(notebook);
  if (missing) {
    process.stderr.write(`runNotebook: ${missing}\n`);
    return 3;
  }
  if (argv.includes('--check')) return 0;
  // A kernelspec of our own, in a folder of our own, so the run uses this checkout's kernel and
  // nothing a user installed in ~/.local/share/jupyter.
  const name = kernelName(notebook);
  const jupyterDir = mkdtempSync(join(tmpdir(), 'gaoxin-jupyter-'));
  try {
    mkdirSync(join(jupyterDir, 'kernels', name), { recursive: true });
    const spec = { argv: KERNELS[name](dirname(notebook)), display_name: name, language: 'typescript' };
    writeFileSync(join(jupyterDir, 'kernels', name, 'kernel.json'), JSON.stringify(spec));
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
