// Every story is compiled and every path walked (paths that reach the same
// story state are merged). A story fails on a compile warning, a dead end, an
// untagged choice, an unknown tag or a knot that no path reaches.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { compileInk } from '../../src/build/compile-ink.ts';
import { listStoryFiles } from '../../src/build/ink-stories-plugin.ts';
import { walkStory } from '../../src/build/story-walker.ts';
import type { WalkReport } from '../../src/build/story-walker.ts';

const files = listStoryFiles('stories');

describe.each(files.map((path) => [basename(path), path]))('%s', (name, path) => {
  let report: WalkReport;
  const compiled = compileInk(readFileSync(path, 'utf8'), name);

  it('compiles without errors or warnings', () => {
    expect(compiled.problems).toEqual([]);
    expect(compiled.json).not.toBeNull();
  });

  it('walks every path with no dead end, untagged choice, unknown tag or unreached knot', () => {
    report = walkStory(compiled.json as string);
    expect(report.problems).toEqual([]);
    expect(report.states).toBeGreaterThan(0);
  }, 240_000);

  it('offers at least 8 decisions and 2,500 words on every path, and at least 2 endings', () => {
    expect(report.stats.minDecisions).toBeGreaterThanOrEqual(8);
    expect(report.stats.minWords).toBeGreaterThanOrEqual(2500);
    expect(report.endings.length).toBeGreaterThanOrEqual(2);
  });
});

it('finds the stories', () => {
  expect(files.map((f) => basename(f))).toContain('the-shelter.ink');
});
