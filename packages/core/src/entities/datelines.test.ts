import { describe, expect, it } from 'vitest';
import { findDatelines } from './datelines.js';

const found = (text: string) => findDatelines(text).map((c) => `${c.type}:${text.slice(c.start, c.end)}`);

// Datelines and credits written for this test in the forms Chinese newspapers and sites use.
describe('findDatelines: the medium a report opens with, and its place', () => {
  it.each([
    { name: 'a paper before 讯', text: '北京商报讯(记者 王一)近日，', expected: ['organization:北京商报'] },
    { name: 'an agency, its place and date before 电', text: '新华社上海3月5日电（记者李明）', expected: ['organization:新华社', 'place:上海'] },
    { name: 'a site before 消息', text: '荆楚网消息(记者张三)今年', expected: ['organization:荆楚网'] },
    { name: 'a dateline in square brackets with a full date', text: '【新唐人2013年02月20日讯】', expected: ['organization:新唐人'] },
    { name: 'a site and its city before 讯', text: '每日甘肃网兰州讯(记者)', expected: ['organization:每日甘肃网', 'place:兰州'] },
    { name: 'the paper itself is no name, its place is', text: '本报北京3月1日电 近日', expected: ['place:北京'] },
    { name: 'a source line', text: '来源:香港商报\n正文', expected: ['organization:香港商报'] },
    { name: 'the medium a credit opens with', text: '(中央社记者林孟汝台北20日电)', expected: ['organization:中央社'] },
    { name: 'two media apart by a dot', text: '(新甘肃·甘肃日报记者李满福)', expected: ['organization:新甘肃', 'organization:甘肃日报'] },
    { name: 'the medium named again later', text: '荆楚网消息 近日，荆楚网记者获悉', expected: ['organization:荆楚网', 'organization:荆楚网'] },
    { name: 'running text is no dateline', text: '据通讯社报道，今年以来', expected: [] },
    { name: 'a word before 讯 without a break after it is no dateline', text: '快讯传来', expected: [] },
    { name: 'a column title is no medium', text: '园区快讯\n近日，', expected: [] },
    { name: '电 without a date needs a medium', text: '国网供电\n近日', expected: [] },
    { name: 'an agency before 电 without a date', text: '新华社北京电 近日', expected: ['organization:新华社', 'place:北京'] },
  ])('$name', ({ text, expected }) => {
    expect(found(text)).toEqual(expected);
  });
});
