// One room server on a real Redis, stopped and started again (a planned
// restart): the room comes back under the same code, at the same line, with
// the phone's seat and vote, for screens that rejoin with the token they kept.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '@colyseus/sdk';
import { COMPILE_BUDGET } from '../budgets.ts';
import { startRedis } from '../support/redis-server.ts';
import type { TestRedis } from '../support/redis-server.ts';
import { joinPhone, lookUp, openRoomAsFacilitator, startTestServer } from './room-harness.ts';
import type { Probe } from './room-harness.ts';
import type { RunningServer } from '../../src/server/room-server.ts';
import type { ConsoleView, PhoneView } from '../../src/room/protocol.ts';

let redis: TestRedis;
let server: RunningServer | null = null;

beforeAll(async () => {
  redis = await startRedis();
});

afterAll(async () => {
  await server?.close();
  await redis?.stop();
});

/** What a page does with the token it kept in sessionStorage. */
async function rejoin<V extends ConsoleView | PhoneView>(probe: Probe<V>, url: string, token: string): Promise<V> {
  const from = probe.views.length;
  probe.listen(await new Client(url).reconnect(token));
  await probe.until(() => probe.views.length > from, 'a view after the rejoin');
  return probe.view;
}

describe('a room on Redis outlives its process', () => {
  it(
    'comes back after a restart under the same code, at the same line, with the seat and the vote',
    async () => {
      server = await startTestServer({ redisUrl: redis.url });
      const facilitator = await openRoomAsFacilitator(server);
      const phone = await joinPhone(server, facilitator.code, 'police');
      facilitator.probe.send('start');
      await facilitator.probe.seen((v) => v.phase === 'reading');
      facilitator.probe.send('open-vote');
      const voting = await facilitator.probe.seen((v) => v.phase === 'voting');
      const option = voting.options.find((o) => o.available)!.index;
      phone.send('vote', { option });
      await facilitator.probe.seen((v) => v.voted === 1, 'the vote counted');
      const tokens = { console: facilitator.probe.room.reconnectionToken, phone: phone.room.reconnectionToken };
      facilitator.probe.room.reconnection.enabled = false;
      phone.room.reconnection.enabled = false;

      await server.close();
      server = await startTestServer({ redisUrl: redis.url });

      expect((await lookUp(server, facilitator.code)).body.roomId).toBe(facilitator.roomId);
      // Only the tokens the room gave out open a held place.
      await expect(new Client(server.url).reconnect(`${facilitator.roomId}:not-a-token`)).rejects.toThrow();
      const view = await rejoin(phone, server.url, tokens.phone);
      expect(view).toMatchObject({ phase: 'voting', vote: option, agency: 'police', code: facilitator.code });
      const console = await rejoin(facilitator.probe, server.url, tokens.console);
      expect(console).toMatchObject({ phase: 'voting', voted: 1, lines: voting.lines });
      // The console still controls the room.
      facilitator.probe.send('reveal');
      const revealed = await facilitator.probe.seen((v) => v.phase === 'revealed', 'the reveal');
      expect(revealed.tally?.totals[option]).toBe(1);
    },
    COMPILE_BUDGET,
  );
});
