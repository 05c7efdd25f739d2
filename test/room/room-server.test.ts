// The room server, in this process on a free port, driven by SDK clients as
// the console, the projector and the phones drive it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '@colyseus/sdk';
import { ERROR, KEY, MIN_GROUP, OTHER_SEATS, ROOM_NAME, VIEW } from '../../src/room/protocol.ts';
import type { PhoneView } from '../../src/room/protocol.ts';
import type { RunningServer } from '../../src/server/room-server.ts';
import { join, joinPhone, joinProjector, lookUp, openRoomAsFacilitator, pause, startTestServer } from './room-harness.ts';
import type { Facilitator, Probe } from './room-harness.ts';
import { COMPILE_BUDGET, ROOM_BUDGET } from '../budgets.ts';

let server: RunningServer;

beforeAll(async () => {
  server = await startTestServer();
}, COMPILE_BUDGET);

afterAll(async () => {
  await server?.close();
});

/** Every vote a phone could read in a message: its own view's `vote`, and nothing anywhere else. */
function votesIn(received: Probe<PhoneView>['received']): unknown[] {
  const found: unknown[] = [];
  const walk = (value: unknown, path: string) => {
    if (!value || typeof value !== 'object') return;
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'vote' && path !== '') found.push(`${path}.${key}`);
      walk(inner, `${path}.${key}`);
    }
  };
  for (const { type, message } of received) {
    expect([VIEW, ERROR]).toContain(type);
    walk(message, '');
  }
  return found;
}

describe('joining a room by its code', { timeout: ROOM_BUDGET }, () => {
  it('a console opens a room, gets the only key and a code; a phone joins by the code and takes a seat', async () => {
    const facilitator = await openRoomAsFacilitator(server);
    expect(facilitator.code).toMatch(/^[ACDEFGHJKMNPQRTUVWXY34679]{5}$/);
    expect(facilitator.key.length).toBeGreaterThanOrEqual(32);
    expect(facilitator.probe.view).toMatchObject({
      audience: 'console',
      phase: 'lobby',
      joinUrl: `${server.joinBase}#${facilitator.code}`,
    });
    expect(await lookUp(server, facilitator.code.toLowerCase())).toEqual({ status: 200, body: { roomId: facilitator.roomId } });

    const phone = await joinPhone(server, facilitator.code, null);
    expect(phone.view).toMatchObject({ audience: 'phone', agency: null, vote: null });
    expect(phone.view.seats.map((s) => s.agency)).toContain('police');
    phone.send('seat', { agency: 'police' });
    await phone.seen((v) => v.agency === 'police');
    const seats = await facilitator.probe.seen((v) => v.seats.find((s) => s.agency === 'police')?.people === 1);
    expect(seats.seatList).toEqual([{ seat: expect.any(String), agency: 'police', connected: true }]);
    expect(phone.received.some((r) => r.type === KEY)).toBe(false);
    facilitator.probe.send('close');
  });

  it.each([['QQQQQ'], ['ABCDE'], ['x'], ['%2e%2e']])('an unknown or malformed code %s is a plain 404', async (code) => {
    const { status, body } = await lookUp(server, code);
    expect(status).toBe(404);
    expect(body.message).toMatch(/no open room/);
  });

  it('refuses to join a room any other way: no join by name, no console without the key, no room from a phone', async () => {
    const facilitator = await openRoomAsFacilitator(server);
    const client = new Client(server.url);
    await expect(client.join(ROOM_NAME, { audience: 'phone', agency: null })).rejects.toThrow();
    await expect(client.joinById(facilitator.roomId, { audience: 'console', scenarioId: 'the-shelter' })).rejects.toThrow(
      /facilitator key/,
    );
    await expect(client.joinById(facilitator.roomId, { audience: 'console', facilitatorKey: 'x'.repeat(32) })).rejects.toThrow(/not right/);
    await expect(client.create(ROOM_NAME, { audience: 'phone', agency: null })).rejects.toThrow(/console/);
    await expect(client.create(ROOM_NAME, { audience: 'console', scenarioId: 'no-such-story' })).rejects.toThrow(/no scenario/);
    await expect(client.joinById(facilitator.roomId, { audience: 'phone', agency: 'mi5' })).rejects.toThrow(/agencies listed/);
    facilitator.probe.send('close');
  });
});

describe('votes are secret until the reveal', { timeout: ROOM_BUDGET }, () => {
  let facilitator: Facilitator;
  let phones: Probe<PhoneView>[];

  beforeAll(async () => {
    facilitator = await openRoomAsFacilitator(server);
    // Police 3, school 2, health 1: health's vote must never be readable on its own.
    phones = await Promise.all(
      ['police', 'police', 'police', 'school', 'school', 'health'].map((a) => joinPhone(server, facilitator.code, a)),
    );
    facilitator.probe.send('start');
    facilitator.probe.send('open-vote');
    await Promise.all(phones.map((p) => p.seen((v) => v.phase === 'voting')));
  }, COMPILE_BUDGET);

  afterAll(() => facilitator.probe.send('close'));

  it('each phone sees its own vote, may change it, and the console sees only how many voted', async () => {
    const choices = [0, 1, 1, 0, 0, 1];
    phones.forEach((p, i) => p.send('vote', { option: choices[i] }));
    phones[0]!.send('vote', { option: 1 });
    await Promise.all(phones.map((p, i) => p.seen((v) => v.vote === (i === 0 ? 1 : choices[i]))));
    const counted = await facilitator.probe.seen((v) => v.voted === 6);
    expect(JSON.stringify(counted)).not.toMatch(/"vote"/);
    // Phones are sent the running count a few times a second, and the last count always arrives.
    await Promise.all(phones.map((p) => p.seen((v) => v.voted === 6, 'the last count on every phone')));
  });

  it('the reveal gives totals per option and per agency, a lone agency merged into other seats, and a majority', async () => {
    const projector = await joinProjector(server, facilitator.code);
    facilitator.probe.send('reveal');
    const revealed = await facilitator.probe.seen((v) => v.phase === 'revealed');
    expect(revealed.tally?.totals).toEqual({ 0: 2, 1: 4 });
    // Health's one vote would stand alone in "other": the smallest group (school) joins it.
    expect(revealed.tally?.byAgency).toEqual({ police: { 1: 3 }, [OTHER_SEATS]: { 0: 2, 1: 1 } });
    expect(Object.keys(revealed.tally!.byAgency)).not.toContain('health');
    expect(revealed.tie).toEqual([]);
    await projector.seen((v) => v.phase === 'revealed');
    expect(projector.view.tally).toEqual(revealed.tally);
    await Promise.all(phones.map((p) => p.seen((v) => v.phase === 'revealed')));
    // A phone never received anyone's vote but its own, in any message.
    for (const phone of phones) expect(votesIn(phone.received)).toEqual([]);
    expect(JSON.stringify(projector.received)).not.toMatch(/"vote"/);
    expect(MIN_GROUP).toBe(2);
  });

  it.fails('(the secrecy check can fail: a phone sent a view with another vote in it is caught)', () => {
    const leaked = [{ type: VIEW, message: { tally: { votes: [{ seat: 's2', vote: 1 }] } } }];
    expect(votesIn(leaked)).toEqual([]);
  });

  it('the room majority decides, recorded as the room’s', async () => {
    facilitator.probe.send('decide');
    const decided = await facilitator.probe.seen((v) => v.decisions.length === 1);
    expect(decided.decisions[0]).toMatchObject({ turn: 1, decidedBy: 'majority' });
    expect(decided.phase).toBe('reading');
    await Promise.all(phones.map((p) => p.seen((v) => v.decisions.length === 1 && v.vote === null)));
  });

  it('a tie waits for the facilitator, who must name an option', async () => {
    facilitator.probe.send('open-vote');
    await Promise.all(phones.map((p) => p.seen((v) => v.phase === 'voting')));
    phones[0]!.send('vote', { option: 0 });
    phones[1]!.send('vote', { option: 1 });
    await facilitator.probe.seen((v) => v.voted === 2);
    facilitator.probe.send('reveal');
    const tied = await facilitator.probe.seen((v) => v.phase === 'revealed');
    expect(tied.tie).toEqual([0, 1]);
    facilitator.probe.send('decide');
    expect(await facilitator.probe.error(/tied/)).toMatch(/choose one/);
    facilitator.probe.send('decide', { option: 1 });
    const decided = await facilitator.probe.seen((v) => v.decisions.length === 2);
    expect(decided.decisions[1]?.decidedBy).toBe('facilitator');
  });
});

describe('only the facilitator controls the room', { timeout: ROOM_BUDGET }, () => {
  it('a phone or a projector sending console messages changes nothing and is told why', async () => {
    const facilitator = await openRoomAsFacilitator(server);
    const phone = await joinPhone(server, facilitator.code, 'police');
    const projector = await joinProjector(server, facilitator.code);
    for (const type of ['start', 'open-vote', 'reveal', 'decide', 'take-back', 'close']) {
      phone.send(type, {});
      projector.send(type, {});
    }
    phone.send('remove-seat', { seat: 's1' });
    projector.send('vote', { option: 0 });
    await phone.until(() => phone.errors.length >= 7, 'seven refusals');
    await projector.until(() => projector.errors.length >= 7, 'seven refusals');
    expect(new Set(phone.errors)).toEqual(new Set(["Only the facilitator's console can do that."]));
    expect(projector.errors.at(-1)).toMatch(/cannot vote/);
    await pause(100);
    expect(facilitator.probe.view.phase).toBe('lobby');
    expect(facilitator.probe.view.seatList).toHaveLength(1);
    expect(await lookUp(server, facilitator.code)).toMatchObject({ status: 200 });
    facilitator.probe.send('close');
  });

  it.each<[string, unknown]>([
    ['vote', { option: 'everything' }],
    ['vote', { option: 0, name: 'Sam' }],
    ['vote', [0]],
    ['vote', 'zero'],
    ['seat', { agency: '<script>' }],
    ['name', { where: 'here', how: 'now' }],
    ['hello', { text: 'free text' }],
    ['vote', { option: 0, padding: 'x'.repeat(2000) }],
  ])('a malformed or oversized %s %j is refused and changes nothing', async (type, payload) => {
    const facilitator = await openRoomAsFacilitator(server);
    const phone = await joinPhone(server, facilitator.code, 'police');
    facilitator.probe.send('start');
    facilitator.probe.send('open-vote');
    await phone.seen((v) => v.phase === 'voting');
    phone.send(type, payload);
    await phone.until(() => phone.errors.length > 0, 'an error');
    expect(phone.errors[0]).toMatch(/^[A-Z].*\.$/);
    expect(phone.view).toMatchObject({ vote: null, agency: 'police' });
    expect(facilitator.probe.view.voted).toBe(0);
    // The phone is still in the room and its next good message counts.
    phone.send('vote', { option: 0 });
    await facilitator.probe.seen((v) => v.voted === 1);
    facilitator.probe.send('close');
  });

  it('a console message with a bad field is refused and changes nothing', async () => {
    const facilitator = await openRoomAsFacilitator(server);
    facilitator.probe.send('timer', { seconds: -5 });
    facilitator.probe.send('start', { type: 'close' });
    facilitator.probe.send('remove-seat', { seat: 's404' });
    await facilitator.probe.until(() => facilitator.probe.errors.length === 3, 'three refusals');
    expect(facilitator.probe.view.phase).toBe('lobby');
    expect(facilitator.probe.view.timer).toBeNull();
    facilitator.probe.send('close');
  });

  it('a phone flooding the room with votes is slowed down, and the flood changes nothing else', async () => {
    const facilitator = await openRoomAsFacilitator(server);
    const phone = await joinPhone(server, facilitator.code, 'police');
    facilitator.probe.send('start');
    facilitator.probe.send('open-vote');
    await phone.seen((v) => v.phase === 'voting');
    for (let i = 0; i < 40; i += 1) phone.send('vote', { option: i % 2 });
    await phone.error(/too many at once/);
    expect(facilitator.probe.view.voted).toBeLessThanOrEqual(1);
    facilitator.probe.send('close');
  });
});

describe('closing a room leaves nothing', { timeout: ROOM_BUDGET }, () => {
  it('every client is sent away, the room is gone and its code is free', async () => {
    const facilitator = await openRoomAsFacilitator(server);
    const phone = await joinPhone(server, facilitator.code, 'police');
    const projector = await join(server, facilitator.code, { audience: 'projector' });
    expect(server.roomIds()).toContain(facilitator.roomId);
    expect(server.codesInUse()).toContain(facilitator.code);
    facilitator.probe.send('close');
    await Promise.all([facilitator.probe, phone, projector].map((p) => p.until(() => p.left !== null, 'leaving')));
    expect(phone.left).toBe(4000);
    await pause(50);
    expect(server.roomIds()).not.toContain(facilitator.roomId);
    expect(server.codesInUse()).not.toContain(facilitator.code);
    expect(await lookUp(server, facilitator.code)).toMatchObject({ status: 404 });
    await expect(new Client(server.url).joinById(facilitator.roomId, { audience: 'phone', agency: null })).rejects.toThrow();
    await expect(new Client(server.url).reconnect(phone.room.reconnectionToken)).rejects.toThrow();
  });
});
