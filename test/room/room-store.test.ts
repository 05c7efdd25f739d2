// What a room saves in Redis, read back: the engine's step is left out and
// made again by replaying the playthrough, to the same line with the same
// choices; nothing else is lost, and a damaged or foreign record reads as none.
import { describe, expect, it } from 'vitest';
import { addSeat, consoleAct, openRoom, phoneAct } from '../../src/room/room-state.ts';
import type { RoomState } from '../../src/room/room-state.ts';
import { replay } from '../../src/play/playthrough.ts';
import { hashKey, readSavedRoom, savedRoom } from '../../src/server/room-store.ts';
import { openShelter } from '../unit/story-fixture.ts';
import { COMPILE_BUDGET } from '../budgets.ts';

const story = openShelter();
const ctx = { story, now: 1_000 };

function played(): RoomState {
  let state = openRoom(story, { code: 'ACDEF', scenarioId: 'the-shelter', seed: 7, agencies: [{ id: 'police', label: 'Police' }] });
  for (let i = 0; i < 2; i += 1) {
    const added = addSeat(state, 'police');
    if (!added.ok) throw new Error(added.error);
    state = added.state;
  }
  const apply = (change: ReturnType<typeof consoleAct>) => {
    if (!change.ok) throw new Error(change.error);
    state = change.state;
  };
  apply(consoleAct(state, { type: 'start' }, ctx));
  // Through two decisions (and any "Name it" between), then a vote left open.
  for (let decided = 0; decided < 2;) {
    if (state.step.nameIt) {
      apply(consoleAct(state, { type: 'continue' }, ctx));
      if (state.naming) apply(consoleAct(state, { type: 'continue' }, ctx));
      continue;
    }
    apply(consoleAct(state, { type: 'open-vote' }, ctx));
    const option = state.step.choices.find((c) => c.available)!.index;
    apply(phoneAct(state, 's1', { type: 'vote', option }));
    apply(consoleAct(state, { type: 'reveal' }, ctx));
    apply(consoleAct(state, { type: 'decide', option }, ctx));
    decided += 1;
  }
  while (state.step.nameIt) {
    apply(consoleAct(state, { type: 'continue' }, ctx));
    if (state.naming) apply(consoleAct(state, { type: 'continue' }, ctx));
  }
  apply(consoleAct(state, { type: 'open-vote' }, ctx));
  apply(phoneAct(state, 's2', { type: 'vote', option: state.step.choices.find((c) => c.available)!.index }));
  return state;
}

describe('a saved room', () => {
  it(
    'reads back whole, and its story replays to the same step',
    () => {
      const state = played();
      const key = 'the-facilitator-key-itself';
      const text = JSON.stringify(
        savedRoom('room1', 'process1', state, hashKey(key), [{ sessionId: 'a', token: 't', audience: 'phone', seat: 's2' }]),
      );
      expect(text).not.toContain('"step"');
      expect(text).not.toContain(key);
      const read = readSavedRoom(text)!;
      expect(read.processId).toBe('process1');
      expect(read.keyHash).toBe(hashKey(key));
      expect(read.clients).toEqual([{ sessionId: 'a', token: 't', audience: 'phone', seat: 's2' }]);
      expect(read.state.decisions).toHaveLength(2);
      expect(read.state.seats.find((s) => s.id === 's2')?.vote).not.toBeNull();
      const { step, ...rest } = state;
      expect(read.state).toEqual(rest);
      expect(replay(story, read.state.playthrough)).toEqual(step);
    },
    COMPILE_BUDGET,
  );

  it('reads a room saved before keys were hashed, keeping only the hash', () => {
    const state = { config: {}, playthrough: {} };
    const read = readSavedRoom(JSON.stringify({ version: 1, roomId: 'r', processId: 'p', key: 'old-key', state, clients: [] }))!;
    expect(read.keyHash).toBe(hashKey('old-key'));
    expect(JSON.stringify(read)).not.toContain('old-key');
  });

  it('reads a damaged or foreign record as none', () => {
    const state = { config: {}, playthrough: {} };
    for (const text of [
      JSON.stringify({ version: 2, roomId: 'r', processId: 'p', keyHash: 'not-a-hash', state, clients: [] }),
      JSON.stringify({ version: 3, roomId: 'r', processId: 'p', keyHash: hashKey('k'), state, clients: [] }),
    ])
      expect(readSavedRoom(text)).toBeNull();
    expect(
      readSavedRoom(JSON.stringify({ version: 2, roomId: 'r', processId: 'p', keyHash: hashKey('k'), state, clients: [] })),
    ).not.toBeNull();
    for (const text of [null, '', '{', '[]', '{"version":2}', JSON.stringify({ version: 1, roomId: 'r', processId: 'p', key: 'k' })])
      expect(readSavedRoom(text)).toBeNull();
  });
});
