import { readFileSync } from 'node:fs';
import * as core from '@gaoxin/core';
import { describe, expect, it } from 'vitest';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('the README documents the public API', () => {
  it.each(Object.keys(core).sort())('%s is documented', (name) => {
    expect(readme).toContain(`\`${name}`);
  });
});

describe('the README quick start', () => {
  it('holds exactly two commands: install and run the main job, then run the tests', () => {
    const section = readme.slice(readme.indexOf('## Quick start'));
    const block = /```[a-z]*\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
    const lines = block.trim().split('\n');
    expect(lines).toEqual(['npx -y pnpm@12.4.2 install && npx -y pnpm@12.4.2 demo', 'npx -y pnpm@12.4.2 test']);
  });
});
