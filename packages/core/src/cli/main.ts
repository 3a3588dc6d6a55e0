import { readFile } from 'node:fs/promises';
import { runCli } from './runCli.js';

// The bin entry: wires the CLI to the real process. All logic lives in runCli.
// tsup replaces the version at build time from package.json.
declare const __GAOXIN_VERSION__: string | undefined;
const version = typeof __GAOXIN_VERSION__ === 'string' ? __GAOXIN_VERSION__ : 'development';

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const code = await runCli(process.argv.slice(2), {
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
  readFile: (p) => readFile(p),
  readStdin,
  version,
});
process.exitCode = code;
