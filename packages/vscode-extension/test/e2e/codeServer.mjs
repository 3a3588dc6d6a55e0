#!/usr/bin/env node
// A "VS Code executable" for @vscode/test-electron's runTests({ vscodeExecutablePath }): no desktop
// VS Code can be downloaded here, so this starts code-server 4.100.3 (VS Code 1.100.3's server, whose
// Node extension host is a real one) and drives its web workbench in headless Debian chromium. It
// takes the flags runTests passes (--extensionDevelopmentPath=…, --extensionTestsPath=…, a workspace
// folder) and exits with the code the extension host reports through window.codeAutomationExit.
//
// Besides the reference runner (../shared/vscode-e2e) it
//   - serves GET /screenshot?name=… on 127.0.0.1, announced to the suite as GAOXIN_E2E_SCREENSHOT_URL
//     (code-server's environment is the only way to reach the extension host), so the suite can
//     capture the workbench mid-run, with a hover open;
//   - records the suite's "N passed, N failed" line in GAOXIN_E2E_RESULT for runTests.cjs to print last.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { format } from 'node:util';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
const flag = (name) => argv.filter((a) => a.startsWith(`--${name}=`)).map((a) => a.slice(name.length + 3));
const positional = argv.filter((a) => !a.startsWith('-'));
const root = path.resolve(flag('extensionDevelopmentPath')[0] ?? path.join(here, '../..'));
const CODE_SERVER = process.env.CODE_SERVER_ENTRY ?? path.join(root, 'test-host/node_modules/code-server/out/node/entry.js');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const workspace = path.resolve(positional[0] ?? process.env.TEST_WORKSPACE ?? path.join(here, 'fixtures'));
const testsPath = path.resolve(flag('extensionTestsPath')[0] ?? path.join(root, 'out/e2e/index'));
const screenshotDir = path.resolve(process.env.GAOXIN_E2E_SCREENSHOTS ?? path.join(root, 'out/e2e/screenshots'));
const resultFile = process.env.GAOXIN_E2E_RESULT;
const timeoutMs = Number(process.env.TEST_TIMEOUT_MS ?? 300000);

const t0 = Date.now();
const log = (...a) => console.log(`[runner +${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);
const freePort = () =>
  new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

let page;
// Screenshots on request of the suite, into screenshotDir/<name>.png.
const shots = http.createServer(async (req, res) => {
  const name = new URL(req.url ?? '/', 'http://x').searchParams.get('name') ?? 'workbench';
  if (!page || !/^[\w-]+$/.test(name)) {
    res.writeHead(400).end('no page or bad name');
    return;
  }
  try {
    mkdirSync(screenshotDir, { recursive: true });
    const file = path.join(screenshotDir, `${name}.png`);
    await page.screenshot({ path: file });
    log('screenshot', path.relative(process.cwd(), file));
    res.writeHead(200).end(file);
  } catch (e) {
    res.writeHead(500).end(String(e));
  }
});
const shotsPort = await new Promise((resolve) => shots.listen(0, '127.0.0.1', () => resolve(shots.address().port)));

const port = await freePort();
const tmp = mkdtempSync(path.join(tmpdir(), 'gaoxin-e2e-'));
mkdirSync(path.join(tmp, 'user-data', 'User'), { recursive: true });
writeFileSync(path.join(tmp, 'config.yaml'), 'auth: none\n');
// Quiet, predictable workbench: no welcome page, no telemetry prompt, a light theme for the screenshot.
writeFileSync(
  path.join(tmp, 'user-data', 'User', 'settings.json'),
  JSON.stringify({
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.colorTheme': 'Default Light Modern',
    'telemetry.telemetryLevel': 'off',
    'editor.fontSize': 15,
    'editor.hover.delay': 100,
    'editor.minimap.enabled': false,
    'security.workspace.trust.enabled': false,
    'extensions.autoCheckUpdates': false,
  }),
);

// code-server >= 4.13x only honours the test payload with the smoke-test driver flag; 4.100.3 has no such option.
const passthrough = readFileSync(path.join(path.dirname(CODE_SERVER), 'cli.js'), 'utf8').includes('"vscode-option"')
  ? ['--vscode-option', 'enable-smoke-test-driver']
  : [];
const server = spawn(
  process.execPath,
  [
    CODE_SERVER,
    ...passthrough,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    '--user-data-dir', path.join(tmp, 'user-data'),
    '--extensions-dir', path.join(tmp, 'extensions'),
    '--config', path.join(tmp, 'config.yaml'),
    // Extra flags for code-server, e.g. --disable-extensions to time the extension host alone.
    ...(process.env.GAOXIN_E2E_CODE_SERVER_ARGS ?? '').split(' ').filter((a) => a !== ''),
    workspace,
  ],
  { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, GAOXIN_E2E_SCREENSHOT_URL: `http://127.0.0.1:${shotsPort}/screenshot` } },
);
let serverOut = '';
server.stdout.on('data', (d) => {
  serverOut += d;
  if (process.env.VERBOSE) process.stdout.write(`[code-server] ${d}`);
});
server.stderr.on('data', (d) => {
  serverOut += d;
  if (process.env.VERBOSE) process.stderr.write(`[code-server] ${d}`);
});

let browser;
async function cleanup() {
  try {
    await browser?.close();
  } catch {
    // The browser may already be gone after a crash; nothing is left to close.
  }
  shots.close();
  if (server.exitCode === null) {
    server.kill('SIGTERM');
    await new Promise((r) => {
      server.once('exit', r);
      setTimeout(r, 5000);
    });
  }
  if (process.env.KEEP_TMP) log('kept', tmp);
  else rmSync(tmp, { recursive: true, force: true });
}

let exitCode = 1;
let resultLine;
try {
  await new Promise((resolve, reject) => {
    const to = setTimeout(() => reject(new Error(`code-server did not start:\n${serverOut}`)), 60000);
    const check = () => {
      if (/HTTP server listening/.test(serverOut)) {
        clearTimeout(to);
        resolve();
      }
    };
    server.stdout.on('data', check);
    server.stderr.on('data', check);
    server.once('exit', (c) => reject(new Error(`code-server exited ${c}:\n${serverOut}`)));
  });
  log(`code-server ${JSON.parse(readFileSync(path.join(path.dirname(CODE_SERVER), '../../package.json'), 'utf8')).version} up on 127.0.0.1:${port}`);

  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  const context = await browser.newContext({ viewport: { width: 1360, height: 820 }, permissions: ['clipboard-read', 'clipboard-write'] });
  page = await context.newPage();
  let finish;
  const done = new Promise((r) => {
    finish = r;
  });
  // The workbench calls these globals when it runs extension tests (the hooks @vscode/test-web uses).
  await page.exposeFunction('codeAutomationLog', (_type, args) => {
    // The extension host forwards console.log's arguments, format string first.
    const text = format(...(args ?? []));
    console.log(text);
    const m = /^(\d+) passed, (\d+) failed(?:, (\d+) skipped)?$/m.exec(text);
    if (m) resultLine = m[0];
  });
  await page.exposeFunction('codeAutomationExit', (code) => finish(code));
  if (process.env.VERBOSE) page.on('console', (m) => console.log(`[browser:${m.type()}] ${m.text()}`));

  const remote = `vscode-remote://127.0.0.1:${port}`;
  const payload = [
    ['extensionDevelopmentPath', `${remote}${root}`],
    ['extensionTestsPath', `${remote}${testsPath}`],
  ];
  log('opening workbench');
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
  exitCode = await Promise.race([
    done,
    new Promise((r) =>
      setTimeout(() => {
        log(`TIMEOUT after ${timeoutMs} ms`);
        r(124);
      }, timeoutMs),
    ),
  ]);
  log(`extension host exited with code ${exitCode}`);
  // The workbench as the suite left it, for looking into failures; never into the README's images.
  const debugDir = path.join(root, 'out/e2e/screenshots');
  mkdirSync(debugDir, { recursive: true });
  await page.screenshot({ path: path.join(debugDir, 'final.png') });
} catch (e) {
  console.error(e);
  exitCode = 1;
} finally {
  await cleanup();
}
if (resultFile) writeFileSync(resultFile, JSON.stringify({ exitCode, line: resultLine ?? null }));
process.exit(exitCode);
