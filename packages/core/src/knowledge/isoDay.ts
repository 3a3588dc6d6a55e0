/**
 * The ISO day of a date, `yyyy-MM-dd` in local time: the one formatter of days for the
 * report's reference date, date mentions and as-of dates.
 *
 * @example
 * isoDay(new Date(2022, 8, 1)); // '2022-09-01'
 */
export function isoDay(date: Date): string {
  // date-fns's format parses its pattern on every call; this is the hot path of every date mention.
  const y = date.getFullYear();
  const m = date.getMonth() + 1;
  const d = date.getDate();
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}
