// Drop-outs lose nothing: a phone that loses its connection rejoins its seat
// with its vote, the facilitator carries on from another device with the
// key, a late joiner takes a seat mid-scenario; and the console's own tools
// (take back, remove a seat, the discussion timer) work through the server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '@colyseus/sdk';
import type { ConsoleView, PhoneView, ProjectorView } from '../../src/room/protocol.ts';
import type { RunningServer } from '../../src/server/room-server.ts';
import { Probe, dropConnection, joinPhone, joinProjector, openRoomAsFacilitator, startTestServer } from './room-harness.ts';
import type { Facilitator } from './room-harness.ts';
import { COMPILE_BUDGET, ROOM_BUDGET } from '../budgets.ts';

let server: RunningServer;

beforeAll(async () => {
  server = await startTestServer();
}, COMPILE_BUDGET);

afterAll(async () => {
  await server?.close();
});

async function decideByAll(facilitator: Facilitator, phones: Probe<PhoneView>[], option: number): Promise<void> {
  const before = facilitator.probe.view.decisions.length;
  facilitator.probe.send('open-vote');
  await Promise.all(phones.map((p) => p.seen((v) => v.phase === 'voting')));
  for (const phone of phones) phone.send('vote', { option });
  await facilitator.probe.seen((v) => v.voted === phones.length);
  facilitator.probe.send('reveal');
  await facilitator.probe.seen((v) => v.phase === 'revealed');
  facilitator.probe.send('decide');
  await facilitator.probe.seen((v) => v.decisions.length === before + 1);
}

describe('a phone that drops keeps its seat and its vote', { timeout: ROOM_BUDGET }, () => {
  it('rejoins with its reconnection token (a reload or lost Wi-Fi) within the hold', async () => {
    const facilitator = await openRoomAsFacilitator(server);
    const phone = await joinPhone(server, facilitator.code, 'school');
    const other = await joinPhone(server, facilitator.code, 'school');
    facilitator.probe.send('start');
    facilitator.probe.send('open-vote');
    await phone.seen((v) => v.phase === 'voting');
    phone.send('vote', { option: 1 });
    await facilitator.probe.seen((v) => v.voted === 1);
    const seat = facilitator.probe.view.seatList[0]!.seat;

    const token = phone.room.reconnectionToken;
    dropConnection(phone);
    const dropped = await facilitator.probe.seen(
      (v) => v.seatList.find((s) => s.seat === seat)?.connected === false,
      'the seat shown as dropped',
    );
    expect(dropped.voted).toBe(1);
    expect(dropped.seats.find((s) => s.agency === 'school')?.people).toBe(2);

    const back = new Probe<PhoneView>(await new Client(server.url).reconnect(token));
    const view = await back.seen((v) => v.audience === 'phone', 'a view after rejoining');
    expect(view).toMatchObject({ agency: 'school', vote: 1, phase: 'voting' });
    await facilitator.probe.seen((v) => v.seatList.find((s) => s.seat === seat)?.connected === true, 'the seat connected again');
    expect(facilitator.probe.view.seatList).toHaveLength(2);

    // The rejoined phone may still change its vote, and the reveal counts it.
    back.send('vote', { option: 0 });
    await back.seen((v) => v.vote === 0);
    other.send('vote', { option: 0 });
    await facilitator.probe.seen((v) => v.voted === 2);
    facilitator.probe.send('reveal');
    const revealed = await facilitator.probe.seen((v) => v.phase === 'revealed');
    expect(revealed.tally?.totals).toEqual({ 0: 2 });
    facilitator.probe.send('close');
  });

  it('a projector that drops rejoins and is sent the room as it is now', async () => {
    const facilitator = await openRoomAsFacilitator(server);
    const projector = await joinProjector(server, facilitator.code);
    const token = projector.room.reconnectionToken;
    dropConnection(projector);
    facilitator.probe.send('start');
    await facilitator.probe.seen((v) => v.phase === 'reading');
    const back = new Probe<ProjectorView>(await new Client(server.url).reconnect(token));
    expect((await back.seen((v) => v.phase === 'reading')).lines.length).toBeGreaterThan(0);
    facilitator.probe.send('close');
  });
});

describe('the facilitator carries on from another device with the key', { timeout: ROOM_BUDGET }, () => {
  it('a new console with the key controls the room (a wrong key is refused: room-server.test.ts)', async () => {
    const facilitator = await openRoomAsFacilitator(server);
    const phone = await joinPhone(server, facilitator.code, 'police');
    dropConnection(facilitator.probe);
    const taken = new Probe<ConsoleView>(
      await new Client(server.url).joinById(facilitator.roomId, { audience: 'console', facilitatorKey: facilitator.key }),
    );
    const view = await taken.seen((v) => v.audience === 'console');
    expect(view.code).toBe(facilitator.code);
    expect(view.seatList).toHaveLength(1);
    expect(taken.received.some((r) => r.type === 'facilitator-key')).toBe(false);
    taken.send('start');
    await phone.seen((v) => v.phase === 'reading');
    taken.send('close');
    await phone.until(() => phone.left !== null, 'the phone sent away');
  });
});

describe('mid-scenario', { timeout: ROOM_BUDGET }, () => {
  let facilitator: Facilitator;
  let phones: Probe<PhoneView>[];

  beforeAll(async () => {
    facilitator = await openRoomAsFacilitator(server);
    phones = await Promise.all(['police', 'police', 'youth-work'].map((a) => joinPhone(server, facilitator.code, a)));
    facilitator.probe.send('start');
    await facilitator.probe.seen((v) => v.phase === 'reading');
    await decideByAll(facilitator, phones, 0);
    await decideByAll(facilitator, phones, 0);
  }, COMPILE_BUDGET);

  afterAll(() => facilitator.probe.send('close'));

  it('a late joiner is sent the room as it is and votes in the next decision', async () => {
    const late = await joinPhone(server, facilitator.code, 'youth-work');
    expect(late.view.decisions).toHaveLength(2);
    expect(late.view.phase).toBe('reading');
    expect(late.view.lines).toEqual(facilitator.probe.view.lines);
    phones.push(late);
    await decideByAll(facilitator, phones, 0);
    expect(facilitator.probe.view.decisions[2]?.tally.totals).toEqual({ 0: 4 });
  });

  it('take back undoes the last decision on every screen', async () => {
    const lines = facilitator.probe.view.lines;
    await decideByAll(facilitator, phones, 0);
    expect(facilitator.probe.view.canTakeBack).toBe(true);
    facilitator.probe.send('take-back');
    const back = await facilitator.probe.seen((v) => v.decisions.length === 3);
    expect(back.lines).toEqual(lines);
    expect(back.phase).toBe('reading');
    await Promise.all(phones.map((p) => p.seen((v) => v.decisions.length === 3)));
  });

  it('a removed seat is told, sent away, and no longer counted', async () => {
    const [, , , late] = phones;
    const seat = facilitator.probe.view.seatList.at(-1)!.seat;
    facilitator.probe.send('remove-seat', { seat });
    await late!.until(() => late!.left !== null, 'the removed phone sent away');
    expect(late!.errors.at(-1)).toMatch(/removed this seat/);
    const view = await facilitator.probe.seen((v) => v.seatList.length === 3);
    expect(view.seats.find((s) => s.agency === 'youth-work')?.people).toBe(1);
    phones.pop();
  });

  it('the discussion timer counts down on every screen and can be stopped', async () => {
    // Five seconds, so a busy machine that holds a tick back still shows a
    // count between the start and the end.
    facilitator.probe.send('timer', { seconds: 5 });
    await phones[0]!.seen((v) => v.timer === 5, 'the timer at 5');
    await phones[0]!.seen((v) => v.timer !== null && v.timer > 0 && v.timer < 5, 'the timer counting down');
    facilitator.probe.send('timer', { seconds: null });
    await facilitator.probe.seen((v) => v.timer === null, 'the timer stopped');
  });
});
