import { describe, expect, it } from 'vitest';
import { datesStage } from '../dates/stage.js';
import { createContext } from '../engine/context.js';
import { createRun, type Stage } from '../engine/stage.js';
import { entitiesStage } from '../entities/stage.js';
import { figuresStage } from '../figures/stage.js';
import { structureStage } from '../structure/stage.js';
import { attributionStage } from './stage.js';

const TEXT = '截至今年9月，无锡高新区知识产权价值信用贷344户，放款8.1亿元。';

describe('the stages and what each needs', () => {
  it.each<[Stage<unknown>, string[]]>([
    [datesStage, []],
    [entitiesStage, []],
    [figuresStage, ['dates']],
    [structureStage, ['entities']],
    [attributionStage, ['figures', 'dates', 'entities', 'structure']],
  ])('%s', (stage, needs) => {
    expect(stage.needs.map((s) => s.name)).toEqual(needs);
  });

  it('attribution, run alone, runs its needs and dates the figures', () => {
    const run = createRun(createContext(TEXT, { referenceDate: new Date(2022, 10, 15) }));
    const figures = run.get(attributionStage);
    expect(figures.map((f) => [f.text, f.asOf?.from])).toEqual([
      ['344户', '2022-09-01'],
      ['8.1亿元', '2022-09-01'],
    ]);
    // The figure stage's own output is left as it was: attribution returns new figures.
    expect(run.get(figuresStage).every((f) => f.asOf === undefined)).toBe(true);
  });
});
