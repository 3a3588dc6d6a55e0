import { nodeIo } from './nodeIo.js';
import { runCli } from './runCli.js';

// The bin entry: wires the CLI to the real process. All logic lives in runCli.
// tsup replaces the version at build time from package.json.
declare const __GAOXIN_VERSION__: string | undefined;
const version = typeof __GAOXIN_VERSION__ === 'string' ? __GAOXIN_VERSION__ : 'development';

process.exitCode = await runCli(process.argv.slice(2), nodeIo(version));
