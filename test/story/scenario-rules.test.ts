// What every shipped scenario declares and does, read from the stories
// themselves (issue 4's list), so a new scenario is held to the same rules.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listStoryFiles } from '../../tools/ink/ink-stories-plugin.ts';
import { compiledStory } from '../unit/story-fixture.ts';
import { InkStory } from '../../src/story/story-runner.ts';

const files = listStoryFiles('stories');

describe.each(files.map((path) => [basename(path), path]))('%s', (_name, path) => {
  const source = readFileSync(path, 'utf8');
  const story = new InkStory(compiledStory(path));

  it('declares its themes, length and citations for the prebrief and debrief', () => {
    expect(story.meta.themes.length).toBeGreaterThan(0);
    expect(story.meta.minutes).toMatch(/\d/);
    expect(story.meta.cite.every((c) => c.startsWith('Owens & Lloyd 2023'))).toBe(true);
    expect(story.meta.research.length).toBeGreaterThanOrEqual(2);
  });

  it('asks the player to name it at least three times, and has at least two time skips and two key decisions', () => {
    expect(source.match(/#name-it:/g)?.length ?? 0).toBeGreaterThanOrEqual(3);
    expect(source.match(/#timeskip:/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
    expect(source.match(/#key\b/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
  });

  it('gives its agencies names and roles', () => {
    expect(Object.keys(story.meta.cast).length).toBeGreaterThanOrEqual(5);
    for (const match of source.matchAll(/#speaker:([a-z0-9-]+)/g)) expect(Object.keys(story.meta.cast)).toContain(match[1]);
  });
});

it('ships the six scenarios of the design, the induction first', () => {
  const titles = files
    .map((path) => new InkStory(compiledStory(path)).meta)
    .sort((a, b) => a.order - b.order)
    .map((m) => m.title);
  expect(titles).toEqual([
    'Where and How (induction)',
    'The Shelter',
    'City Centre',
    'After the Shooting',
    'Healthy Relationships',
    'The Conference',
  ]);
});
