// The away-day room as pure state, running the real play engine on The
// Shelter: each change from one state to the next, each refusal leaving the
// state as it was, and the views each audience is sent.
import { describe, expect, it } from 'vitest';
import { addSeat, consoleAct, openRoom, phoneAct, removeSeat } from '../../src/room/room-state.ts';
import type { RoomConfig, RoomState } from '../../src/room/room-state.ts';
import type { ConsoleMessage, PhoneMessage } from '../../src/room/protocol.ts';
import { consoleView, phoneView, projectorView, sharedView, timerLeft } from '../../src/room/views.ts';
import { replay } from '../../src/play/playthrough.ts';
import { openShelter } from './story-fixture.ts';
import { roomConfig } from './room-fixture.ts';
import { COMPILE_BUDGET } from '../budgets.ts';

const story = openShelter();
const ctx = { story, now: 1_000 };
const config: RoomConfig = roomConfig;

type Act = ConsoleMessage | [seat: string, message: PhoneMessage];

function run(state: RoomState, ...acts: Act[]): RoomState {
  return acts.reduce((current, act) => {
    const change = Array.isArray(act) ? phoneAct(current, act[0], act[1]) : consoleAct(current, act, ctx);
    if (!change.ok) throw new Error(`${JSON.stringify(act)} was refused: ${change.error}`);
    return change.state;
  }, state);
}

function refused(state: RoomState, act: Act): string {
  const change = Array.isArray(act) ? phoneAct(state, act[0], act[1]) : consoleAct(state, act, ctx);
  if (change.ok) throw new Error(`${JSON.stringify(act)} was allowed`);
  return change.error;
}

/** A room with seats s1 (police), s2 (police), s3 (school), s4 (school), s5 (health). */
function seated(): RoomState {
  let state = openRoom(story, config);
  for (const agency of ['police', 'police', 'school', 'school', 'health']) {
    const added = addSeat(state, agency);
    if (!added.ok) throw new Error(added.error);
    state = added.state;
  }
  return state;
}

const vote = (seat: string, option: number): Act => [seat, { type: 'vote', option }];
const everyone = (option: number): Act[] => ['s1', 's2', 's3', 's4', 's5'].map((s) => vote(s, option));

describe('the room runs the play engine', () => {
  it(
    'starts, votes, reveals and decides by majority, recording the room as the one who decided',
    () => {
      const start = run(seated(), { type: 'start' }, { type: 'open-vote' });
      expect(start.phase).toBe('voting');
      const voted = run(start, vote('s1', 0), vote('s2', 1), vote('s3', 0), vote('s4', 0), vote('s1', 1), vote('s5', 0));
      expect(sharedView(voted, 0).voted).toBe(5);
      const revealed = run(voted, { type: 'reveal' });
      expect(revealed.tally?.totals).toEqual({ 0: 3, 1: 2 });
      // Health's one vote cannot stand alone, nor be the only one in "other": police (first of the two smallest) joins it.
      expect(revealed.tally?.byAgency).toEqual({ school: { 0: 2 }, other: { 0: 1, 1: 2 } });
      expect(revealed.tie).toEqual([]);
      const decided = run(revealed, { type: 'decide' });
      expect(decided.phase).toBe('reading');
      expect(decided.decisions).toHaveLength(1);
      expect(decided.decisions[0]).toMatchObject({ turn: 1, decidedBy: 'majority', tally: revealed.tally });
      expect(decided.playthrough.events).toEqual([{ type: 'choose', index: 0, id: start.step.choices[0]!.id, by: 'room' }]);
      expect(decided.step.model.decisions[0]?.by).toBe('room');
      expect(decided.seats.every((s) => s.vote === null)).toBe(true);
    },
    COMPILE_BUDGET,
  );

  it('a tie waits for the facilitator, whose call is recorded as theirs', () => {
    const revealed = run(seated(), { type: 'start' }, { type: 'open-vote' }, vote('s1', 0), vote('s3', 1), { type: 'reveal' });
    expect(revealed.tie).toEqual([0, 1]);
    expect(refused(revealed, { type: 'decide' })).toMatch(/tied/);
    const decided = run(revealed, { type: 'decide', option: 1 });
    expect(decided.decisions[0]?.decidedBy).toBe('facilitator');
    expect(decided.playthrough.events[0]).toMatchObject({ index: 1, by: 'room' });
  });

  it('the facilitator may decide against the majority after discussion, and it says so', () => {
    const decided = run(
      seated(),
      { type: 'start' },
      { type: 'open-vote' },
      ...everyone(0),
      { type: 'reveal' },
      { type: 'decide', option: 1 },
    );
    expect(decided.decisions[0]?.decidedBy).toBe('facilitator');
  });

  it('a revealed vote may be held again', () => {
    const again = run(seated(), { type: 'start' }, { type: 'open-vote' }, vote('s1', 0), { type: 'reveal' }, { type: 'open-vote' });
    expect(again.phase).toBe('voting');
    expect(again.tally).toBeNull();
    expect(sharedView(again, 0).voted).toBe(0);
  });

  it.each<[string, (s: RoomState) => RoomState, Act, RegExp]>([
    ['start twice', (s) => run(s, { type: 'start' }), { type: 'start' }, /already started/],
    ['a vote before it opens', (s) => run(s, { type: 'start' }), vote('s1', 0), /not open/],
    ['a vote for no option', (s) => run(s, { type: 'start' }, { type: 'open-vote' }), vote('s1', 9), /not one of the choices/],
    ['a vote from a removed seat', (s) => run(removeSeat(s, 's1'), { type: 'start' }, { type: 'open-vote' }), vote('s1', 0), /no longer/],
    ['a seat no one offered', (s) => s, ['s1', { type: 'seat', agency: 'mi5' }], /agencies listed/],
    ['a reveal with no vote open', (s) => run(s, { type: 'start' }), { type: 'reveal' }, /no open vote/],
    ['a decision before the reveal', (s) => run(s, { type: 'start' }, { type: 'open-vote' }), { type: 'decide', option: 0 }, /Reveal/],
    ['a take-back with nothing decided', (s) => run(s, { type: 'start' }), { type: 'take-back' }, /no decision/],
    ['continue with no Name it pending', (s) => run(s, { type: 'start' }), { type: 'continue' }, /open the vote/],
    ['naming out of turn', (s) => run(s, { type: 'start' }), ['s1', { type: 'name', where: 'context', how: 'ecological' }], /not open/],
    ['removing a seat that is not there', (s) => s, { type: 'remove-seat', seat: 's99' }, /no such seat/],
    [
      'a part of the debrief before the ending',
      (s) => run(s, { type: 'start' }),
      { type: 'show-part', part: 'split' },
      /once the scenario has ended/,
    ],
    ['anything once closed', (s) => run(s, { type: 'close' }), { type: 'start' }, /closed/],
  ])('refuses %s and changes nothing', (_name, setup, act, error) => {
    const before = setup(seated());
    expect(refused(before, act)).toMatch(error);
  });

  it('a phone must take an agency seat before it votes', () => {
    const added = addSeat(run(seated(), { type: 'start' }, { type: 'open-vote' }), null);
    if (!added.ok) throw new Error(added.error);
    expect(refused(added.state, vote(added.seat, 0))).toMatch(/agency seat/);
    const seatedNow = run(added.state, [added.seat, { type: 'seat', agency: 'health' }], vote(added.seat, 0));
    expect(seatedNow.seats.find((s) => s.id === added.seat)).toMatchObject({ agency: 'health', vote: 0 });
  });

  it('a removed seat takes its vote with it', () => {
    const voted = run(
      seated(),
      { type: 'start' },
      { type: 'open-vote' },
      ...everyone(0),
      { type: 'remove-seat', seat: 's5' },
      { type: 'reveal' },
    );
    expect(voted.tally?.totals).toEqual({ 0: 4 });
  });

  it(
    'takes back the last decision by replaying the playthrough without it',
    () => {
      const once = run(seated(), { type: 'start' }, { type: 'open-vote' }, ...everyone(0), { type: 'reveal' }, { type: 'decide' });
      const twice = run(once, { type: 'open-vote' }, ...everyone(1), { type: 'reveal' }, { type: 'decide' });
      const back = run(twice, { type: 'take-back' });
      expect(back.decisions).toEqual(once.decisions);
      expect(back.playthrough.events).toEqual(once.playthrough.events);
      expect(back.step).toEqual(replay(story, once.playthrough));
      expect(back.step.lines).toEqual(once.step.lines);
      expect(back.phase).toBe('reading');
    },
    COMPILE_BUDGET,
  );

  it('keeps the discussion timer as data: when it ends, and the seconds left at any moment', () => {
    const timed = run(seated(), { type: 'timer', seconds: 60 });
    expect(timed.timerEndsAt).toBe(61_000);
    expect(timerLeft(timed, 31_000)).toBe(30);
    expect(timerLeft(timed, 100_000)).toBe(0);
    expect(timerLeft(run(timed, { type: 'timer', seconds: null }), 31_000)).toBeNull();
  });

  it(
    'plays a whole scenario to its ending by the room, with "Name it" counted per quadrant',
    () => {
      let state = run(seated(), { type: 'start' });
      let named = 0;
      for (let guard = 0; guard < 40 && state.phase !== 'ended'; guard += 1) {
        if (state.step.nameIt) {
          state = run(
            state,
            { type: 'continue' },
            ['s1', { type: 'name', where: 'context', how: 'ecological' }],
            ['s2', { type: 'name', where: 'context', how: 'ecological' }],
            ['s3', { type: 'name', where: 'individual', how: 'behaviour' }],
            { type: 'continue' },
          );
          expect(state.naming).toEqual({
            'individual-behaviour': 1,
            'individual-ecological': 0,
            'context-behaviour': 0,
            'context-ecological': 2,
          });
          expect(sharedView(state, 0).naming).toEqual(state.naming);
          state = run(state, { type: 'continue' });
          named += 1;
          expect(state.step.model.nameIts.at(-1)?.given).toEqual({ where: 'context', how: 'ecological' });
          continue;
        }
        const option = state.step.choices.find((c) => c.available)!.index;
        state = run(state, { type: 'open-vote' }, ...everyone(option), { type: 'reveal' }, { type: 'decide' });
      }
      expect(state.phase).toBe('ended');
      expect(named).toBeGreaterThan(0);
      expect(sharedView(state, 0).ending).toBe(state.step.model.ending);
      expect(state.step.model.decisions.every((d) => d.by === 'room')).toBe(true);
      expect(state.decisions).toHaveLength(state.step.model.decisions.length);
      expect(replay(story, state.playthrough)).toEqual(state.step);
    },
    COMPILE_BUDGET,
  );
});

describe('each audience sees only its own', () => {
  it('no view but a phone’s own holds a vote, and a phone holds only its own', () => {
    const state = run(seated(), { type: 'start' }, { type: 'open-vote' }, vote('s1', 1), vote('s3', 0));
    const shared = sharedView(state, 0);
    for (const view of [shared, consoleView(shared, state, 'http://x/phone#ACDEF'), projectorView(shared, state, 'http://x/phone#ACDEF')]) {
      expect(JSON.stringify(view)).not.toMatch(/"vote"/);
    }
    expect(phoneView(shared, state, 's1')).toMatchObject({ audience: 'phone', agency: 'police', vote: 1 });
    expect(phoneView(shared, state, 's3')).toMatchObject({ agency: 'school', vote: 0 });
    expect(phoneView(shared, state, 's2').vote).toBeNull();
    expect(consoleView(shared, state, '').seatList).toEqual(state.seats.map((s) => ({ seat: s.id, agency: s.agency, connected: true })));
    expect(shared.seats).toEqual([
      { agency: 'police', label: 'Police', people: 2 },
      { agency: 'school', label: 'School', people: 2 },
      { agency: 'health', label: 'Health', people: 1 },
    ]);
  });

  it('the facilitator’s notes for the decision reach the console only', () => {
    const state = run(seated(), { type: 'start' }, { type: 'open-vote' });
    const shared = sharedView(state, 0);
    const console = consoleView(shared, state, '');
    expect(console.note?.questions.length).toBeGreaterThan(0);
    expect(console.note?.cite).toMatch(/Owens & Lloyd 2023/);
    const asked = console.note!.questions[0]!;
    for (const view of [shared, projectorView(shared, state, ''), phoneView(shared, state, 's1')]) {
      expect(JSON.stringify(view)).not.toContain(asked);
      expect(view).not.toHaveProperty('note');
    }
  });
});
