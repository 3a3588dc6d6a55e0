import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

// Linux keeps the CPU time of every child this process has waited for in /proc/self/stat
// (cutime and cstime, in clock ticks): the one place Node can read a finished child's CPU
// time, so the bench can say how many cores a run kept busy, V8's helper threads included.
const CUTIME_FIELD = 13;
const CSTIME_FIELD = 14;

let ticksPerSecond: number | undefined;

function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    const out = spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' });
    const n = Number(out.stdout?.trim());
    ticksPerSecond = Number.isFinite(n) && n > 0 ? n : 100;
  }
  return ticksPerSecond;
}

/**
 * CPU seconds (user + system) of all children this process has waited for so far, or
 * undefined where /proc is not there (not Linux). The difference across a `spawnSync` is
 * that child's CPU time, every thread of it included.
 */
export function waitedChildrenCpuSeconds(): number | undefined {
  let stat: string;
  try {
    stat = readFileSync('/proc/self/stat', 'utf8');
  } catch {
    return undefined;
  }
  // The command name (field 2) is in parentheses and may hold spaces: count from after it.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[CUTIME_FIELD]) + Number(fields[CSTIME_FIELD]);
  return Number.isFinite(ticks) ? ticks / clockTicks() : undefined;
}
