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
  // One or two decimals (12.6, 3.25), the usual rate or amount: when ten or a hundred times the
  // value rounds to an integer n below 1e14, the value lies within one part in 1e16 of n/10 (or
  // n/100), which has at most 14 significant digits, so rounding to 15 digits gives that decimal
  // and the division (correctly rounded) the same double: the result without formatting a string.
  const tens = value * 10;
  if (tens !== 0 && Number.isInteger(tens) && Math.abs(tens) < 1e14) return tens / 10;
  const hundreds = value * 100;
  if (hundreds !== 0 && Number.isInteger(hundreds) && Math.abs(hundreds) < 1e14) return hundreds / 100;
  return Number.isFinite(value) ? Number(value.toPrecision(15)) : value;
}
