// Runs the e2e suite through @vscode/test-electron's runTests(), the usual launcher of extension
// tests. vscodeExecutablePath points at codeServer.mjs, so nothing is downloaded from VS Code's
// update server (unreachable here); where a desktop VS Code can be had, dropping that option runs
// the same suite in it.
//
// The workspace is a fresh temporary folder holding the fixtures; the suite writes its large and
// binary files there. The last line printed is the suite's "e2e: N passed, N failed".
const { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const path = require('node:path');
const { runTests } = require('@vscode/test-electron');

const root = path.resolve(__dirname, '../..');
const workspace = mkdtempSync(path.join(tmpdir(), 'gaoxin-workspace-'));
cpSync(path.join(__dirname, 'fixtures'), workspace, { recursive: true });
const resultFile = path.join(workspace, '.e2e-result.json');

// The screenshot of the README is refreshed only on request (SCREENSHOTS=images), so CI leaves the tree clean.
const screenshots = process.env.SCREENSHOTS ? path.resolve(root, process.env.SCREENSHOTS) : path.join(root, 'out/e2e/screenshots');

function finish(code) {
  let line;
  try {
    line = JSON.parse(readFileSync(resultFile, 'utf8')).line;
  } catch {
    // No result file: the runner died before the suite reported.
  }
  rmSync(workspace, { recursive: true, force: true });
  // The suite reports its own counts; when it never ran (VS Code did not start), that is one failure.
  console.log(`e2e: ${line ?? '0 passed, 1 failed'}`);
  process.exit(line && code === 0 ? 0 : 1);
}

runTests({
  vscodeExecutablePath: path.join(__dirname, 'codeServer.mjs'),
  extensionDevelopmentPath: root,
  extensionTestsPath: path.join(root, 'out/e2e/index'),
  launchArgs: [workspace],
  extensionTestsEnv: {
    GAOXIN_E2E_RESULT: resultFile,
    GAOXIN_E2E_SCREENSHOTS: screenshots,
    // A real page of the shared corpus, read (never copied into the repository) when it is beside the checkout.
    GAOXIN_E2E_CORPUS_PAGE: [path.resolve(root, '../../../shared/corpus/000_47f5caafe1074bdb.txt')].find((p) => existsSync(p)) ?? '',
  },
}).then(
  () => finish(0),
  (err) => {
    console.error('e2e run failed:', err instanceof Error ? err.message : err);
    finish(1);
  },
);
