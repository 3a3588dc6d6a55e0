import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseReport, reportJsonSchema } from '@gaoxin/core';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const shippedPath = require.resolve('@gaoxin/core/report.schema.json');
const sample = readFileSync(new URL('../../examples/sample-report.txt', import.meta.url), 'utf8');

describe('the JSON Schema of Report', () => {
  it('ships as generated from the zod models (run `pnpm build` after changing a model)', () => {
    expect(JSON.parse(readFileSync(shippedPath, 'utf8'))).toEqual(reportJsonSchema());
  });

  it('accepts the JSON of a real report', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(reportJsonSchema());
    const json: unknown = JSON.parse(JSON.stringify(parseReport(sample, { referenceDate: '2023-10-26' })));
    const ok = validate(json);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('rejects a figure with an unknown kind', () => {
    const ajv = new Ajv2020({ strict: false });
    const validate = ajv.compile(reportJsonSchema());
    const report = JSON.parse(JSON.stringify(parseReport('研发平台312个', { referenceDate: '2022-11-15' }))) as { figures: Array<{ kind: string }> };
    report.figures[0]!.kind = 'weight';
    expect(validate(report)).toBe(false);
  });
});
