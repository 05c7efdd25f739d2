// The title lists each scenario by its card alone; the rest of its meta
// arrives later (DETAILS). A scenario is chosen, or a save resumed, only
// once its details are in, and a choice made before they could come says
// so in plain words and keeps the player on the title.
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { createGameMachine } from '../../src/machines/game-machine.ts';
import type { GameEvent, ScenarioSummary } from '../../src/machines/game-machine.ts';
import { cardOf } from '../../src/model/scenario.ts';
import { cardsModule } from '../../tools/ink/scenario-cards-plugin.ts';
import { inkOpener, inkStory } from './story-fixture.ts';
import { withStories } from './story-loader-fixture.ts';

const tiny = inkStory(
  [
    '# title: Tiny',
    '# summary: A short one.',
    '# objectives: Notice the place.',
    'It begins.',
    '* [Go on] Done. #ending:done',
    '  -> END',
  ].join('\n'),
);
const full: ScenarioSummary = { id: 'tiny', meta: tiny.meta };
const listed = [{ id: 'tiny', meta: cardOf(tiny.meta) }];
const machine = withStories(createGameMachine(inkOpener()), { tiny: tiny.json });
const start = () => createActor(machine, { input: { scenarios: listed } }).start();
const resume: GameEvent = { type: 'RESUME', id: 'tiny', seed: 1, events: [], build: null };

describe('a scenario’s details', () => {
  it.each([
    ['choosing', { type: 'SELECT', id: 'tiny' } as GameEvent],
    ['resuming', resume],
  ])('are needed before %s it: without them the title says the briefing did not download', (_what, event) => {
    const actor = start();
    actor.send(event);
    expect(actor.getSnapshot().value).toBe('title');
    expect(actor.getSnapshot().context.error).toMatch(/briefing did not download.*nothing has been lost/);
    expect(actor.getSnapshot().context.selected).toBeNull();
  });

  it('once they arrive, a choice opens the prebrief with the whole meta (objectives, cast) the card left out', () => {
    const actor = start();
    actor.send({ type: 'DETAILS', scenarios: [full] });
    actor.send({ type: 'SELECT', id: 'tiny' });
    expect(actor.getSnapshot().value).toBe('prebrief');
    expect(actor.getSnapshot().context.selected).toEqual(full);
    expect(actor.getSnapshot().context.selected?.meta.objectives).toEqual(['Notice the place.']);
    expect(actor.getSnapshot().context.error).toBeNull();
  });

  it('for a scenario the title does not list open nothing', () => {
    const actor = start();
    actor.send({ type: 'DETAILS', scenarios: [{ id: 'other', meta: tiny.meta }] });
    actor.send({ type: 'SELECT', id: 'other' });
    expect(actor.getSnapshot().value).toBe('title');
    expect(actor.getSnapshot().context.error).toBeNull();
  });

  it('sent again replace what came before for the same scenario, and keep the others', () => {
    const actor = start();
    const other: ScenarioSummary = { id: 'other', meta: { ...tiny.meta, title: 'Other' } };
    actor.send({ type: 'DETAILS', scenarios: [full, other] });
    actor.send({ type: 'DETAILS', scenarios: [{ id: 'tiny', meta: { ...tiny.meta, title: 'Tiny, edited' } }] });
    expect(actor.getSnapshot().context.details.map((s) => [s.id, s.meta.title])).toEqual([
      ['other', 'Other'],
      ['tiny', 'Tiny, edited'],
    ]);
  });
});

describe('the title’s cards', () => {
  it('hold only what the title shows, not the research, cast, pressures, objectives or facts', () => {
    expect(cardOf(tiny.meta)).toEqual({
      title: 'Tiny',
      summary: 'A short one.',
      minutes: tiny.meta.minutes,
      setting: tiny.meta.setting,
      order: tiny.meta.order,
    });
  });

  it('are built into a module that lists each scenario by id and card', () => {
    const source = cardsModule([full]);
    const json = /^export const cards = (.*);$/.exec(source)?.[1];
    expect(JSON.parse(json ?? 'null')).toEqual(listed);
    expect(source).not.toContain('Notice the place');
  });
});
