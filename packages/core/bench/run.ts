// `pnpm bench`: throughput of the core on about 1 MB of report text, against peers measured
// in the same run. Sections live beside this file; each returns rows for one table.
// The sections measure the shipped build (bench/core.ts).
import { formatRate } from './measure.js';
import { buildInput, byteSize } from './input.js';
import { batchSection } from './batch.js';
import { datesSection } from './dates.js';
import { entitiesSection } from './entities.js';
import { figuresSection } from './figures.js';
import { stagesSection } from './stages.js';
import type { BenchSection } from './types.js';

const sections: BenchSection[] = [stagesSection, figuresSection, datesSection, entitiesSection, batchSection];

const input = buildInput();
process.stdout.write(
  `Input: ${(byteSize(input.text) / 1e6).toFixed(2)} MB, ${input.pages.length} pages, from ${input.from}\nNode ${process.version}\n\n`,
);
for (const section of sections) {
  process.stderr.write(`running ${section.name}…\n`);
  const rows = await section.run(input);
  process.stdout.write(`## ${section.name}\n`);
  const width = Math.max(...rows.map((r) => r.name.length));
  for (const r of rows) {
    process.stdout.write(`${r.name.padEnd(width)}  ${formatRate(r.bytesPerSecond).padStart(12)}  ${r.ms.toFixed(1).padStart(9)} ms${r.note ? `  ${r.note}` : ''}\n`);
  }
  process.stdout.write('\n');
}
