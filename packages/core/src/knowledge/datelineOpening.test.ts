import { describe, expect, it } from 'vitest';
import { datelineLength, isReportedFrom } from './datelineOpening.js';

describe('datelineLength', () => {
  it.each([
    ['本报讯 7月18日，记者获悉', 3],
    ['深圳商报讯（记者 陈思）9月12日，大赛启动', 5],
    ['〔记者洪友芳／新竹报导〕竹科今年', 12],
    ['【香港商报讯】实习记者王胜明报道', 7],
    ['新华社北京9月12日电 （记者 张三）', 11],
    ['电子信息产业营收增长', 0],
    ['通讯设备制造业增长', 0],
  ])('%s → %d', (line, length) => {
    expect(datelineLength(line)).toBe(length);
  });
});

describe('isReportedFrom', () => {
  it.each([
    ['〔记者洪友芳／新竹报导〕', true],
    ['【记者林怡君／新竹报导】', true],
    ['【香港商报讯】', false],
  ])('%s → %s', (dateline, expected) => {
    expect(isReportedFrom(dateline)).toBe(expected);
  });
});
