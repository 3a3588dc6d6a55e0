/**
 * Drops the binary floating-point noise that scaling decimals leaves (9.3 × 1e8 is
 * 930000000.0000001): 15 significant digits are all a double holds reliably.
 *
 * @example
 * tidyNumber(9.3 * 1e8); // 930000000
 */
export function tidyNumber(value: number): number {
  // An integer of at most 15 digits has no noise to drop (0 goes the long way: -0 becomes 0).
  if (Number.isInteger(value) && value !== 0 && Math.abs(value) < 1e15) return value;
  return Number.isFinite(value) ? Number(value.toPrecision(15)) : value;
}
