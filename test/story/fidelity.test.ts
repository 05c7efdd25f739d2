// The fidelity table stays true: every scenario moment it names exists, and
// no row is empty.
import { readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { declaredKnots } from '../../tools/ink/story-walker.ts';
import { compiledStory } from '../unit/story-fixture.ts';
import { COMPILE_BUDGET } from '../budgets.ts';

const table = readFileSync('docs/fidelity.md', 'utf8');
const rows = table.split('\n').filter((line) => line.startsWith('|') && !/^\|\s*-/.test(line) && !/^\| (#|Site) \|/.test(line));

describe('docs/fidelity.md', () => {
  it('has rows, and no empty cell in any row', () => {
    expect(rows.length).toBeGreaterThanOrEqual(80);
    for (const row of rows) {
      const cells = row
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim());
      expect(
        cells.every((c) => c.length > 0),
        row,
      ).toBe(true);
    }
  });

  it(
    'names only scenario moments and code that exist',
    () => {
      for (const [, file, moments] of table.matchAll(/`([a-z-]+\.ink) → ([^`]+)`/g)) {
        const path = `stories/${file}`;
        expect(existsSync(path), path).toBe(true);
        const knots = declaredKnots(compiledStory(path));
        const source = readFileSync(path, 'utf8');
        for (const moment of moments!.split(/,\s*/)) {
          const name = moment.split(' ')[0]!;
          const known = knots.includes(name) || new RegExp(`^\\s*=+\\s*${name.split('.').pop()}\\b`, 'm').test(source);
          expect(known, `${file} → ${name}`).toBe(true);
        }
      }
      for (const [, module] of table.matchAll(/`(src\/model\/[a-z-]+\.ts)`/g)) expect(existsSync(module!), module).toBe(true);
    },
    COMPILE_BUDGET,
  );
});
