/** Thrown for options that cannot be used; the message says which option and why. */
export class GaoxinOptionsError extends Error {
  override readonly name = 'GaoxinOptionsError';
}
