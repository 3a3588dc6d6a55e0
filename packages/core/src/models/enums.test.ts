import { describe, expect, it } from 'vitest';
import { TEXT_ENCODINGS } from '../text/decodeBytes.js';
import { ApproxSchema, NumeralApproxSchema, RegionSchema, TextEncodingSchema } from './enums.js';
import { ExtractedFileSchema } from './extractedFile.js';
import { ParseOptionsSchema } from './options.js';
import { ReportSchema } from './report.js';

describe('each enum has one definition', () => {
  it('regions: the options and the report accept the same set', () => {
    for (const region of RegionSchema.options) {
      expect(ParseOptionsSchema.safeParse({ region }).success).toBe(true);
      expect(ReportSchema.shape.region.safeParse(region).success).toBe(true);
    }
    expect(ParseOptionsSchema.safeParse({ region: 'macau' }).success).toBe(false);
  });

  it('encodings: the decoder lists exactly what an extracted file may name', () => {
    expect([...TEXT_ENCODINGS]).toEqual(TextEncodingSchema.options);
    expect(ExtractedFileSchema.shape.encoding.options).toEqual(TextEncodingSchema.options);
  });

  it('a numeral approximates as a figure does, without under', () => {
    expect(NumeralApproxSchema.options).toEqual(ApproxSchema.options.filter((a) => a !== 'under'));
  });
});
