import * as assert from 'node:assert/strict';
import { commandsRun, manifest } from './helpers.js';

suite('coverage', () => {
  test('every command of the manifest was run by the suite', () => {
    const missing = manifest()
      .contributes.commands.map((c) => c.command)
      .filter((c) => !commandsRun().has(c));
    assert.deepEqual(missing, []);
  });
});
