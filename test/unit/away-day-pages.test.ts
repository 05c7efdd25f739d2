// The away-day pages' pure parts: what a phone shows in each phase, which
// controls the facilitator has, the tally as a table and as dots on the map,
// the connection's words and backoff, and the projector's picture.
import { describe, expect, it } from 'vitest';
import type { ConsoleView, PhoneView, SharedView, Tally } from '../../src/room/protocol.ts';
import { OTHER_SEATS } from '../../src/room/protocol.ts';
import {
  clock,
  consoleControls,
  decidable,
  leaders,
  namingRows,
  phaseWords,
  phoneScreen,
  tallyTable,
  voteDots,
} from '../../src/away-day/room-model.ts';
import { STATUS_WORDS, backoffDelay } from '../../src/away-day/connection-words.ts';
import { readCode } from '../../src/away-day/page-storage.ts';
import { roomStageView, shortLabel } from '../../src/away-day/projector-stage.ts';

const tally: Tally = {
  totals: { 0: 3, 1: 1, 2: 0 },
  byAgency: { police: { 0: 2 }, school: { 0: 1, 1: 1 }, [OTHER_SEATS]: {} },
  readings: { 0: { where: 'individual', how: 'behaviour' }, 1: { where: 'context', how: 'ecological' }, 2: null },
};

const shared: SharedView = {
  code: 'ACDEF',
  scenarioId: 'the-shelter',
  title: 'The Shelter',
  phase: 'lobby',
  lines: ['The panel meets.'],
  options: [
    { index: 0, text: 'Move them on', available: true, reason: null, pressed: false },
    { index: 1, text: 'Ask the youth workers to stay late', available: true, reason: null, pressed: false },
    { index: 2, text: 'Find out more', available: false, reason: 'No one has asked yet.', pressed: false },
  ],
  nameIt: null,
  seats: [
    { agency: 'police', label: 'Police', people: 2 },
    { agency: 'school', label: 'School', people: 2 },
    { agency: 'health', label: 'Health', people: 0 },
  ],
  voted: 0,
  tally: null,
  naming: null,
  nameItAuthor: null,
  decisions: [],
  timer: null,
  ending: null,
  debriefPart: null,
  debriefScreen: 0,
};

const phone = (over: Partial<PhoneView>): PhoneView => ({
  ...shared,
  audience: 'phone',
  agency: 'police',
  vote: null,
  named: null,
  ...over,
});
const consoleOf = (over: Partial<ConsoleView>): ConsoleView => ({
  ...shared,
  audience: 'console',
  joinUrl: 'http://192.168.1.5:4173/phone#ACDEF',
  seatList: [],
  tie: [],
  canTakeBack: false,
  note: null,
  skipNotes: [],
  namingAsk: null,
  debrief: null,
  ...over,
});

describe('a phone in each phase', () => {
  it('asks for a seat first, whatever the phase, until the scenario has ended', () => {
    expect(phoneScreen(phone({ agency: null })).kind).toBe('seat');
    expect(phoneScreen(phone({ agency: null, phase: 'voting' })).kind).toBe('seat');
    expect(phoneScreen(phone({ agency: null, phase: 'ended' })).kind).toBe('ended');
  });

  it('says it is waiting for the facilitator in the lobby and while the room reads', () => {
    expect(phoneScreen(phone({ phase: 'lobby' }))).toEqual({ kind: 'wait', words: expect.stringMatching(/Waiting for the facilitator/) });
    expect(phoneScreen(phone({ phase: 'reading' }))).toEqual({ kind: 'wait', words: expect.stringMatching(/Waiting for the facilitator/) });
  });

  it('says a vote is received, and that it can change until the reveal', () => {
    expect(phoneScreen(phone({ phase: 'voting' })).words).toMatch(/^Vote: /);
    expect(phoneScreen(phone({ phase: 'voting', vote: 1 })).words).toMatch(
      /^Vote received\. You can change it until the facilitator reveals/,
    );
  });

  it('names it until naming closes, then shows the room’s reading', () => {
    expect(phoneScreen(phone({ phase: 'naming', nameIt: 'Disperse the group' })).kind).toBe('naming');
    expect(phoneScreen(phone({ phase: 'naming', named: { where: 'context', how: 'behaviour' } })).words).toMatch(/received/);
    const counts = { 'individual-behaviour': 1, 'individual-ecological': 0, 'context-behaviour': 2, 'context-ecological': 0 };
    expect(phoneScreen(phone({ phase: 'naming', naming: counts })).kind).toBe('named');
  });

  it('shows the result after a reveal and a plain ending', () => {
    expect(phoneScreen(phone({ phase: 'revealed', tally })).kind).toBe('revealed');
    expect(phoneScreen(phone({ phase: 'ended' })).words).toMatch(/ended/);
  });
});

describe('the facilitator’s controls', () => {
  it('starts, opens the vote, reveals, decides by majority or votes again', () => {
    expect(consoleControls(consoleOf({ phase: 'lobby' })).map((c) => c.message.type)).toEqual(['start']);
    expect(consoleControls(consoleOf({ phase: 'reading' })).map((c) => c.message.type)).toEqual(['open-vote']);
    expect(consoleControls(consoleOf({ phase: 'voting' })).map((c) => c.message.type)).toEqual(['reveal']);
    expect(consoleControls(consoleOf({ phase: 'revealed', tally })).map((c) => c.message)).toEqual([
      { type: 'decide' },
      { type: 'open-vote' },
    ]);
    expect(consoleControls(consoleOf({ phase: 'ended' }))).toEqual([]);
  });

  it('opens "Name it" before the vote on a proposal, then closes naming, then continues', () => {
    expect(consoleControls(consoleOf({ phase: 'reading', nameIt: 'Disperse the group' })).map((c) => c.message.type)).toEqual(['continue']);
    expect(consoleControls(consoleOf({ phase: 'naming' }))[0]!.label).toMatch(/Close naming/);
    const counts = { 'individual-behaviour': 0, 'individual-ecological': 0, 'context-behaviour': 0, 'context-ecological': 0 };
    expect(consoleControls(consoleOf({ phase: 'naming', naming: counts }))[0]!.label).toBe('Continue the story');
  });

  it('on a tie offers no majority, only the tied options', () => {
    const tied = consoleOf({ phase: 'revealed', tally, tie: [0, 1] });
    expect(consoleControls(tied).map((c) => c.message.type)).toEqual(['open-vote']);
    expect(decidable(tied).map((o) => o.index)).toEqual([0, 1]);
  });

  it('offers the facilitator’s call on any available option, and none before a reveal', () => {
    expect(decidable(consoleOf({ phase: 'revealed', tally })).map((o) => o.index)).toEqual([0, 1]);
    expect(decidable(consoleOf({ phase: 'voting' }))).toEqual([]);
  });

  it('counts votes without saying whose, and waits in the lobby with the code', () => {
    expect(phaseWords({ ...shared, phase: 'voting', voted: 3 })).toBe('Voting is open: 3 of 4 have voted.');
    expect(phaseWords(shared)).toMatch(/ACDEF/);
    // At the debrief, where the projector is: the console's status line says it when the facilitator moves it.
    expect(phaseWords({ ...shared, phase: 'ended', debriefPart: 'split' })).toBe(
      "The scenario has ended. The room's debrief: part 6 of 16, where the room split most.",
    );
    expect(phaseWords({ ...shared, phase: 'ended', debriefPart: null })).toBe('The scenario has ended.');
  });
});

describe('the tally', () => {
  it('is a row per option and a column per agency, other seats last', () => {
    const table = tallyTable(shared, tally);
    expect(table.groups.map((g) => g.label)).toEqual(['Police', 'School', 'Other seats']);
    expect(table.rows.map((r) => [r.text, r.total, r.counts])).toEqual([
      ['Move them on', 3, [2, 1, 0]],
      ['Ask the youth workers to stay late', 1, [0, 1, 0]],
      ['Find out more', 0, [0, 0, 0]],
    ]);
  });

  it('puts a dot on the map for each vote on an option with a reading, in its agency', () => {
    const dots = voteDots(shared, tally);
    expect(dots.map((d) => `${d.agency}:${d.where}-${d.how}`)).toEqual([
      'police:individual-behaviour',
      'police:individual-behaviour',
      'school:individual-behaviour',
      'school:context-ecological',
    ]);
  });

  it('finds the leaders (several on a tie, none with no votes)', () => {
    expect(leaders(tally)).toEqual([0]);
    expect(leaders({ ...tally, totals: { 0: 2, 1: 2 } })).toEqual([0, 1]);
    expect(leaders({ ...tally, totals: {} })).toEqual([]);
  });

  it('names the room’s reading in words for each quadrant', () => {
    const rows = namingRows({ 'individual-behaviour': 1, 'individual-ecological': 0, 'context-behaviour': 2, 'context-ecological': 0 });
    expect(rows.find((r) => r.quadrant === 'context-behaviour')).toMatchObject({ reading: 'The context · Behaviour-based', count: 2 });
  });
});

describe('the connection and the code', () => {
  it('backs off 1, 2, 4 s… up to 15 s, with jitter', () => {
    const mid = () => 0.5;
    expect([1, 2, 3, 4, 5, 9].map((n) => backoffDelay(n, mid))).toEqual([1000, 2000, 4000, 8000, 15000, 15000]);
    expect(backoffDelay(1, () => 0)).toBe(800);
    expect(backoffDelay(1, () => 1)).toBe(1200);
  });

  it('has plain words for every state, including a lost connection', () => {
    expect(STATUS_WORDS.reconnecting).toBe('Connection lost — reconnecting…');
    expect(Object.values(STATUS_WORDS).every((w) => w.length > 10)).toBe(true);
  });

  it('reads a typed code however it is written', () => {
    expect(readCode(' acd-ef ')).toBe('ACDEF');
  });

  it('shows a timer as minutes and seconds', () => {
    expect(clock(125)).toBe('2:05');
    expect(clock(-3)).toBe('0:00');
  });
});

describe('the projector’s picture', () => {
  it('labels agencies briefly so they are told apart without colour', () => {
    expect(['Police', 'Youth work', 'Other seats', 'Voluntary sector'].map(shortLabel)).toEqual(['Pol', 'YW', 'OS', 'VS']);
  });

  it('seats the agencies in the room, fading in only the ones that arrived', () => {
    const picture = roomStageView(shared, false, ['police']);
    expect(picture).toMatchObject({ kind: 'room', room: { present: ['police', 'school'], arrived: ['school'] } });
  });

  it('after a reveal shows the votes on the map', () => {
    const picture = roomStageView({ ...shared, phase: 'revealed', tally }, true, []);
    expect(picture.kind === 'votes' && picture.votes.marks.length).toBe(4);
  });
});
