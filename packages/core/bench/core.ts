// The shipped build (dist/), as users load it: `pnpm bench` builds first. Loaded from source
// through tsx the parser measured 10–20% slower here. The path is computed so that type-checking
// (which runs before any build) takes the types from the source and never needs dist/.
const shipped = new URL('../dist/index.js', import.meta.url).href;

/** The public API of @gaoxin/core as built. */
export const core = (await import(shipped)) as typeof import('../src/index.js');
