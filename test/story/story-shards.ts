// Splits the stories between two test files, so the two cores walk them in
// parallel: the slowest walk first, each to the lighter shard. Each story is
// walked once, and every check that needs its paths reads that one walk.
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHIPPED, checkStory, formatFinding } from '../../tools/ink/check-stories.ts';
import type { StoryCheck } from '../../tools/ink/check-stories.ts';
import { listStoryFiles } from '../../tools/ink/ink-stories-plugin.ts';
import { WALK_BUDGET } from '../budgets.ts';
import { expectLongestPathKeptInLms } from './lms-suspend-check.ts';

/**
 * The CPU seconds each shipped story's walk took (measured one after another
 * in one process, November 2026), so the shards balance the work itself, not
 * the file sizes: a walk's cost follows its distinct states and how much text
 * each step reads, not the length of its source. A new story counts as the
 * largest until it is measured here.
 */
const WALK_SECONDS: Record<string, number> = {
  'the-shelter.ink': 39,
  'after-the-shooting.ink': 37,
  'city-centre.ink': 29,
  'the-conference.ink': 23,
  'where-and-how.ink': 18,
  'healthy-relationships.ink': 17,
};

export function shard(index: number, of: number): string[] {
  const largest = Math.max(0, ...Object.values(WALK_SECONDS));
  const files = listStoryFiles('stories')
    .map((path) => ({ path, cost: WALK_SECONDS[basename(path)] ?? largest + 1 }))
    .sort((a, b) => b.cost - a.cost);
  const shards = Array.from({ length: of }, () => ({ cost: 0, paths: [] as string[] }));
  for (const file of files) {
    const lightest = shards.reduce((a, b) => (b.cost < a.cost ? b : a));
    lightest.cost += file.cost;
    lightest.paths.push(file.path);
  }
  return shards[index]?.paths ?? [];
}

/**
 * Every story compiles without warnings and every path is walked (paths that
 * reach the same state are merged; sampled only where states explode). A
 * story fails on a dead end, an untagged choice, an unknown tag, a knot no
 * path reaches, or falling short of what a shipped scenario needs. Its longest
 * path must also fit what a learning system keeps (lms-suspend-check.ts).
 */
export function defineStoryChecks(index: number, of: number): void {
  describe.each(shard(index, of).map((path) => [basename(path), path]))('%s', (name, path) => {
    let walked: StoryCheck | undefined;
    const check = () => (walked ??= checkStory(path));

    it(
      'has no errors, and meets what a shipped scenario needs on every path',
      () => {
        const { errors, warnings, stats, endings, coverage } = check();
        expect(errors.map((e) => formatFinding(e, 'error'))).toEqual([]);
        expect(warnings.map((w) => formatFinding(w, 'warning'))).toEqual([]);
        expect(stats.minDecisions).toBeGreaterThanOrEqual(SHIPPED.minDecisions);
        expect(stats.minWords).toBeGreaterThanOrEqual(SHIPPED.minWords);
        expect(endings.length).toBeGreaterThanOrEqual(3);
        expect(coverage.kind).toBe('every-path');
      },
      WALK_BUDGET,
    );

    it(
      'keeps its longest path within SCORM 1.2 suspend_data in an LMS, and resumes it to the same end',
      () => expectLongestPathKeptInLms(basename(name, '.ink'), path, check()),
      WALK_BUDGET,
    );
  });
}
