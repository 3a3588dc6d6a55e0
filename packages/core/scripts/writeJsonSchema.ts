// Writes schema/report.schema.json from the zod models, so the package ships the schema
// its own output follows. Run by `pnpm build`; a test checks the file is up to date.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { reportJsonSchema } from '../src/models/jsonSchema.js';

const target = fileURLToPath(new URL('../schema/report.schema.json', import.meta.url));
writeFileSync(target, `${JSON.stringify(reportJsonSchema(), null, 2)}\n`);
process.stdout.write(`wrote ${target}\n`);
