// The away-day room's pure parts, table by table: counting votes with small
// agencies merged, the majority and ties, reading every message a client may
// send, and the room's changes from one state to the next.
import { describe, expect, it } from 'vitest';
import { OTHER_SEATS } from '../../src/room/protocol.ts';
import { leaders, tallyOf } from '../../src/room/tally.ts';
import type { Ballot } from '../../src/room/tally.ts';
import { MAX_MESSAGE_CHARS, readConsoleMessage, readJoinOptions, readPhoneMessage } from '../../src/room/messages.ts';
import { MAX_PART_SCREENS } from '../../src/room/debrief-parts.ts';

const ballots = (spec: string): Ballot[] =>
  // "police:0 police:1 health:0 -:1" → one ballot each; "-" is a phone with no agency yet.
  spec
    .split(' ')
    .filter(Boolean)
    .map((pair) => {
      const [agency, option] = pair.split(':');
      return { agency: agency === '-' ? null : agency!, option: Number(option) };
    });

describe('a reveal counts the room, and no group of one', () => {
  it.each([
    ['two agencies of two', 'police:0 police:1 school:0 school:0', { police: { 0: 1, 1: 1 }, school: { 0: 2 } }],
    ['a lone health vote merges with the smallest group', 'police:0 police:1 police:1 health:0', { [OTHER_SEATS]: { 0: 2, 1: 2 } }],
    [
      'two lone agencies make a group of two',
      'police:0 police:1 health:0 housing:1',
      { police: { 0: 1, 1: 1 }, [OTHER_SEATS]: { 0: 1, 1: 1 } },
    ],
    [
      'ties between the smallest groups fold the first by name',
      'police:0 police:0 school:1 school:1 health:0',
      { school: { 1: 2 }, [OTHER_SEATS]: { 0: 3 } },
    ],
    ['a phone with no agency counts with the other seats', 'police:0 police:0 -:1 -:1', { police: { 0: 2 }, [OTHER_SEATS]: { 1: 2 } }],
    ['one voter in the room: the totals are all there is', 'police:1', { [OTHER_SEATS]: { 1: 1 } }],
    ['no votes', '', {}],
  ])('%s', (_name, spec, byAgency) => {
    const tally = tallyOf(ballots(spec), { 0: null, 1: null });
    expect(tally.byAgency).toEqual(byAgency);
    // Every group shown holds at least two voters.
    for (const counts of Object.values(tally.byAgency)) {
      expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(spec.split(' ').length > 1 ? 2 : 1);
    }
    const totals = ballots(spec).reduce<Record<number, number>>((t, b) => ({ ...t, [b.option]: (t[b.option] ?? 0) + 1 }), {});
    expect(tally.totals).toEqual(totals);
  });
});

describe('the majority, or a tie the facilitator breaks', () => {
  it.each([
    [{ 0: 3, 1: 1 }, [0, 1], [0]],
    [{ 0: 2, 1: 2, 2: 1 }, [0, 1, 2], [0, 1]],
    // The most votes went to an option that cannot be chosen now: the lead is among those that can.
    [{ 0: 1, 1: 5 }, [0, 2], [0]],
    [{}, [0, 1, 2], [0, 1, 2]],
    [{ 0: 0 }, [3], [3]],
  ])('totals %j over options %j lead with %j', (totals, available, lead) => {
    expect(leaders(totals, available)).toEqual(lead);
  });
});

describe('every message is read before it is trusted', () => {
  const long = 'x'.repeat(MAX_MESSAGE_CHARS);
  it.each([
    ['start', undefined, { type: 'start' }],
    ['start', {}, { type: 'start' }],
    ['start', { type: 'start' }, { type: 'start' }],
    ['decide', {}, { type: 'decide' }],
    ['decide', { option: 2 }, { type: 'decide', option: 2 }],
    ['timer', { seconds: 120 }, { type: 'timer', seconds: 120 }],
    ['timer', { seconds: null }, { type: 'timer', seconds: null }],
    ['remove-seat', { seat: 's3' }, { type: 'remove-seat', seat: 's3' }],
    ['show-part', { part: 'split' }, { type: 'show-part', part: 'split' }],
    ['show-part', { type: 'show-part', part: 'ending' }, { type: 'show-part', part: 'ending' }],
    ['show-part', { part: 'ledger', screen: 0 }, { type: 'show-part', part: 'ledger', screen: 0 }],
    ['show-part', { part: 'ledger', screen: MAX_PART_SCREENS }, { type: 'show-part', part: 'ledger', screen: MAX_PART_SCREENS }],
  ])('console %s %j reads as %j', (type, payload, expected) => {
    expect(readConsoleMessage(type, payload)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['launch', {}, /does not know/],
    [7, {}, /does not know/],
    ['start', { type: 'close' }, /two different/],
    ['start', { extra: 1 }, /does not accept/],
    ['start', [1], /could not be read/],
    ['start', 'start', /could not be read/],
    ['decide', { option: -1 }, /not one of the choices/],
    ['decide', { option: 1.5 }, /not one of the choices/],
    ['decide', { option: '1' }, /not one of the choices/],
    ['timer', { seconds: 0 }, /timer runs/],
    ['timer', { seconds: 99999 }, /timer runs/],
    ['remove-seat', { seat: '../x' }, /no such seat/],
    ['remove-seat', { seat: long }, /too large/],
    ['show-part', {}, /no such part of the debrief/],
    ['show-part', { part: 3 }, /no such part of the debrief/],
    ['show-part', { part: 'Where the room split' }, /no such part of the debrief/],
    ['show-part', { part: 'split', scroll: 200 }, /does not accept/],
    ['show-part', { part: 'ledger', screen: -1 }, /scrolls a part from its top/],
    ['show-part', { part: 'ledger', screen: MAX_PART_SCREENS + 1 }, /scrolls a part from its top/],
    ['show-part', { part: 'ledger', screen: 1.5 }, /scrolls a part from its top/],
    ['show-part', { part: 'ledger', screen: '2' }, /scrolls a part from its top/],
    ['show-part', { part: long }, /too large/],
  ])('console %s %j is refused', (type, payload, error) => {
    const read = readConsoleMessage(type, payload);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error).toMatch(error);
  });

  it.each([
    ['seat', { agency: 'police' }, { type: 'seat', agency: 'police' }],
    ['vote', { option: 0 }, { type: 'vote', option: 0 }],
    ['vote', { type: 'vote', option: 3 }, { type: 'vote', option: 3 }],
    ['name', { where: 'context', how: 'ecological' }, { type: 'name', where: 'context', how: 'ecological' }],
  ])('phone %s %j reads as %j', (type, payload, expected) => {
    expect(readPhoneMessage(type, payload)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['vote', { option: 'all' }],
    ['vote', { option: 0, name: 'Sam' }],
    ['vote', {}],
    ['seat', { agency: 'Police <b>' }],
    ['name', { where: 'context' }],
    ['name', { where: 'everywhere', how: 'ecological' }],
    ['start', {}],
    ['note', { text: 'hello' }],
    ['vote', { option: 0, padding: long }],
  ])('phone %s %j is refused', (type, payload) => {
    expect(readPhoneMessage(type, payload).ok).toBe(false);
  });

  it.each([
    [{ audience: 'console', scenarioId: 'the-shelter' }, true],
    [{ audience: 'console', facilitatorKey: 'k'.repeat(32) }, true],
    [{ audience: 'console', facilitatorKey: 'short' }, false],
    [{ audience: 'console' }, false],
    [{ audience: 'console', scenarioId: 'the-shelter', facilitatorKey: 'k'.repeat(32) }, false],
    [{ audience: 'projector' }, true],
    [{ audience: 'projector', agency: 'police' }, false],
    [{ audience: 'phone', agency: null }, true],
    [{ audience: 'phone' }, true],
    [{ audience: 'phone', agency: 'police' }, true],
    [{ audience: 'phone', agency: 'police', name: 'Sam' }, false],
    [{ audience: 'admin' }, false],
    [null, false],
    ['phone', false],
  ])('join options %j read: %s', (options, ok) => {
    expect(readJoinOptions(options).ok).toBe(ok);
  });
});
