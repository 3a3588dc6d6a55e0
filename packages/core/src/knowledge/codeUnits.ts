/** Tables of code units, shared by the scans: a one-byte read per character where a Set of one-character strings hashes. */

/**
 * A table by code unit, 1 for each code unit of `chars`.
 *
 * @example
 * unitsOf('的了')['的'.charCodeAt(0)]; // 1
 */
export function unitsOf(chars: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return table;
}

/**
 * Whether any code unit of `s` is in `table`.
 *
 * @example
 * hasUnitOf('公司的', unitsOf('的')); // true
 */
export function hasUnitOf(s: string, table: Uint8Array): boolean {
  for (let i = 0; i < s.length; i++) if (table[s.charCodeAt(i)] === 1) return true;
  return false;
}

/**
 * Whether a code unit is a CJK Unified Ideograph of the basic block (U+4E00–U+9FFF), the Han
 * characters the rules read, without a pattern.
 *
 * @example
 * isHanCode('园'.charCodeAt(0)); // true
 * isHanCode('A'.charCodeAt(0)); // false
 */
export function isHanCode(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff;
}
