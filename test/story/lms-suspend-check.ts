// What a learning system keeps of a save must fit SCORM 1.2's 4,096
// characters on the longest path of every scenario (LMSs that take more are
// no guide: Moodle and others cut or refuse beyond it). The walker finds each
// story's path with the most decisions; it is played with a naming at every
// question and the widest encoding of every field, then kept, read back and
// resumed to the same end. The walk is the one story-shards.ts makes for the
// story checker, so each story is walked once per run.
//
// The package with the scenario list keeps every started scenario's save at
// once. Its worst case, every scenario stopped at the end of its longest path,
// is at most as long as every scenario's save being as long as the longest
// one: so each story checks that as many copies of its own longest save as
// there are scenarios (one under each scenario's id) fit together. The
// stories are walked in two processes, so this bound stands in for adding
// the six real saves.
import { expect } from 'vitest';
import { basename } from 'node:path';
import { compileStoryFile, listStoryFiles } from '../../tools/ink/ink-stories-plugin.ts';
import type { StoryCheck } from '../../tools/ink/check-stories.ts';
import { InkStory } from '../../src/story/story-runner.ts';
import { begin } from '../../src/play/advance.ts';
import { applyEvent } from '../../src/play/playthrough.ts';
import type { PlayEvent } from '../../src/play/playthrough.ts';
import { checkedReplay } from '../../src/play/resume.ts';
import { resolveSuspended } from '../../src/play/lms-resume.ts';
import { SCORM12_SUSPEND_LIMIT, decodeSuspend, encodeSuspend, keepSave, readSaves } from '../../src/model/lms-suspend.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
const WIDEST_SEED = 1_000_000;

/** Plays the longest path the checker's walk found, keeps it as an LMS would, and resumes it. */
export function expectLongestPathKeptInLms(id: string, path: string, report: StoryCheck): void {
  const { json } = compileStoryFile(path);
  expect(report.coverage.kind).toBe('every-path');
  expect(report.longestPath.length).toBe(report.stats.maxDecisions);

  const story = new InkStory(json);
  let current = begin(story, WIDEST_SEED);
  const events: PlayEvent[] = [];
  for (const index of report.longestPath) {
    if (current.nameIt) {
      const named: PlayEvent = { type: 'name', given: { where: 'context', how: 'ecological' } };
      events.push(named);
      current = applyEvent(story, current, named);
    }
    const choice = current.choices.find((c) => c.index === index);
    expect(choice?.available).toBe(true);
    const chosen: PlayEvent = { type: 'choose', index, id: choice?.id ?? '', by: 'room' };
    events.push(chosen);
    current = applyEvent(story, current, chosen);
  }
  expect(current.ended).toBe(true);

  const kept = encodeSuspend({ scenarioId: id, seed: WIDEST_SEED, build: story.build, activeMs: DAY_MS, events });
  console.info(`${id}: longest path ${report.stats.maxDecisions} decisions, suspend_data ${kept.length} characters`);
  expect(kept.length).toBeLessThanOrEqual(SCORM12_SUSPEND_LIMIT);

  const read = decodeSuspend(kept);
  if (!read.ok) throw new Error(read.problem);
  const check = checkedReplay(story, resolveSuspended(story, read.play));
  expect(check.problem).toBeNull();
  expect(check.storyChanged).toBe(false);
  expect(check.kept).toBe(report.stats.maxDecisions);
  expect(check.step.ended).toBe(true);
  expect(check.step.model.decisions.map((d) => d.text)).toEqual(current.model.decisions.map((d) => d.text));

  // The list package: every scenario's save as long as this one, all kept at once.
  const ids = listStoryFiles('stories').map((file) => basename(file, '.ink'));
  const keptEach = ids.map((other) =>
    encodeSuspend({ scenarioId: other, seed: WIDEST_SEED, build: story.build, activeMs: DAY_MS, events }),
  );
  const all = ids.reduce((raw, other, i) => keepSave(raw, other, keptEach[i]!), '');
  console.info(`${id}: ${ids.length} saves this long together, ${all.length} characters`);
  expect(all.length).toBeLessThanOrEqual(SCORM12_SUSPEND_LIMIT);
  const together = readSaves(all);
  expect(together.problems).toEqual([]);
  expect(together.saves.map((play) => play.scenarioId)).toEqual(ids);
  expect(together.saves.every((play) => play.events.length === events.length)).toBe(true);
}
