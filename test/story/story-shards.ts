// Splits the stories between two test files, so the two cores walk them in
// parallel: largest file first, each to the lighter shard.
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHIPPED, checkStory, formatFinding } from '../../tools/ink/check-stories.ts';
import { listStoryFiles } from '../../tools/ink/ink-stories-plugin.ts';
import { WALK_BUDGET } from '../budgets.ts';

export function shard(index: number, of: number): string[] {
  const files = listStoryFiles('stories')
    .map((path) => ({ path, size: statSync(path).size }))
    .sort((a, b) => b.size - a.size);
  const shards = Array.from({ length: of }, () => ({ size: 0, paths: [] as string[] }));
  for (const file of files) {
    const lightest = shards.reduce((a, b) => (b.size < a.size ? b : a));
    lightest.size += file.size;
    lightest.paths.push(file.path);
  }
  return shards[index]?.paths ?? [];
}

/**
 * Every story compiles without warnings and every path is walked (paths that
 * reach the same state are merged; sampled only where states explode). A
 * story fails on a dead end, an untagged choice, an unknown tag, a knot no
 * path reaches, or falling short of what a shipped scenario needs.
 */
export function defineStoryChecks(index: number, of: number): void {
  describe.each(shard(index, of).map((path) => [basename(path), path]))('%s', (_name, path) => {
    it(
      'has no errors, and meets what a shipped scenario needs on every path',
      () => {
        const check = checkStory(path);
        expect(check.errors.map((e) => formatFinding(e, 'error'))).toEqual([]);
        expect(check.warnings.map((w) => formatFinding(w, 'warning'))).toEqual([]);
        expect(check.stats.minDecisions).toBeGreaterThanOrEqual(SHIPPED.minDecisions);
        expect(check.stats.minWords).toBeGreaterThanOrEqual(SHIPPED.minWords);
        expect(check.endings.length).toBeGreaterThanOrEqual(3);
        expect(check.coverage.kind).toBe('every-path');
      },
      WALK_BUDGET,
    );
  });
}
