// The walker goes back to a decision from a copy of ink's own objects
// (tools/ink/walk-snapshot.ts) instead of reading its save. The copy must be
// the state ink would load from that save, every time it is used, or the
// walk would read other paths than a player can take; and if inkjs changes
// so that no copy can be made, the walker would quietly read saves again,
// slower: both fail here.
import { describe, expect, it } from 'vitest';
import { InkStory } from '../../src/story/story-runner.ts';
import { begin, step } from '../../src/play/advance.ts';
import type { Step } from '../../src/play/advance.ts';
import { stateKeeper } from '../../tools/ink/walk-snapshot.ts';
import type { InkStateOwner, StateKeeper } from '../../tools/ink/walk-snapshot.ts';
import { COMPILE_BUDGET } from '../budgets.ts';
import { inkStory } from './story-fixture.ts';

/** A story whose state is kept and restored through ink's own objects. */
class KeptStory extends InkStory {
  readonly keeper: StateKeeper | null = stateKeeper(this.story as unknown as InkStateOwner);
  inkSave(): string {
    return this.story.state.ToJson();
  }
}

// Variables, a list, visit counts, a tunnel, tags on choices and lines: each part of a save.
const SOURCE = [
  'LIST moods = calm, tense',
  'VAR mood = calm',
  'VAR asked = 0',
  '-> start',
  '=== start ===',
  'The panel waits. #section:referral',
  '* [Ask the school #where:context #how:ecological #why:w]',
  '  ~ asked = asked + 1',
  '  ~ mood = tense',
  '  -> aside -> next',
  '* [Call the police #where:individual #how:behaviour #why:w] -> next',
  '=== aside ===',
  'An aside. {start}',
  '->->',
  '=== next ===',
  '{asked > 0: They asked.|Nobody asked.} {mood}',
  '* [End #unscored] Done. #ending:a',
  '  -> END',
  '* {asked > 0} [Also end #unscored] Also done. #ending:b',
  '  -> END',
  '',
].join('\n');

const open = () => new KeptStory(inkStory(SOURCE).json);

describe("the walker's kept states", () => {
  it('can be made from this inkjs', () => {
    const story = open();
    expect(story.keeper).not.toBeNull();
    begin(story);
    expect(story.keeper?.keep()).not.toBeNull();
  });

  it(
    'put ink back exactly where its save would, however often each is used',
    () => {
      const story = open();
      // What ink reads on from the state it is in after taking an option, and where it ends up.
      const readOn = (index: number) => {
        story.choose(index);
        const lines: string[] = [];
        for (let line = story.nextLine(); line; line = story.nextLine()) lines.push(line.text);
        return { lines, save: story.inkSave() };
      };
      let restored = 0;
      const walk = (node: Step): void => {
        const kept = story.keeper!.keep()!;
        expect(kept).not.toBeNull();
        for (const choice of node.choices.filter((c) => c.available)) {
          story.keeper!.restore(kept);
          expect(story.inkSave()).toBe(node.storyState);
          const fromKept = readOn(choice.index);
          story.loadState(node.storyState);
          expect(readOn(choice.index)).toEqual(fromKept);
          restored += 1;
          const next = step(story, node, choice.index);
          if (!next.ended) walk(next);
        }
      };
      walk(begin(story));
      expect(restored).toBeGreaterThanOrEqual(5);
    },
    COMPILE_BUDGET,
  );
});
