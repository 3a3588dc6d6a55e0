import type { ExtractionContext } from './context.js';

/**
 * One step of the engine, in the spirit of chrono's parsers and refiners: it reads the context
 * and the results of the stages it `needs`, and returns its own. A stage never runs a stage it
 * did not declare, so `extractDates` runs the date stage alone and `parseReport` runs them all.
 */
export interface Stage<T> {
  /** For messages and benchmarks. */
  readonly name: string;
  readonly needs: ReadonlyArray<Stage<unknown>>;
  run(ctx: ExtractionContext, input: StageInput): T;
}

/** What a running stage may read: the results of the stages it declared. */
export interface StageInput {
  get<U>(stage: Stage<U>): U;
}

/** One run over one context: each stage runs at most once, its needs first. */
export interface StageRun {
  readonly context: ExtractionContext;
  /** The result of `stage`, running it (and what it needs) on first use. */
  get<T>(stage: Stage<T>): T;
}

/**
 * Starts a run over `ctx`. Results are kept per stage, so asking for figures and then for the
 * report runs the dates once. A stage that reads an undeclared stage, or stages that need each
 * other, fail with an error that names them: both are mistakes in the code, not in the text.
 *
 * @example
 * const run = createRun(ctx);
 * run.get(figuresStage); // runs datesStage first
 */
export function createRun(ctx: ExtractionContext): StageRun {
  const results = new Map<Stage<unknown>, unknown>();
  const running = new Set<Stage<unknown>>();
  function get<T>(stage: Stage<T>): T {
    if (results.has(stage)) return results.get(stage) as T;
    if (running.has(stage)) throw new Error(`Stage ${stage.name} needs itself through its needs`);
    running.add(stage);
    const input: StageInput = {
      get<U>(needed: Stage<U>): U {
        if (!stage.needs.includes(needed)) throw new Error(`Stage ${stage.name} reads stage ${needed.name} without declaring it`);
        return get(needed);
      },
    };
    for (const needed of stage.needs) get(needed);
    const result = stage.run(ctx, input);
    running.delete(stage);
    results.set(stage, result);
    return result;
  }
  return { context: ctx, get };
}
