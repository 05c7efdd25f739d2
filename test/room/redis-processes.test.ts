// Two room server processes on one real Redis: a phone joins through B a room
// held by A; A is killed mid-vote; the room resumes on B and no vote is lost.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { BUILD_BUDGET } from '../budgets.ts';
import { startRedis } from '../support/redis-server.ts';
import type { TestRedis } from '../support/redis-server.ts';
import { ensureServerBuild, startServerProcess } from '../support/server-process.ts';
import type { ServerProcess } from '../support/server-process.ts';
import { createRoom, joinPhone, lookUpCode, rejoin } from '../support/room-clients.ts';
import type { Screen } from '../support/room-clients.ts';
import type { ConsoleView, PhoneView } from '../../src/room/protocol.ts';

const PREFIX = 'rules-at-play:';
let redis: TestRedis;
const processes: ServerProcess[] = [];
const screens: Screen<{ phase: string }>[] = [];

beforeAll(async () => {
  ensureServerBuild();
  redis = await startRedis();
  for (let i = 0; i < 2; i += 1) processes.push(await startServerProcess({ REDIS_URL: redis.url }));
}, BUILD_BUDGET);

afterAll(async () => {
  for (const screen of screens) screen.room.connection?.close();
  await Promise.all(processes.map((p) => p.stop()));
  await redis?.stop();
});

async function keys(): Promise<string[]> {
  const client = new Redis(redis.url);
  try {
    return await client.keys(`${PREFIX}*`);
  } finally {
    client.disconnect();
  }
}

describe('rooms across processes on Redis', () => {
  it(
    'a phone joins through B a room held by A; A is killed mid-vote; the room resumes on B with every vote',
    async () => {
      const [a, b] = processes as [ServerProcess, ServerProcess];
      const facilitator = await createRoom(a.url);
      screens.push(facilitator);
      const code = facilitator.view.code;
      const roomId = facilitator.key!.roomId;
      expect(await lookUpCode(b.url, code)).toBe(roomId);

      // One phone through B (its socket passed on to A), one straight to A.
      const viaB = await joinPhone(b.url, code, 'police');
      const onA = await joinPhone(a.url, code, 'school');
      screens.push(viaB, onA);
      expect((await a.stats()).rooms).toBe(1);
      expect((await b.stats()).rooms).toBe(0);

      facilitator.send('start');
      await facilitator.until((v) => v.phase === 'reading', 'the reading');
      facilitator.send('open-vote');
      const voting = await facilitator.until((v) => v.phase === 'voting', 'the vote');
      const [first, second] = voting.options.filter((o) => o.available).map((o) => o.index) as [number, number];
      viaB.send('vote', { option: first });
      onA.send('vote', { option: second ?? first });
      await facilitator.until((v) => v.voted === 2, 'two votes');
      const line = facilitator.view.lines;
      await viaB.until((v: PhoneView) => v.voted === 2, 'both votes counted on the phone');
      const seen = viaB.views.length;

      // The SDK reconnects by itself only after a room has been up 5 s.
      await new Promise((resolve) => setTimeout(resolve, 5200));
      a.child.kill('SIGKILL');

      // The phone through B comes back by itself (the SDK's own reconnection), to its seat and vote.
      const back = await viaB.until(() => viaB.reconnects > 0 && viaB.views.length > seen, 'the phone back on B');
      expect(back).toMatchObject({ phase: 'voting', vote: first, agency: 'police' });
      // The console and the other phone rejoin through B with the tokens their pages keep.
      await rejoin(facilitator, b.url);
      await rejoin(onA, b.url);
      const restored = await facilitator.until((v: ConsoleView) => v.voted === 2 && v.seatList.every((s) => s.connected), 'the room on B');
      expect(restored.code).toBe(code);
      expect(restored.lines).toEqual(line);
      expect((await onA.until((v: PhoneView) => v.vote !== null, 'the second vote')).vote).toBe(second ?? first);
      expect((await b.stats()).rooms).toBe(1);
      expect(await lookUpCode(b.url, code)).toBe(roomId);

      facilitator.send('reveal');
      const revealed = await facilitator.until((v) => v.phase === 'revealed', 'the reveal');
      expect(Object.values(revealed.tally!.totals).reduce((sum, n) => sum + n, 0)).toBe(2);

      // Closing erases everything the room kept in Redis.
      expect((await keys()).some((k) => k.startsWith(`${PREFIX}room:`))).toBe(true);
      facilitator.send('close');
      const deadline = Date.now() + 5000;
      while ((await keys()).some((k) => !k.startsWith(`${PREFIX}process:`)) && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 100));
      expect((await keys()).filter((k) => !k.startsWith(`${PREFIX}process:`))).toEqual([]);
    },
    BUILD_BUDGET,
  );
});
