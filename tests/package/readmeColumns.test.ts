import { readFileSync } from 'node:fs';
import { FIGURE_COLUMNS } from '@gaoxin/core';
import { describe, expect, it } from 'vitest';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const section = readme.slice(readme.indexOf('### CSV and Excel columns'));
const documented = [...section.matchAll(/^\| `(\w+)` \| ([a-z ]+) \| (.+) \|$/gm)].map((m) => ({ name: m[1], description: m[3] }));

describe('the README documents every CSV column, in order', () => {
  it('lists the columns of FIGURE_COLUMNS', () => {
    expect(documented.map((d) => d.name)).toEqual(FIGURE_COLUMNS.map((c) => c.name));
  });
  it.each(FIGURE_COLUMNS.map((c) => [c.name, c.description]))('%s says what the schema says', (name, description) => {
    expect(documented.find((d) => d.name === name)?.description).toBe(description);
  });
});
