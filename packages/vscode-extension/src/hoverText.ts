// export.ts reads article labels from here; they live in shared/names.ts with the other names.
export { articleLabel } from './shared/names.js';
