// What a learning system keeps of a save must fit SCORM 1.2's 4,096
// characters on the longest path of every scenario (LMSs that take more are
// no guide: Moodle and others cut or refuse beyond it). The walker finds each
// story's path with the most decisions; it is played with a naming at every
// question and the widest encoding of every field, then kept, read back and
// resumed to the same end. The package with the scenario list keeps every
// started scenario's save at once: the worst case, every scenario stopped at
// the end of its longest path, must fit too.
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileStoryFile, listStoryFiles } from '../../tools/ink/ink-stories-plugin.ts';
import { walkStory } from '../../tools/ink/story-walker.ts';
import { InkStory } from '../../src/story/story-runner.ts';
import { begin } from '../../src/play/advance.ts';
import { applyEvent } from '../../src/play/playthrough.ts';
import type { PlayEvent } from '../../src/play/playthrough.ts';
import { checkedReplay } from '../../src/play/resume.ts';
import { resolveSuspended } from '../../src/play/lms-resume.ts';
import { SCORM12_SUSPEND_LIMIT, decodeSuspend, encodeSuspend, keepSave, readSaves } from '../../src/model/lms-suspend.ts';
import { WALK_BUDGET } from '../budgets.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
const WIDEST_SEED = 1_000_000;
const STORIES = listStoryFiles('stories').map((path) => [basename(path, '.ink'), path]);
/** Each scenario's longest save, as the walks below make them. */
const longest = new Map<string, string>();

describe.each(STORIES)('%s in an LMS', (id, path) => {
  it(
    'keeps its longest path within SCORM 1.2 suspend_data, and resumes it to the same end',
    () => {
      const { json } = compileStoryFile(path);
      const report = walkStory(json, 80_000);
      expect(report.problems.filter((p) => p.kind === 'too-large')).toEqual([]);
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
      longest.set(id, kept);

      const read = decodeSuspend(kept);
      if (!read.ok) throw new Error(read.problem);
      const check = checkedReplay(story, resolveSuspended(story, read.play));
      expect(check.problem).toBeNull();
      expect(check.storyChanged).toBe(false);
      expect(check.kept).toBe(report.stats.maxDecisions);
      expect(check.step.ended).toBe(true);
      expect(check.step.model.decisions.map((d) => d.text)).toEqual(current.model.decisions.map((d) => d.text));
    },
    WALK_BUDGET,
  );
});

describe('the package with the scenario list', () => {
  it('keeps every scenario’s longest save at once within SCORM 1.2 suspend_data, and reads each back', () => {
    expect([...longest.keys()].sort()).toEqual(STORIES.map(([id]) => id).sort());
    const all = [...longest].reduce((raw, [id, kept]) => keepSave(raw, id, kept), '');
    console.info(`every scenario's longest save together: ${all.length} characters`);
    expect(all.length).toBeLessThanOrEqual(SCORM12_SUSPEND_LIMIT);
    const read = readSaves(all);
    expect(read.problems).toEqual([]);
    expect(read.saves.map((play) => encodeSuspend({ ...play, events: [] }).split('~')[1])).toEqual([...longest.keys()]);
    expect(read.saves.map((play) => play.events.length)).toEqual(
      [...longest.values()].map((kept) => kept.split('~')[5]!.split('.').length),
    );
  });
});
