import type { ReferenceDateSource } from '../models/enums.js';

/** The day relative dates resolve against, and where it came from. */
export interface ReferenceDate {
  date: Date;
  source: ReferenceDateSource;
}

/**
 * The one rule for a page's reference date: the option when given, else the page's dateline,
 * else today (local midnight of `now()`). The dateline reader is passed in because reading
 * datelines is date knowledge, which sits above the engine.
 *
 * @example
 * resolveReferenceDate('本报讯', undefined, () => undefined, () => new Date(2022, 10, 15, 9)).source; // 'today'
 */
export function resolveReferenceDate(
  source: string,
  option: Date | undefined,
  readDateline: (text: string) => Date | undefined,
  now: () => Date,
): ReferenceDate {
  if (option) return { date: option, source: 'option' };
  const dateline = readDateline(source);
  if (dateline) return { date: dateline, source: 'dateline' };
  const today = now();
  return { date: new Date(today.getFullYear(), today.getMonth(), today.getDate()), source: 'today' };
}
