// The story checks of one shard of the stories (tools/ink/walk-shards.ts):
// stories-1 and stories-2 each take one, so the two cores walk them in
// parallel. Each story is walked once, and every check that needs its paths
// reads that one walk.
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHIPPED, checkStory, formatFinding } from '../../tools/ink/check-stories.ts';
import type { StoryCheck } from '../../tools/ink/check-stories.ts';
import { shard } from '../../tools/ink/walk-shards.ts';
import { WALK_BUDGET } from '../budgets.ts';
import { expectLongestPathKeptInLms } from './lms-suspend-check.ts';

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
