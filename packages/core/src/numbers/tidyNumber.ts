/**
 * Drops the binary floating-point noise that scaling decimals leaves (9.3 × 1e8 is
 * 930000000.0000001): 15 significant digits are all a double holds reliably.
 *
 * @example
 * tidyNumber(9.3 * 1e8); // 930000000
 */
export function tidyNumber(value: number): number {
  return Number.isFinite(value) ? Number(value.toPrecision(15)) : value;
}
