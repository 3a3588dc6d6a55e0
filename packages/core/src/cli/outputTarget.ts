import type { Expansion } from './inputs.js';
import type { CliIo } from './io.js';

/**
 * Why `--out` may not be written, or undefined when it may. Checked after the inputs are
 * listed and before any is read: an output that is one of the inputs would destroy it (never
 * allowed); one inside a folder being read would be read back as a report on the next run
 * (allowed with `--force`, when it is not an input itself).
 *
 * @example
 * await refuseOutput('same.txt', await expandInputs(['same.txt'], io), false, io); // '--out same.txt is also an input …'
 */
export async function refuseOutput(out: string, inputs: Expansion, force: boolean, io: CliIo): Promise<string | undefined> {
  const info = await io.stat(out).catch(() => undefined);
  if (info?.kind === 'directory') return `--out ${out} is a folder; name a file`;
  if (info !== undefined && info.kind !== 'file') return undefined;
  const where = await io.locate(out);
  const name = baseName(where);
  for (const s of inputs.sources) {
    if (s.kind !== 'file' || info === undefined) continue;
    if (!s.named && baseName(s.path) !== name) continue;
    const same = (await io.locate(s.path)) === where || (await io.stat(s.path).catch(() => undefined))?.id === info.id;
    if (same) return `--out ${out} is also an input (${s.path}); writing it would destroy what is read`;
  }
  for (const folder of inputs.scanned) {
    const root = (await io.locate(folder)).replace(/\/+$/, '');
    if (where.startsWith(`${root}/`) && !force) {
      return `--out ${out} is inside ${folder}, which is being read: the output would be read back as a report next time (add --force to write it there anyway)`;
    }
  }
  return undefined;
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
