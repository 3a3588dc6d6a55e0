import { describe, expect, it } from 'vitest';
import { boundBefore } from './approxWords.js';

/** The bound read before the figure that starts where `figure` does in `text`. */
function boundOf(text: string, figure: string, floor = 0): string | undefined {
  return boundBefore(text, text.indexOf(figure), floor);
}

describe('boundBefore: the word just before a figure that bounds it', () => {
  it.each([
    ['营收突破万亿元', '万亿元', 0, 'over'],
    ['营收突破了5亿元', '5亿元', 0, 'over'],
    ['营收突破 5亿元', '5亿元', 0, 'over'],
    ['营收突破  5亿元', '5亿元', 0, undefined],
    ['最高给予20万元', '20万元', 0, 'under'],
    ['最多可获得20万元', '20万元', 0, 'under'],
    ['最高达到20万元', '20万元', 0, 'under'],
    ['规模约占30%', '30%', 0, 'about'],
    ['总额约为3亿元', '3亿元', 0, 'about'],
    ['签约为3亿元', '3亿元', 0, undefined],
    ['营收达5亿元', '5亿元', 0, undefined],
    ['投资5亿元', '5亿元', 0, undefined],
    ['突破5亿元', '5亿元', 1, undefined],
    ['5亿元', '5亿元', 0, undefined],
  ] as const)('%s (floor %d): %s', (text, figure, floor, expected) => {
    expect(boundOf(text, figure, floor)).toBe(expected);
  });
});
