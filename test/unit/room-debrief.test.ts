// The room's debrief and record, as pure functions: small agencies merged in
// every count, the most-split decision by a stated rule (ties included), the
// question at a "Name it", and a record that holds totals only. Then a whole
// room played on The Shelter, to its debrief, views and record.
import { describe, expect, it } from 'vitest';
import { DEBRIEF_PARTS, DECIDED_PART, FIRST_PART } from '../../src/room/debrief-parts.ts';
import { agencyProfiles, mostSplit, participantCounts, pressureMatches, runnerUp } from '../../src/room/room-debrief.ts';
import type { PressureMatch } from '../../src/room/room-debrief.ts';
import { discussionPrompts } from '../../src/room/room-prompts.ts';
import type { DecisionPoint } from '../../src/play/playthrough.ts';
import type { Debrief } from '../../src/model/debrief.ts';
import type { DebriefInput } from '../../src/room/room-debrief.ts';
import { namingQuestion } from '../../src/room/naming-question.ts';
import { PRIVACY_NOTE, roomRecord } from '../../src/room/room-record.ts';
import { addSeat, consoleAct, openRoom, phoneAct } from '../../src/room/room-state.ts';
import type { RoomConfig, RoomState } from '../../src/room/room-state.ts';
import type { ConsoleMessage, PhoneMessage, RoomDecision, Tally } from '../../src/room/protocol.ts';
import { consoleView, phoneView, projectorView, sharedView } from '../../src/room/views.ts';
import { toMarkdown } from '../../src/model/markdown.ts';
import type { FacilitatorNote } from '../../src/model/facilitator-notes.ts';
import type { Quadrant } from '../../src/model/orientation.ts';
import { MAX_MARKS, debriefStageView } from '../../src/away-day/projector-debrief.ts';
import { openShelter } from './story-fixture.ts';
import { COMPILE_BUDGET } from '../budgets.ts';

const AGENCIES = [
  { id: 'police', label: 'Police' },
  { id: 'school', label: 'School' },
  { id: 'health', label: 'Health' },
];

const readings: Tally['readings'] = {
  0: { where: 'individual', how: 'behaviour' },
  1: { where: 'context', how: 'ecological' },
  2: null,
};

const decision = (totals: Record<number, number>, byAgency: Tally['byAgency'] = {}): RoomDecision => ({
  turn: 1,
  option: 'x',
  where: null,
  how: null,
  decidedBy: 'majority',
  tally: { totals, byAgency, readings },
});

describe('people per agency, merged', () => {
  it.each<[string, (string | null)[], Record<string, number>]>([
    ['every agency of two or more stands alone', ['police', 'police', 'school', 'school'], { police: 2, school: 2 }],
    [
      'an agency of one joins the other seats, and the smallest joins it',
      ['police', 'police', 'school', 'school', 'health'],
      { school: 2, other: 3 },
    ],
    ['two agencies of one make the other seats', ['police', 'police', 'school', 'health'], { police: 2, other: 2 }],
    ['a phone with no seat is counted with the other seats', ['police', 'police', null, 'health'], { police: 2, other: 2 }],
    ['no one', [], {}],
  ])('%s', (_, seats, expected) => {
    const counts = participantCounts({ agencies: AGENCIES, seats });
    expect(Object.fromEntries(counts.map((g) => [g.agency, g.people]))).toEqual(expected);
    expect(counts.every((g) => g.people >= 2)).toBe(true);
    expect(counts.find((g) => g.agency === 'other')?.label ?? 'Other seats').toBe('Other seats');
  });
});

describe("each agency's profile on the map", () => {
  const quadrants = (ib: number, ie: number, cb: number, ce: number): Record<Quadrant, number> => ({
    'individual-behaviour': ib,
    'individual-ecological': ie,
    'context-behaviour': cb,
    'context-ecological': ce,
  });
  it.each<[string, Pick<DebriefInput, 'seats' | 'decisions'>, Record<string, [Record<Quadrant, number>, number]>]>([
    [
      'sums what each reveal showed, placing votes by the option’s reading',
      {
        seats: ['police', 'police', 'school', 'school'],
        decisions: [
          decision({ 0: 3, 1: 1 }, { police: { 0: 2 }, school: { 0: 1, 1: 1 } }),
          decision({ 1: 2, 2: 2 }, { police: { 2: 2 }, school: { 1: 2 } }),
        ],
      },
      { police: [quadrants(2, 0, 0, 0), 2], school: [quadrants(1, 0, 0, 3), 0] },
    ],
    [
      'an agency now seated by one person is folded into the other seats',
      {
        seats: ['police', 'police', 'school', 'health'],
        decisions: [
          decision({ 0: 2, 1: 2 }, { police: { 0: 2 }, school: { 1: 2 } }),
          decision({ 1: 4 }, { police: { 1: 2 }, other: { 1: 2 } }),
        ],
      },
      { police: [quadrants(2, 0, 0, 2), 0], other: [quadrants(0, 0, 0, 4), 0] },
    ],
    ['no decisions, no profiles', { seats: ['police', 'police'], decisions: [] }, {}],
  ])('%s', (_, input, expected) => {
    const profiles = agencyProfiles({ agencies: AGENCIES, ...input });
    expect(Object.fromEntries(profiles.map((p) => [p.agency, [p.byQuadrant, p.offMap]]))).toEqual(expected);
    for (const p of profiles) expect(p.votes).toBe(Object.values(p.byQuadrant).reduce((a, b) => a + b, 0) + p.offMap);
    // The other seats always come last.
    expect(profiles.findIndex((p) => p.agency === 'other')).toBeOneOf([-1, profiles.length - 1]);
  });
});

describe('the decision where the room split most', () => {
  // "Split" is the share of the votes won by the most-voted option: the smallest share split the room most.
  it.each<[string, Record<number, number>[], { decision: number; share: number } | null]>([
    ['the smallest winning share', [{ 0: 4, 1: 1 }, { 0: 3, 1: 2 }, { 0: 5 }], { decision: 1, share: 0.6 }],
    [
      'a three-way split beats a two-way one of the same share',
      [
        { 0: 2, 1: 2 },
        { 0: 2, 1: 1, 2: 1 },
      ],
      { decision: 1, share: 0.5 },
    ],
    [
      'an equal share and spread goes to the earlier decision',
      [
        { 0: 2, 1: 2 },
        { 0: 3, 1: 3 },
      ],
      { decision: 0, share: 0.5 },
    ],
    ['a unanimous room never split', [{ 0: 5 }, { 1: 3, 0: 0 }], null],
    ['no votes at all', [{}, {}], null],
  ])('%s', (_, totals, expected) => {
    expect(mostSplit(totals.map((t) => decision(t)))).toEqual(expected);
  });

  // Options as "index:votes", in the order presented.
  it.each<[string, string, number, number | null]>([
    ['the most-voted option not chosen', '0:3 1:1 2:2', 0, 2],
    ['after a facilitator’s call, the room’s own favourite', '0:3 1:1', 1, 0],
    ['a tie goes to the option presented first', '2:2 0:2 1:4', 1, 2],
    ['none when no other option had a vote', '0:3 1:0', 0, null],
  ])('the road not taken starts from %s', (_, options, chosen, expected) => {
    expect(
      runnerUp(
        options.split(' ').map((o) => {
          const [index, votes] = o.split(':').map(Number) as [number, number];
          return { index, votes, text: `option ${index}`, reading: null };
        }),
        chosen,
      )?.index ?? null,
    ).toBe(expected);
  });
});

describe('the pressure the game applied, against the room’s votes', () => {
  // A decision point as "pressed options / chosen option", each option by index.
  const point = (pressed: number[], chosen: number, options = 3): DecisionPoint => {
    const choices = Array.from({ length: options }, (_, index) => ({ index, text: `option ${index}`, pressed: pressed.includes(index) }));
    return { before: { choices }, chosen: choices[chosen] } as unknown as DecisionPoint;
  };
  it.each<[string, DecisionPoint[], Record<number, number>[], Omit<PressureMatch, 'pressed' | 'chose'>[]]>([
    ['the room went with the pressure', [point([0], 0)], [{ 0: 3, 1: 2 }], [{ turn: 1, followed: true, pressedVotes: 3, votes: 5 }]],
    [
      'the room held out, though most votes went to pressed options',
      [point([1, 2], 0)],
      [{ 0: 2, 1: 2, 2: 1 }],
      [{ turn: 1, followed: false, pressedVotes: 3, votes: 5 }],
    ],
    [
      'a decision with no pressure is left out, and turns count every decision',
      [point([], 1), point([2], 2)],
      [{ 1: 4 }, { 2: 1, 0: 3 }],
      [{ turn: 2, followed: true, pressedVotes: 1, votes: 4 }],
    ],
    ['no decisions, nothing to say', [], [], []],
  ])('%s', (_, points, totals, expected) => {
    const matches = pressureMatches(
      points,
      totals.map((t) => decision(t)),
    );
    expect(matches.map(({ turn, followed, pressedVotes, votes }) => ({ turn, followed, pressedVotes, votes }))).toEqual(expected);
    for (const m of matches) expect(m.pressed.length).toBeGreaterThan(0);
  });

  const debrief = { nameIts: [], practice: '' } as unknown as Debrief;
  const match = (followed: boolean): PressureMatch => ({
    turn: 2,
    pressed: ['Move them on'],
    chose: 'x',
    followed,
    pressedVotes: 4,
    votes: 5,
  });
  it.each<[string, PressureMatch[], RegExp | null, RegExp | null]>([
    ['a room that went with the pressure is asked how it felt', [match(true)], /went with it \(4 of 5 votes/, null],
    ['a room that held out is asked what made that possible', [match(false)], null, /held out against the pressure/],
    ['both, when both happened', [match(true), match(false)], /went with it/, /held out/],
    ['neither, with no pressure', [], null, null],
  ])('%s', (_, pressure, followed, heldOut) => {
    const prompts = discussionPrompts({ debrief, profiles: [], split: null, pressure }).join('\n');
    for (const [pattern, words] of [
      [followed, /went with it/],
      [heldOut, /held out/],
    ] as const)
      if (pattern) expect(prompts).toMatch(pattern);
      else expect(prompts).not.toMatch(words);
  });
});

describe("the projector's picture of a large room's debrief", () => {
  it('draws a mark for several votes, keeping each agency that voted in a quadrant, and the exact counts in words', () => {
    const many = (agency: string, ib: number, ce: number) => ({
      agency,
      label: agency,
      votes: ib + ce,
      offMap: 0,
      byQuadrant: { 'individual-behaviour': ib, 'individual-ecological': 0, 'context-behaviour': 0, 'context-ecological': ce },
    });
    const room = { profiles: [many('police', 200, 1), many('school', 100, 0)] } as unknown as Parameters<typeof debriefStageView>[0];
    const picture = debriefStageView(room, false);
    if (picture.kind !== 'votes') throw new Error('the debrief shows the votes map');
    expect(picture.votes.counts).toMatchObject({ 'individual-behaviour': 300, 'context-ecological': 1 });
    const inQuadrant = (agency: string, how: string) => picture.votes.marks.filter((m) => m.agency === agency && m.how === how).length;
    expect(inQuadrant('police', 'behaviour') + inQuadrant('school', 'behaviour')).toBeLessThanOrEqual(MAX_MARKS);
    expect(inQuadrant('police', 'behaviour')).toBe(2 * inQuadrant('school', 'behaviour'));
    expect(inQuadrant('police', 'ecological')).toBe(1);
  });
});

describe('the question at a "Name it"', () => {
  const note: FacilitatorNote = {
    title: 'T',
    minutes: 5,
    points: ['p'],
    finding: 'f',
    cite: 'Owens & Lloyd 2023, Findings',
    questions: ['Who pays?'],
  };
  const author = { where: 'context', how: 'behaviour' } as const;
  const named = (cb: number, ce: number, ib = 0): Record<Quadrant, number> => ({
    'individual-behaviour': ib,
    'individual-ecological': 0,
    'context-behaviour': cb,
    'context-ecological': ce,
  });
  it.each<[string, FacilitatorNote | null, Record<Quadrant, number>, { agreed: number; source: string; has: string } | null]>([
    [
      'the author’s own question when the room disagrees',
      { ...note, nameItAsk: 'Whose habit is this?' },
      named(1, 2),
      { agreed: 1, source: 'author', has: 'Whose habit is this?' },
    ],
    [
      'a question worded from the most common other reading',
      note,
      named(1, 1, 3),
      { agreed: 1, source: 'derived', has: 'who read it as the young person · behaviour-based' },
    ],
    [
      'when everyone agreed, a question about who else would',
      { ...note, nameItAsk: 'Whose habit is this?' },
      named(3, 0),
      { agreed: 3, source: 'derived', has: 'Everyone read it as the author did' },
    ],
    ['nothing when no one named it', note, named(0, 0), null],
  ])('%s', (_, given, counts, expected) => {
    const asked = namingQuestion(given, author, counts);
    if (!expected) return expect(asked).toBeNull();
    expect(asked).toMatchObject({ agreed: expected.agreed, source: expected.source });
    expect(asked!.question.toLowerCase()).toContain(expected.has.toLowerCase());
    expect(asked!.question.endsWith('?')).toBe(true);
  });
});

// A whole room on The Shelter: five seats (police 2, school 2, health 1), the room splitting 3–2 at every decision.
const story = openShelter();
const ctx = { story, now: 1_000 };
const config: RoomConfig = { code: 'ACDEF', scenarioId: 'the-shelter', seed: 7, agencies: AGENCIES };

function act(state: RoomState, message: ConsoleMessage | [string, PhoneMessage]): RoomState {
  const change = Array.isArray(message) ? phoneAct(state, message[0], message[1]) : consoleAct(state, message, ctx);
  if (!change.ok) throw new Error(`${JSON.stringify(message)} was refused: ${change.error}`);
  return change.state;
}

function playedRoom(): RoomState {
  let state = openRoom(story, config);
  for (const agency of ['police', 'police', 'school', 'school', 'health']) {
    const added = addSeat(state, agency);
    if (!added.ok) throw new Error(added.error);
    state = added.state;
  }
  state = act(state, { type: 'start' });
  for (let guard = 0; guard < 60 && state.phase !== 'ended'; guard += 1) {
    if (state.step.nameIt) {
      state = act(act(state, { type: 'continue' }), ['s1', { type: 'name', where: 'context', how: 'ecological' }]);
      state = act(act(state, { type: 'continue' }), { type: 'continue' });
      continue;
    }
    const [first, second] = state.step.choices.filter((c) => c.available).map((c) => c.index);
    state = act(state, { type: 'open-vote' });
    // Police and health for the first option, school for the second (when there is one): 3–2.
    for (const [seat, option] of [
      ['s1', first],
      ['s2', first],
      ['s5', first],
      ['s3', second ?? first],
      ['s4', second ?? first],
    ] as const)
      state = act(state, [seat, { type: 'vote', option: option! }]);
    state = act(act(state, { type: 'reveal' }), { type: 'decide' });
  }
  return state;
}

describe('a room played to its debrief', () => {
  it(
    'makes the debrief once, at the end, for the console and the projector only; taking back the last decision clears it',
    () => {
      const ended = playedRoom();
      expect(ended.phase).toBe('ended');
      const room = ended.debrief!;
      expect(room.debrief.decisions.every((d) => d.by === 'room')).toBe(true);
      expect(room.participants).toEqual([
        { agency: 'school', label: 'School', people: 2 },
        { agency: 'other', label: 'Other seats', people: 3 },
      ]);
      expect(room.votes).toHaveLength(ended.decisions.length);
      expect(room.profiles.map((p) => p.agency)).toEqual(['school', 'other']);
      const votes = room.profiles.reduce((sum, p) => sum + p.votes, 0);
      expect(votes).toBe(5 * ended.decisions.length);
      // Every decision split 3–2 where there were two options: the earliest such is the most split.
      expect(room.split).toMatchObject({ winningShare: 0.6, votes: 5 });
      expect(room.split!.alternative.votes).toBe(2);
      expect(room.split!.road?.alternative).toBe(room.split!.alternative.text);
      expect(room.prompts.some((p) => p.includes(`Decision ${room.split!.turn} split the room most`))).toBe(true);
      for (const p of room.pressure) {
        expect(p.pressedVotes).toBeLessThanOrEqual(p.votes);
        expect(p.followed).toBe(room.debrief.decisions[p.turn - 1]!.pressed);
      }
      const shared = sharedView(ended, 0);
      expect(consoleView(shared, ended, '').debrief).toEqual(room);
      expect(projectorView(shared, ended, '').debrief).toEqual(room);
      expect(phoneView(shared, ended, 's1')).not.toHaveProperty('debrief');
      expect(shared).not.toHaveProperty('debrief');
      expect(act(ended, { type: 'take-back' }).debrief).toBeNull();
      // The projector's picture: every vote of the session on the map, counted exactly.
      const picture = debriefStageView(room, true);
      if (picture.kind !== 'votes') throw new Error('the debrief shows the votes map');
      expect(Object.values(picture.votes.counts!).reduce((a, b) => a + b, 0)).toBe(votes - room.profiles.reduce((n, p) => n + p.offMap, 0));
      expect(picture.votes.marks.length).toBe(Object.values(picture.votes.counts!).reduce((a, b) => a + b, 0));
    },
    COMPILE_BUDGET,
  );

  it(
    "the record holds the session's totals and findings, and nothing that names a seat",
    () => {
      const ended = playedRoom();
      const doc = roomRecord({ title: ended.title, scenarioId: 'the-shelter', debrief: ended.debrief! }, '2026-11-27T10:00:00Z');
      const markdown = toMarkdown(doc);
      expect(doc.fileStem).toBe('away-day-the-shelter-2026-11-27');
      expect(markdown).toContain('27 November 2026');
      expect(markdown).toContain('School: 2');
      expect(markdown).toContain('Other seats: 3');
      expect(markdown).not.toMatch(/Police: \d|Health: \d/);
      for (const d of ended.decisions) expect(markdown).toContain(`Decision ${d.turn}:`);
      expect(markdown).toContain('Where the room split most');
      expect(markdown).toContain(PRIVACY_NOTE.split(':')[0]!);
      // No seat ids, no per-phone anything: only totals and group counts.
      const text = JSON.stringify(doc);
      for (const seat of ended.seats) expect(text).not.toMatch(new RegExp(`\\b${seat.id}\\b`));
      expect(text).not.toMatch(/"(vote|seat|named)"/);
    },
    COMPILE_BUDGET,
  );

  it(
    'the console moves the projector through the debrief a part at a time, once the scenario has ended; a take-back clears it',
    () => {
      const ended = playedRoom();
      const shown = (state: RoomState) => sharedView(state, 0).debriefPart;
      expect(shown(ended)).toBe(FIRST_PART);
      expect(DEBRIEF_PARTS[0]!.id).toBe(FIRST_PART);
      // The decisions and seats follow the ending as a part of their own (a long ending filled the screen).
      expect(DEBRIEF_PARTS[1]!.id).toBe(DECIDED_PART);
      expect(new Set(DEBRIEF_PARTS.map((p) => p.id)).size).toBe(DEBRIEF_PARTS.length);
      type Case = [string, (s: RoomState) => RoomState, ConsoleMessage, string | RegExp];
      const cases: Case[] = [
        ['a part of the room', (s) => s, { type: 'show-part', part: 'split' }, 'split'],
        ['the last part', (s) => s, { type: 'show-part', part: 'research' }, 'research'],
        ['back to the ending', (s) => act(s, { type: 'show-part', part: 'votes' }), { type: 'show-part', part: 'ending' }, 'ending'],
        [
          'a part that does not exist',
          (s) => act(s, { type: 'show-part', part: 'votes' }),
          { type: 'show-part', part: 'scores' },
          /no such part/,
        ],
        [
          'a part after a take-back',
          (s) => act(s, { type: 'take-back' }),
          { type: 'show-part', part: 'split' },
          /once the scenario has ended/,
        ],
        ['a part once closed', (s) => act(s, { type: 'close' }), { type: 'show-part', part: 'split' }, /closed/],
      ];
      for (const [name, setup, message, expected] of cases) {
        const before = setup(ended);
        const change = consoleAct(before, message, ctx);
        if (typeof expected === 'string') {
          expect(change.ok, name).toBe(true);
          if (change.ok) expect(shown(change.state), name).toBe(expected);
        } else {
          expect(change.ok, name).toBe(false);
          if (!change.ok) expect(change.error, name).toMatch(expected);
        }
      }
      const moved = act(ended, { type: 'show-part', part: 'pressure' });
      // The projector and the console follow; a take-back clears the part, and the next ending starts at the ending again.
      expect(projectorView(sharedView(moved, 0), moved, '').debriefPart).toBe('pressure');
      expect(consoleView(sharedView(moved, 0), moved, '').debriefPart).toBe('pressure');
      const back = act(moved, { type: 'take-back' });
      expect(back.debriefPart).toBeNull();
      expect(shown(back)).toBeNull();
      // An ending kept from before parts existed starts at the ending.
      const older: RoomState = { ...moved };
      delete older.debriefPart;
      expect(shown(older)).toBe(FIRST_PART);
      // A part too long for the screen is scrolled a screen at a time; another part (or none given) starts at its top.
      const screenOf = (state: RoomState) => sharedView(state, 0).debriefScreen;
      expect(screenOf(ended)).toBe(0);
      const down = act(moved, { type: 'show-part', part: 'pressure', screen: 2 });
      expect([shown(down), screenOf(down)]).toEqual(['pressure', 2]);
      expect(screenOf(act(down, { type: 'show-part', part: 'ledger' }))).toBe(0);
      expect(screenOf(act(down, { type: 'take-back' }))).toBe(0);
      const olderScroll: RoomState = { ...down };
      delete olderScroll.debriefScreen;
      expect(screenOf(olderScroll)).toBe(0);
    },
    COMPILE_BUDGET,
  );
});
