// Resuming a save on an edited story: decisions are matched by their choice
// id, a mismatch or a failure becomes a plain-words problem with the matching
// decisions kept, and the machine never stops.
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { checkedReplay, needsAsking } from '../../src/play/resume.ts';
import { begin, step } from '../../src/play/advance.ts';
import { createGameMachine } from '../../src/machines/game-machine.ts';
import type { PlayEvent } from '../../src/play/playthrough.ts';
import { choiceId, choiceIdText, contentHash } from '../../src/model/story-build.ts';
import { inkOpener, inkStory } from './story-fixture.ts';
import { loaded, withStories } from './story-loader-fixture.ts';

const gameMachine = createGameMachine(inkOpener());

const story = (first: string[], second: string[]) =>
  inkStory(
    [
      '=== start ===',
      'The panel meets.',
      ...first.map((text) => `* [${text} #where:context #how:ecological] ${text}. -> next`),
      '=== next ===',
      'Weeks pass.',
      ...second.map((text) => `* [${text} #where:individual #how:behaviour] Done. #ending:done\n  -> END`),
    ]
      .join('\n')
      .replace('=== start ===', '-> start\n=== start ==='),
  );

const original = () => story(['Talk with youth workers', 'Map the park', 'Ask the school'], ['Review', 'Close']);

/** Plays the original story, recording events as the game does (index, id, reason). */
function play(picks: number[]): { events: PlayEvent[]; build: string } {
  const s = original();
  let current = begin(s, 1);
  const events: PlayEvent[] = [];
  for (const [turn, index] of picks.entries()) {
    const choice = current.choices[index]!;
    events.push({ type: 'choose', index, id: choice.id, why: `reason ${turn + 1}` });
    current = step(s, current, index);
  }
  return { events, build: s.build };
}

describe('choice ids and builds', () => {
  it("names an option by its knot and words, not by ink's generated position", () => {
    expect(choiceId('referral.councillor.0.c-1', 'Invite her')).toBe('referral.councillor#Invite her');
    expect(choiceId('referral.0.61', 'Go')).toBe(choiceId('referral.0.76', 'Go'));
    expect(choiceIdText('referral#Say #no')).toBe('Say #no');
  });

  it('hashes a compiled story to a short, stable build id that changes with the story', () => {
    expect(contentHash('{"a":1}')).toBe(contentHash('{"a":1}'));
    expect(contentHash('{"a":1}')).not.toBe(contentHash('{"a":2}'));
    expect(contentHash('x'.repeat(10))).toMatch(/^[0-9a-z]{2,14}$/);
    expect(original().build).not.toBe(
      story(['New option', 'Talk with youth workers', 'Map the park', 'Ask the school'], ['Review', 'Close']).build,
    );
  });
});

describe('replaying a save on the story as it is now', () => {
  it('replays an unchanged story silently', () => {
    const { events, build } = play([1, 0]);
    const check = checkedReplay(original(), { seed: 1, events, build });
    expect(check).toMatchObject({ storyChanged: false, saved: 2, kept: 2, problem: null });
    expect(needsAsking(check)).toBe(false);
    expect(check.step.model.decisions.map((d) => [d.text, d.why])).toEqual([
      ['Map the park', 'reason 1'],
      ['Review', 'reason 2'],
    ]);
  });

  it('follows the decision, not its index, when an option is inserted before it', () => {
    const { events, build } = play([1, 0]);
    const edited = story(['A new first option', 'Talk with youth workers', 'Map the park', 'Ask the school'], ['Review', 'Close']);
    const check = checkedReplay(edited, { seed: 1, events, build });
    expect(check).toMatchObject({ storyChanged: true, saved: 2, kept: 2, problem: null });
    expect(needsAsking(check)).toBe(true);
    expect(check.step.model.decisions.map((d) => d.text)).toEqual(['Map the park', 'Review']);
    expect(check.events[0]).toMatchObject({ index: 2, why: 'reason 1' });
  });

  it('stops at a deleted option, keeping the decisions before it with their reasons', () => {
    const { events, build } = play([0, 1]);
    const edited = story(['Talk with youth workers', 'Map the park'], ['Review']);
    const check = checkedReplay(edited, { seed: 1, events, build });
    expect(check).toMatchObject({ storyChanged: true, saved: 2, kept: 1 });
    expect(check.problem).toBe('Decision 2, "Close", is no longer offered at that point.');
    expect(check.events).toEqual([events[0]]);
    expect(check.step.model.decisions.map((d) => d.why)).toEqual(['reason 1']);
  });

  it('turns an out-of-range index in an edited save (no ids) into a plain problem', () => {
    const events: PlayEvent[] = [
      { type: 'choose', index: 0 },
      { type: 'choose', index: 7 },
    ];
    const check = checkedReplay(original(), { seed: 1, events, build: null });
    expect(check).toMatchObject({ storyChanged: false, saved: 2, kept: 1 });
    expect(check.problem).toBe('Decision 2 could not be replayed: the save asks for option 8, and there are 2 options at that point.');
  });

  it('never leaves the game machine stopped: a bad save waits for an answer, and starting again works', async () => {
    const s = original();
    const actor = createActor(withStories(gameMachine, { tiny: s.json }), {
      input: { scenarios: [{ id: 'tiny', meta: s.meta }], details: [{ id: 'tiny', meta: s.meta }] },
    }).start();
    actor.send({ type: 'RESUME', id: 'tiny', seed: 1, events: [{ type: 'choose', index: 9 }], build: null });
    await loaded(actor);
    expect(actor.getSnapshot().value).toBe('resumeCheck');
    expect(actor.getSnapshot().context.resumeCheck?.problem).toMatch(/option 10/);
    actor.send({ type: 'KEEP_MATCHING' });
    expect(actor.getSnapshot().value).toBe('resumeCheck');
    actor.send({ type: 'START_AGAIN' });
    expect(actor.getSnapshot().matches('playing')).toBe(true);
    expect(actor.getSnapshot().context.events).toEqual([]);
    expect(actor.getSnapshot().status).toBe('active');
  });

  it('carries on from the matching decisions when the player says so, and saves only then', async () => {
    const { events, build } = play([0, 1]);
    const edited = story(['Talk with youth workers', 'Map the park'], ['Review']);
    const actor = createActor(withStories(gameMachine, { tiny: edited.json }), {
      input: { scenarios: [{ id: 'tiny', meta: edited.meta }], details: [{ id: 'tiny', meta: edited.meta }] },
    }).start();
    const checkpoints: unknown[] = [];
    actor.on('checkpoint', (e) => checkpoints.push(e.events));
    actor.send({ type: 'RESUME', id: 'tiny', seed: 1, events, build });
    await loaded(actor);
    expect(checkpoints).toEqual([]);
    actor.send({ type: 'KEEP_MATCHING' });
    expect(actor.getSnapshot().matches('playing')).toBe(true);
    expect(checkpoints).toEqual([[events[0]]]);
  });
});
