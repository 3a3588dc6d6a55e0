import { z } from 'zod';

/** Where a page is from; it sets the currency of a bare 元 and which date forms are read (ROC years). */
export const RegionSchema = z.enum(['mainland', 'taiwan', 'hongkong']);
export type Region = z.infer<typeof RegionSchema>;

/** Where a report's reference date came from: the options, the page's dateline, or the clock. */
export const ReferenceDateSourceSchema = z.enum(['option', 'dateline', 'today']);
export type ReferenceDateSource = z.infer<typeof ReferenceDateSourceSchema>;

/** The encodings input bytes may be decoded with. */
export const TextEncodingSchema = z.enum(['utf-8', 'utf-16le', 'utf-16be', 'utf-32le', 'utf-32be', 'gb18030', 'big5']);
export type TextEncodingName = z.infer<typeof TextEncodingSchema>;

/** How exact the written figure is: 约/左右 → about, 余/超/以上 → over, 不足/以下 → under. */
export const ApproxSchema = z.enum(['exact', 'about', 'over', 'under']);
export type Approx = z.infer<typeof ApproxSchema>;

/** The approximations a numeral can carry by itself (十余万, 二十几万, 两三); `under` needs a word outside it. */
export const NumeralApproxSchema = ApproxSchema.exclude(['under']);
export type NumeralApprox = z.infer<typeof NumeralApproxSchema>;
