/** The period stage's entry, kept at this path for the pipeline: see period.ts. */
export { attachAsOf } from './period.js';
