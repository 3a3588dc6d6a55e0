import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_CONFIG, HIGHLIGHT_KINDS, highlightSetting } from '../../src/shared/config.js';
import { KIND_COLORS } from '../../src/decorations/styles.js';

// commands.ts imports 'vscode', which only exists inside VS Code; building the record needs none of it.
vi.mock('vscode', () => ({}));
const { createCommands } = await import('../../src/commands/commands.js');
type Host = Parameters<typeof createCommands>[0];

interface Manifest {
  main: string;
  browser: string;
  activationEvents: string[];
  contributes: {
    commands: Array<{ command: string; title: string; category?: string }>;
    configuration: { properties: Record<string, { default: unknown }> };
    colors: Array<{ id: string; defaults: Record<string, string> }>;
    views: Record<string, Array<{ id: string }>>;
    menus: Record<string, Array<{ command: string }>>;
  };
}

const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as Manifest;
const handlers = createCommands({} as Host);
const declared = manifest.contributes.commands.map((c) => c.command);

describe('the manifest and the command record', () => {
  it('has a handler for every declared command', () => {
    const missing = declared.filter((id) => !(id in handlers));
    expect(missing, `declared in package.json without a handler: ${missing.join(', ')}`).toEqual([]);
  });
  it('declares every command that has a handler', () => {
    const undeclared = Object.keys(handlers).filter((id) => !declared.includes(id));
    expect(undeclared, `handlers missing from contributes.commands: ${undeclared.join(', ')}`).toEqual([]);
  });
  it('uses only declared commands in menus', () => {
    for (const items of Object.values(manifest.contributes.menus)) for (const item of items) expect(declared).toContain(item.command);
  });
  it('names every id gaoxin.', () => {
    const ids = [
      ...declared,
      ...Object.keys(manifest.contributes.configuration.properties),
      ...manifest.contributes.colors.map((c) => c.id),
      ...Object.values(manifest.contributes.views).flatMap((v) => v.map((x) => x.id)),
    ];
    for (const id of ids) expect(id).toMatch(/^gaoxin\./);
  });
});

describe('activation', () => {
  it('never activates on *', () => expect(manifest.activationEvents).not.toContain('*'));
  it('activates on the default languages and the analyze command', () => {
    expect(manifest.activationEvents).toEqual([...DEFAULT_CONFIG.languages.map((l) => `onLanguage:${l}`), 'onCommand:gaoxin.analyze']);
  });
  it('has a Node and a web entry', () => {
    expect(manifest.main).toBe('./dist/node/extension.js');
    expect(manifest.browser).toBe('./dist/web/extension.js');
  });
});

describe('settings and colours', () => {
  const props = manifest.contributes.configuration.properties;
  it('declares the defaults the code uses', () => {
    expect(props['gaoxin.languages']?.default).toEqual(DEFAULT_CONFIG.languages);
    expect(props['gaoxin.maxDocumentSize']?.default).toBe(DEFAULT_CONFIG.maxDocumentSize);
    expect(props['gaoxin.updateDelay']?.default).toBe(DEFAULT_CONFIG.updateDelay);
    expect(props['gaoxin.referenceDate']?.default).toBe('');
    for (const kind of HIGHLIGHT_KINDS) expect(props[`gaoxin.${highlightSetting(kind)}`]?.default).toBe(DEFAULT_CONFIG.highlight[kind]);
  });
  it('declares every colour the decorations use, for light, dark and high contrast', () => {
    const colors = new Map(manifest.contributes.colors.map((c) => [c.id, c.defaults]));
    for (const kind of HIGHLIGHT_KINDS) {
      for (const id of Object.values(KIND_COLORS[kind])) {
        const defaults = colors.get(id);
        expect(defaults, id).toBeDefined();
        expect(Object.keys(defaults ?? {})).toEqual(expect.arrayContaining(['light', 'dark', 'highContrast']));
      }
    }
  });
  it('highlights figures only by default, and analyses documents of at least 10 MB', () => {
    expect(DEFAULT_CONFIG.highlight).toEqual({ figures: true, dates: false, entities: false });
    expect(DEFAULT_CONFIG.maxDocumentSize).toBeGreaterThanOrEqual(10_000_000);
  });
  it('has an icon and a gallery banner', () => {
    const m = manifest as unknown as { icon?: string; galleryBanner?: { color?: string } };
    expect(m.icon).toBe('images/icon.png');
    expect(existsSync(new URL(`../../${m.icon}`, import.meta.url))).toBe(true);
    expect(m.galleryBanner?.color).toMatch(/^#[0-9a-f]{6}$/i);
  });
  it('has a toggle command per kind', () => {
    for (const kind of ['Figure', 'Date', 'Entity']) expect(declared).toContain(`gaoxin.toggle${kind}Highlights`);
  });
});
