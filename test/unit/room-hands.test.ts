// A show of hands (no phones, no server), table by table: reading what the
// facilitator types, the counts the room accepts and the plain words for
// those it refuses (each refusal leaving the room as it was), counts by
// agency still merging any group of one, the room's reading at a "Name it",
// a session kept and brought back, and the console's words and controls.
import { describe, expect, it } from 'vitest';
import { countHands, countNaming, handsAct } from '../../src/room/hands.ts';
import { handsCode, isHandsCode, readCount, readHandsForm } from '../../src/room/hands-input.ts';
import type { HandsFormRow } from '../../src/room/hands-input.ts';
import { restoreHands, savedHands, savedScenario } from '../../src/room/hands-session.ts';
import { consoleAct, openRoom } from '../../src/room/room-state.ts';
import type { Change, RoomConfig, RoomState } from '../../src/room/room-state.ts';
import { CODE_ALPHABET, OTHER_SEATS } from '../../src/room/protocol.ts';
import type { ConsoleMessage, ConsoleView, HandsMessage } from '../../src/room/protocol.ts';
import { consoleView, sharedView } from '../../src/room/views.ts';
import { consoleControls, phaseWords } from '../../src/away-day/room-model.ts';
import { openShelter } from './story-fixture.ts';
import { roomConfig } from './room-fixture.ts';
import { COMPILE_BUDGET } from '../budgets.ts';

const story = openShelter();
const ctx = { story, now: 1_000 };
const config: RoomConfig = { ...roomConfig, hands: true };

function run(state: RoomState, ...messages: (ConsoleMessage | HandsMessage)[]): RoomState {
  return messages.reduce((current, message) => {
    const change = handsAct(current, message, ctx);
    if (!change.ok) throw new Error(`${JSON.stringify(message)} was refused: ${change.error}`);
    return change.state;
  }, state);
}

const refusal = (change: Change): string => {
  if (change.ok) throw new Error('It was allowed');
  return change.error;
};

const seats = (people: Record<string, number>): HandsMessage => ({ type: 'hands-seats', people });
/** Three police, two school, one health; the scenario started and the first vote open. */
const voting = () => run(openRoom(story, config), seats({ police: 3, school: 2, health: 1 }), { type: 'start' }, { type: 'open-vote' });
const available = (state: RoomState) => state.step.choices.filter((c) => c.available).map((c) => c.index);

describe('reading a typed count', () => {
  it.each([
    ['', { ok: true, value: 0 }],
    ['  ', { ok: true, value: 0 }],
    ['3', { ok: true, value: 3 }],
    [' 12 ', { ok: true, value: 12 }],
    ['80', { ok: true, value: 80 }],
    ['007', { ok: true, value: 7 }],
    ['81', { ok: false, error: 'Police: type a whole number from 0 to 80.' }],
    ['-1', { ok: false, error: 'Police: type a whole number from 0 to 80.' }],
    ['2.5', { ok: false, error: 'Police: type a whole number from 0 to 80.' }],
    ['1e1', { ok: false, error: 'Police: type a whole number from 0 to 80.' }],
    ['lots', { ok: false, error: 'Police: type a whole number from 0 to 80.' }],
    ['٣', { ok: false, error: 'Police: type a whole number from 0 to 80.' }],
  ])('%j', (raw, read) => {
    expect(readCount(raw, 'Police')).toEqual(read);
  });
});

describe('the vote count form as a message', () => {
  const row = (option: number, total: string, police = '', school = ''): HandsFormRow => ({
    option,
    text: `Option ${option}`,
    total,
    byAgency: [
      { agency: 'police', label: 'Police', raw: police },
      { agency: 'school', label: 'School', raw: school },
    ],
  });
  it.each([
    ['totals only', [row(0, '4'), row(1, '')], { type: 'hands', totals: { 0: 4, 1: 0 } }],
    [
      'by agency, totals left empty: the sums',
      [row(0, '', '2', '1'), row(1, '', '', '3')],
      { type: 'hands', totals: { 0: 3, 1: 3 }, byAgency: { police: { 0: 2, 1: 0 }, school: { 0: 1, 1: 3 } } },
    ],
    [
      'by agency with a typed total: kept as typed, for the room to check',
      [row(0, '5', '2', '1'), row(1, '')],
      { type: 'hands', totals: { 0: 5, 1: 0 }, byAgency: { police: { 0: 2, 1: 0 }, school: { 0: 1, 1: 0 } } },
    ],
  ])('%s', (_name, rows, message) => {
    expect(readHandsForm(rows)).toEqual({ ok: true, value: message });
  });

  it.each([
    ['a total', [row(0, 'x')], 'total-0', '“Option 0”: type a whole number from 0 to 80.'],
    ['a box by agency', [row(0, '', '2', 'two')], 'school-0', 'School, “Option 0”: type a whole number from 0 to 80.'],
  ])('names the box it cannot read: %s', (_name, rows, key, error) => {
    expect(readHandsForm(rows)).toEqual({ ok: false, key, error });
  });
});

describe('the people in the room', () => {
  it('seats the people at each agency, in the agencies’ order', () => {
    const state = run(openRoom(story, config), seats({ school: 2, police: 1 }));
    expect(state.seats.map((s) => s.agency)).toEqual(['police', 'school', 'school']);
    expect(sharedView(state, 0).seats.map((s) => s.people)).toEqual([1, 2, 0]);
    // Entered again, they replace the last seats.
    expect(run(state, seats({ health: 2 })).seats.map((s) => s.agency)).toEqual(['health', 'health']);
  });

  it.each([
    [{ nurses: 2 }, 'Pick one of the agencies listed.'],
    [{ police: 2.5 }, 'Police: type a whole number from 0 to 80.'],
    [{ police: -1 }, 'Police: type a whole number from 0 to 80.'],
    [{ police: 80, school: 1 }, 'The room holds at most 80 people; these seats add up to 81.'],
  ])('refuses %j', (people, error) => {
    expect(refusal(handsAct(openRoom(story, config), seats(people), ctx))).toBe(error);
  });
});

describe('counting the hands for a vote', () => {
  it(
    'shows the totals as the reveal, and the room decides by its majority',
    () => {
      const state = voting();
      const [first, second] = available(state) as [number, number];
      const shown = run(state, { type: 'hands', totals: { [first]: 4, [second]: 2 } });
      expect(shown.phase).toBe('revealed');
      expect(shown.tally?.totals).toEqual({ [first]: 4, [second]: 2 });
      // Without counts by agency there is nothing by agency to show.
      expect(shown.tally?.byAgency).toEqual({});
      expect(shown.tie).toEqual([]);
      const decided = run(shown, { type: 'decide' });
      expect(decided.decisions[0]).toMatchObject({ decidedBy: 'majority', option: state.step.choices[first]!.text });
      expect(decided.playthrough.events.at(-1)).toMatchObject({ type: 'choose', index: first, by: 'room' });
    },
    COMPILE_BUDGET,
  );

  it('by agency: the lone health hand is not shown on its own', () => {
    const state = voting();
    const [first, second] = available(state) as [number, number];
    const shown = run(state, {
      type: 'hands',
      totals: { [first]: 4, [second]: 2 },
      byAgency: { police: { [first]: 2, [second]: 1 }, school: { [first]: 2 }, health: { [second]: 1 } },
    });
    expect(shown.tally?.byAgency).toEqual({ police: { [first]: 2, [second]: 1 }, [OTHER_SEATS]: { [first]: 2, [second]: 1 } });
    expect(shown.tally?.totals).toEqual({ [first]: 4, [second]: 2 });
  });

  it('a tie is the facilitator’s to break', () => {
    const state = voting();
    const [first, second] = available(state) as [number, number];
    const shown = run(state, { type: 'hands', totals: { [first]: 3, [second]: 3 } });
    expect(shown.tie).toEqual([first, second]);
    expect(refusal(handsAct(shown, { type: 'decide' }, ctx))).toBe('The room is tied: choose one of the tied options.');
  });

  it('with no seats entered, any count up to 80 is taken', () => {
    const state = run(openRoom(story, config), { type: 'start' }, { type: 'open-vote' });
    const [first] = available(state) as [number];
    expect(run(state, { type: 'hands', totals: { [first]: 80 } }).tally?.totals).toEqual({ [first]: 80 });
  });

  const text = (state: RoomState, index: number) => state.step.choices.find((c) => c.index === index)!.text;
  it.each<[string, (state: RoomState, first: number, second: number) => HandsMessage, (state: RoomState, first: number) => string]>([
    [
      'no hands at all',
      (_s, first) => ({ type: 'hands', totals: { [first]: 0 } }),
      () => 'No hands counted yet: type how many went up for at least one option.',
    ],
    ['an option that is not there', () => ({ type: 'hands', totals: { 42: 1 } }), () => 'That option is not one of the choices.'],
    [
      'half a hand',
      (_s, first) => ({ type: 'hands', totals: { [first]: 1.5 } }),
      (s, first) => `“${text(s, first)}”: type a whole number from 0 to 80.`,
    ],
    [
      'more hands than people',
      (_s, first, second) => ({ type: 'hands', totals: { [first]: 5, [second]: 2 } }),
      () => '7 hands counted, but the seats hold 6 people: check the counts, or the seats.',
    ],
    [
      'agencies that do not add up to the total',
      (_s, first) => ({ type: 'hands', totals: { [first]: 3 }, byAgency: { police: { [first]: 2 } } }),
      (s, first) => `The agencies’ hands for “${text(s, first)}” add up to 2, but its total is 3.`,
    ],
    [
      'more hands at an agency than sit there',
      (_s, first) => ({ type: 'hands', totals: { [first]: 2 }, byAgency: { health: { [first]: 2 } } }),
      () => 'Health: 2 hands counted, but 1 person sits there.',
    ],
    [
      'an agency that is not listed',
      (_s, first) => ({ type: 'hands', totals: { [first]: 2 }, byAgency: { nurses: { [first]: 2 } } }),
      () => 'Pick one of the agencies listed.',
    ],
  ])('refuses %s, and changes nothing', (_name, message, words) => {
    const state = voting();
    const [first, second] = available(state) as [number, number];
    const change = handsAct(state, message(state, first, second), ctx);
    expect(refusal(change)).toBe(words(state, first));
  });

  it('refuses hands for an option that cannot be chosen now', () => {
    const state = voting();
    const [first] = available(state) as [number];
    const closed = {
      ...state,
      step: { ...state.step, choices: state.step.choices.map((c) => (c.index === first ? { ...c, available: false } : c)) },
    };
    expect(refusal(countHands(closed, { [first]: 1 }))).toBe(`“${text(state, first)}” cannot be chosen now, so it takes no hands.`);
    // No hands for it is fine.
    expect(countHands(closed, { [first]: 0, [available(closed)[0]!]: 1 }).ok).toBe(true);
  });

  it('refuses a count when no vote is open', () => {
    const state = run(openRoom(story, config), { type: 'start' });
    expect(refusal(handsAct(state, { type: 'hands', totals: { 0: 1 } }, ctx))).toBe('Open the vote before counting hands.');
  });
});

/** Plays on, deciding the first option at every vote, until a "Name it" is open. */
function toNaming(): RoomState {
  let state = run(openRoom(story, config), seats({ police: 3, school: 2, health: 1 }), { type: 'start' });
  for (let turn = 0; turn < 40; turn += 1) {
    if (state.step.nameIt) return run(state, { type: 'continue' });
    state = run(state, { type: 'open-vote' });
    state = run(state, { type: 'hands', totals: { [available(state)[0]!]: 1 } }, { type: 'decide' });
  }
  throw new Error('No "Name it" within 40 decisions');
}

describe('counting the readings at a "Name it"', () => {
  const counts = (ib: number, ie: number, cb: number, ce: number) => ({
    'individual-behaviour': ib,
    'individual-ecological': ie,
    'context-behaviour': cb,
    'context-ecological': ce,
  });

  it(
    'shows the counts, then records the room’s reading: the one most named, or none on a tie',
    () => {
      const naming = toNaming();
      expect(naming.phase).toBe('naming');
      expect(refusal(handsAct(naming, { type: 'continue' }, ctx))).toBe(
        'Count the hands for each reading first, then show the room’s reading.',
      );
      const shown = run(naming, { type: 'hands-naming', counts: counts(1, 0, 0, 4) });
      expect(shown.naming).toEqual(counts(1, 0, 0, 4));
      const on = run(shown, { type: 'continue' });
      expect(on.playthrough.events.at(-1)).toEqual({ type: 'name', given: { where: 'context', how: 'ecological' } });
      const tied = run(naming, { type: 'hands-naming', counts: counts(2, 0, 0, 2) }, { type: 'continue' });
      expect(tied.playthrough.events.at(-1)).toEqual({ type: 'name', given: null });
    },
    COMPILE_BUDGET,
  );

  it.each([
    [counts(7, 0, 0, 0), '7 hands counted, but the seats hold 6 people: check the counts, or the seats.'],
    [counts(0, 0.5, 0, 0), 'Around the young person: type a whole number from 0 to 80.'],
    [{ ...counts(1, 0, 0, 0), 'both-ways': 1 }, 'Name it with one WHERE and one HOW.'],
  ])('refuses %j', (given, error) => {
    expect(refusal(countNaming(toNaming(), given as ReturnType<typeof counts>))).toBe(error);
  });

  it('refuses a count of readings when naming is not open', () => {
    expect(refusal(handsAct(voting(), { type: 'hands-naming', counts: counts(1, 0, 0, 0) }, ctx))).toBe('Naming is not open.');
  });
});

describe('what a show of hands does not take', () => {
  it.each<[string, () => RoomState, ConsoleMessage | HandsMessage, string]>([
    ['a reveal of phone votes', voting, { type: 'reveal' }, 'Count the hands: type how many went up for each option, then show the count.'],
    ['removing a phone', voting, { type: 'remove-seat', seat: 'h1' }, 'There are no phones in a show of hands: change the seats instead.'],
    [
      'a count in a room of phones',
      () => openRoom(story, { ...config, hands: false }),
      seats({ police: 1 }),
      'This room counts phones, not hands.',
    ],
    ['anything once closed', () => run(voting(), { type: 'close' }), seats({ police: 1 }), 'The room is closed.'],
  ])('%s', (_name, state, message, error) => {
    expect(refusal(handsAct(state(), message, ctx))).toBe(error);
  });

  it('a room of phones never sees a count, and its views carry no mark of hands', () => {
    const phones = openRoom(story, { ...config, hands: false });
    expect(refusal(consoleAct(phones, { type: 'reveal' }, ctx))).toBe('There is no open vote to reveal.');
    expect('hands' in sharedView(phones, 0)).toBe(false);
    expect(sharedView(openRoom(story, config), 0).hands).toBe(true);
  });
});

describe('a session kept in the browser', () => {
  it(
    'comes back at the same line with the same counts, seats and decisions',
    () => {
      const state = run(voting(), { type: 'hands', totals: { [available(voting())[0]!]: 3 } }, { type: 'decide' });
      const text = savedHands(state);
      expect(text).not.toContain('"step"');
      expect(savedScenario(text)).toBe('the-shelter');
      const back = restoreHands(text, story);
      expect(back).toEqual(state);
    },
    COMPILE_BUDGET,
  );

  it.each([
    ['nothing', null],
    ['not JSON', '{'],
    ['another version', JSON.stringify({ version: 2, state: {} })],
    ['a room of phones', savedHands(openRoom(story, { ...config, hands: false }))],
    ['a bad code', savedHands(openRoom(story, { ...config, code: 'HELLO' }))],
  ])('reads %s as nothing', (_name, text) => {
    expect(restoreHands(text, story)).toBeNull();
    expect(savedScenario(text)).toBeNull();
  });

  it('names each session with a code from the room-code alphabet', () => {
    const codes = [0, 0.5, 0.999].map((n) => handsCode(() => n));
    expect(codes).toEqual([CODE_ALPHABET[0]!.repeat(5), CODE_ALPHABET[12]!.repeat(5), CODE_ALPHABET.at(-1)!.repeat(5)]);
    expect(codes.every(isHandsCode)).toBe(true);
    expect(isHandsCode('HELLO')).toBe(false);
  });
});

describe('the console’s words and controls in a show of hands', () => {
  const view = (state: RoomState): ConsoleView => consoleView(sharedView(state, 0), state, '');
  it.each<[string, () => RoomState, string, string[]]>([
    ['lobby', () => openRoom(story, config), 'A show of hands. Waiting for the facilitator to start.', ['Start the scenario']],
    ['voting', voting, 'Show of hands: raise your hand for the option you choose as the facilitator reads it out.', []],
    ['naming', toNaming, 'Name it by a show of hands: where does this proposal act, and how?', []],
    [
      'named',
      () => run(toNaming(), { type: 'hands-naming', counts: { 'individual-behaviour': 1 } as never }),
      'How the room named the proposal.',
      ['Continue the story'],
    ],
  ])('%s', (_name, state, words, controls) => {
    const shown = view(state());
    expect(phaseWords(shown)).toBe(words);
    expect(consoleControls(shown).map((c) => c.label)).toEqual(controls);
  });
});
