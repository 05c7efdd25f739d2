// Splits the shipped stories into shards of about equal walking time, so
// the two cores walk them in parallel (the tests' two story files, the
// bench's two walkers): the slowest walk first, each to the lighter shard.
import { basename } from 'node:path';
import { listStoryFiles } from './ink-stories-plugin.ts';

/**
 * The CPU seconds each shipped story's walk took (measured one after another
 * in one process on 27 November 2026, after the walker's faster look-ahead,
 * at load average 13–19 on the shared machine, which inflates all of them
 * alike), so the shards balance the work itself, not the file sizes: a
 * walk's cost follows its distinct states and how much text each step
 * reads, not the length of its source. A new story counts as the largest
 * until it is measured here.
 */
const WALK_SECONDS: Record<string, number> = {
  'after-the-shooting.ink': 26,
  'the-shelter.ink': 25,
  'city-centre.ink': 22,
  'the-conference.ink': 20,
  'where-and-how.ink': 13,
  'healthy-relationships.ink': 12,
};

export function shard(index: number, of: number, storiesDir = 'stories'): string[] {
  const largest = Math.max(0, ...Object.values(WALK_SECONDS));
  const files = listStoryFiles(storiesDir)
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
