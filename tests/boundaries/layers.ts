// The layers of packages/core/src, lowest first. A folder imports only from folders of a lower
// rank; folders of one rank (dates and entities, figures and structure) do not import each other.
// `report` holds what reads a whole Report (summaries, consistency checks).
import type { ICruiseOptions, IForbiddenRuleType } from 'dependency-cruiser';

export const CORE_LAYERS: readonly (readonly string[])[] = [
  ['models'],
  ['knowledge'],
  ['text'],
  ['engine'],
  ['numbers'],
  ['dates', 'entities'],
  ['figures', 'structure'],
  ['report'],
  ['attribution'],
  ['output'],
  ['display', 'xlsx'],
  ['api'],
  ['cli'],
];

const CORE = '^packages/core/src/';
const EXTENSION = '^packages/vscode-extension/src/';

/** The dependency-cruiser rules: no cycle anywhere, no upward or sideways import between core layers. */
export function boundaryRules(): IForbiddenRuleType[] {
  const rules: IForbiddenRuleType[] = [
    {
      name: 'no-cycle',
      comment: 'An import cycle ties modules that should be layered.',
      severity: 'error',
      from: { path: `(${CORE}|${EXTENSION})` },
      to: { circular: true },
    },
    {
      name: 'no-import-of-entry',
      comment: 'The public entry imports everything; nothing below may import it.',
      severity: 'error',
      from: { path: CORE, pathNot: `${CORE}cli/` },
      to: { path: `${CORE}index\\.ts$` },
    },
    {
      name: 'extension-entry-on-top',
      comment: 'The entries (node.ts, web.ts and the activate() they share) wire the features; no feature imports them.',
      severity: 'error',
      from: { path: EXTENSION, pathNot: `${EXTENSION}(extension|node|web)\\.ts$` },
      to: { path: `${EXTENSION}(extension|node|web)\\.ts$` },
    },
  ];
  CORE_LAYERS.forEach((layer, rank) => {
    const notBelow = CORE_LAYERS.slice(rank).flat();
    for (const folder of layer) {
      const forbidden = notBelow.filter((f) => f !== folder);
      if (forbidden.length === 0) continue;
      rules.push({
        name: `layer-${folder}`,
        comment: `${folder}/ imports only from the layers below it.`,
        severity: 'error',
        from: { path: `${CORE}${folder}/` },
        to: { path: `${CORE}(${forbidden.join('|')})/` },
      });
    }
  });
  return rules;
}

/** Options for `cruise`: type-only imports count (a type import upward is still a layering error); tests are leaves. */
export const CRUISE_OPTIONS: ICruiseOptions = {
  tsPreCompilationDeps: true,
  doNotFollow: { path: 'node_modules' },
  exclude: { path: '(\\.test\\.ts$|\\.test-support\\.ts$|/node_modules/)' },
  validate: true,
};
