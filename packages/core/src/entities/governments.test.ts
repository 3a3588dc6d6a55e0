import { describe, expect, it } from 'vitest';
import { createContext } from '../engine/context.js';
import { findEntities } from './extractEntities.js';
import { HONG_KONG_BODIES, MAINLAND_CENTRAL_BODIES, TAIWAN_CENTRAL_BODIES } from './lexicons/governments.js';

const entitiesOf = (text: string) => findEntities(createContext(text, { referenceDate: new Date(2024, 10, 15) }));

describe('every government body of the official lists is an organisation by each of its names', () => {
  const cases = [...MAINLAND_CENTRAL_BODIES, ...TAIWAN_CENTRAL_BODIES, ...HONG_KONG_BODIES].flatMap((names) => names.map((name) => ({ name, canonical: names[0]! })));
  const templates = [(n: string) => `近日，${n}发布了相关数据。`, (n: string) => `据悉，${n}与园区签署合作协议。`];
  it.each(cases)('$name', ({ name, canonical }) => {
    for (const template of templates) {
      const text = template(name);
      const at = text.indexOf(name);
      const expected = name === canonical ? { type: 'organization', text: name, start: at } : { type: 'organization', text: name, start: at, canonical };
      expect(entitiesOf(text), text).toContainEqual(expect.objectContaining(expected));
    }
  });

  it.each([
    { text: '財經事務及庫務局局長許正宇出席發布會。', name: '財經事務及庫務局' },
    { text: '數位發展部今日公布，衛福部同步說明。', name: '數位發展部' },
  ])('in Traditional script too: $name', ({ text, name }) => {
    expect(entitiesOf(text)).toContainEqual(expect.objectContaining({ type: 'organization', text: name }));
  });
});

describe('a renamed body: its short name stands for the successor on pages dated after the change', () => {
  it.each([
    { day: new Date(2012, 5, 1), canonical: '行政院国家科学委员会' },
    { day: new Date(2022, 6, 26), canonical: '行政院国家科学委员会' },
    { day: new Date(2022, 6, 27), canonical: '国家科学及技术委员会' },
    { day: new Date(2024, 10, 15), canonical: '国家科学及技术委员会' },
  ])('国科会 on $day → $canonical', ({ day, canonical }) => {
    const got = findEntities(createContext('国科会今日公布竹科营业额。', { referenceDate: day }));
    expect(got).toContainEqual(expect.objectContaining({ text: '国科会', canonical }));
  });
});
