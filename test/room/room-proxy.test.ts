// Behind a reverse proxy every request reaches the server from the proxy.
// Trusted (TRUST_PROXY=1), the limits count the address the proxy added to
// X-Forwarded-For, so one guessing phone is slowed without slowing the rest;
// what a phone wrote into the header itself changes nothing. Not trusted,
// the header is ignored.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/server/room-server.ts';
import { startTestServer } from './room-harness.ts';
import { COMPILE_BUDGET, ROOM_BUDGET } from '../budgets.ts';

const servers: RunningServer[] = [];
const limits = { lookupBurst: 3, lookupPerSecond: 0.01 };

beforeAll(async () => {
  servers.push(await startTestServer({ trustProxy: true, limits }), await startTestServer({ limits }));
}, COMPILE_BUDGET);

afterAll(async () => {
  for (const server of servers) await server.close();
});

async function statuses(server: RunningServer, forwardedFor: string, times: number): Promise<number[]> {
  const answers: number[] = [];
  for (let i = 0; i < times; i += 1)
    answers.push((await fetch(`${server.url}/api/rooms/QQQQQ`, { headers: { 'X-Forwarded-For': forwardedFor } })).status);
  return answers;
}

describe('rate limits behind a proxy', { timeout: ROOM_BUDGET }, () => {
  it('trusted: each phone the proxy names has its own budget, and a phone cannot pick its own', async () => {
    const [trusting] = servers;
    expect(await statuses(trusting!, '10.0.0.1', 4)).toEqual([404, 404, 404, 429]);
    // Another phone behind the same proxy is not slowed by the first.
    expect(await statuses(trusting!, '10.0.0.2', 1)).toEqual([404]);
    // The first phone writing another address in front: the proxy's entry (the last) still names it.
    expect(await statuses(trusting!, '10.9.9.9, 10.0.0.1', 1)).toEqual([429]);
  });

  it('not trusted: the header is ignored and the proxy is one address', async () => {
    const [, plain] = servers;
    expect(await statuses(plain!, '10.0.0.1', 3)).toEqual([404, 404, 404]);
    expect(await statuses(plain!, '10.0.0.2', 1)).toEqual([429]);
  });
});
