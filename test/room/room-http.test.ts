// The one port over HTTP: the built game and the away-day pages with the
// game's security headers, the code lookup never cached, no request from
// another site, no file outside dist/, and the limits that slow guessing and
// crowding: per address, per room and per process.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { request } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import { join as joinPath } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Client } from '@colyseus/sdk';
import { ROOM_NAME } from '../../src/room/protocol.ts';
import type { RunningServer } from '../../src/server/room-server.ts';
import { GAME_POLICY } from '../../src/server/http-routes.ts';
import { dropConnection, joinPhone, lookUp, openRoomAsFacilitator, startTestServer } from './room-harness.ts';
import { COMPILE_BUDGET, ROOM_BUDGET } from '../budgets.ts';

let server: RunningServer;
const BIG_SCRIPT = `export const lines = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `line ${i} of the phone page`))};`;

/** A raw GET (fetch would unzip for us and hide what was sent), with the headers given. */
function rawGet(path: string, headers: Record<string, string>): Promise<{ headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(`${server.url}${path}`, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}
// A built page that states its own policy, with hashes for its inline code (as the built game's page does).
const OWN_POLICY = "default-src 'self'; script-src 'self' 'sha256-abc='; style-src 'self' 'sha256-def='; connect-src 'self'";
const dist = mkdtempSync(joinPath(tmpdir(), 'room-dist-'));

beforeAll(async () => {
  mkdirSync(joinPath(dist, 'assets'));
  writeFileSync(joinPath(dist, 'index.html'), '<!doctype html><title>game</title>');
  writeFileSync(joinPath(dist, 'assets', 'main-abc123.js'), 'export {};');
  writeFileSync(joinPath(dist, 'phone.html'), '<!doctype html><title>phone page</title>');
  writeFileSync(joinPath(dist, 'trainers.html'), `<!doctype html><meta http-equiv="Content-Security-Policy" content="${OWN_POLICY}" />`);
  writeFileSync(joinPath(dist, 'assets', 'phone-big.js'), BIG_SCRIPT);
  writeFileSync(joinPath(tmpdir(), 'outside-dist.txt'), 'secret');
  // Small limits, so each can be reached: two phones a room, two rooms, a few tries per address, a seat held 1 s.
  server = await startTestServer({
    distDir: dist,
    limits: { maxPhones: 2, maxRooms: 2, lookupBurst: 6, lookupPerSecond: 0.01, joinBurst: 10_000, seatHoldSeconds: 1 },
  });
}, COMPILE_BUDGET);

afterAll(async () => {
  await server?.close();
  rmSync(dist, { recursive: true, force: true });
});

describe('the game and the pages', { timeout: ROOM_BUDGET }, () => {
  it('serves the built game with the game’s policy, and the room’s WebSocket on this host allowed', async () => {
    const response = await fetch(`${server.url}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>game</title>');
    const policy = response.headers.get('content-security-policy')!;
    // Every directive of the game's own policy, as index.html states it.
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(readFileSync('index.html', 'utf8'))![1]!;
    expect(GAME_POLICY).toBe(meta);
    for (const directive of meta.split(';').map((d) => d.trim())) {
      expect(policy).toContain(directive);
    }
    expect(policy).toContain(`connect-src 'self' ws://127.0.0.1:${server.port}`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    const asset = await fetch(`${server.url}/assets/main-abc123.js`);
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    expect(asset.headers.get('cache-control')).toMatch(/immutable/);
  });

  it('sends text files gzipped to a browser that takes gzip, and as they are to one that does not', async () => {
    const cases: { encoding: string | null; gzipped: boolean }[] = [
      { encoding: 'gzip, deflate, br', gzipped: true },
      { encoding: 'br;q=1.0, gzip;q=0.8', gzipped: true },
      { encoding: '*', gzipped: true },
      { encoding: 'gzip;q=0', gzipped: false },
      { encoding: 'identity', gzipped: false },
      { encoding: null, gzipped: false },
    ];
    for (const { encoding, gzipped } of cases) {
      const { headers, body } = await rawGet('/assets/phone-big.js', encoding === null ? {} : { 'Accept-Encoding': encoding });
      expect(headers['content-encoding'], `Accept-Encoding: ${encoding}`).toBe(gzipped ? 'gzip' : undefined);
      expect(headers.vary).toBe('Accept-Encoding');
      expect((gzipped ? gunzipSync(body) : body).toString()).toBe(BIG_SCRIPT);
      if (gzipped) expect(body.length).toBeLessThan(BIG_SCRIPT.length / 3);
    }
    // A file too small to gain is sent as it is; the security headers stay on a gzipped answer.
    expect((await rawGet('/assets/main-abc123.js', { 'Accept-Encoding': 'gzip' })).headers['content-encoding']).toBeUndefined();
    expect((await rawGet('/assets/phone-big.js', { 'Accept-Encoding': 'gzip' })).headers['x-content-type-options']).toBe('nosniff');
  });

  it('sends a page that states its own policy with that policy, hashes and all, and the room’s WebSocket allowed', async () => {
    const response = await fetch(`${server.url}/trainers.html`);
    expect(response.headers.get('content-security-policy')).toBe(
      `${OWN_POLICY.replace("connect-src 'self'", `connect-src 'self' ws://127.0.0.1:${server.port}`)}; frame-ancestors 'none'`,
    );
  });

  it('serves a built page, and a plain placeholder for a page not built yet', async () => {
    expect(await (await fetch(`${server.url}/phone`)).text()).toContain('phone page');
    const console_ = await fetch(`${server.url}/console`);
    expect(console_.status).toBe(200);
    expect(console_.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await console_.text()).toMatch(/<h1>Facilitator console<\/h1>[\s\S]*npm start/);
  });

  it.each(['/../outside-dist.txt', '/%2e%2e/outside-dist.txt', '/assets/%2e%2e/%2e%2e/outside-dist.txt', '/nothing-here.js'])(
    'answers 404 to %s, never a file outside dist/',
    async (path) => {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('secret');
    },
  );

  it('answers only GET and HEAD for files, and no cross-site matchmaking', async () => {
    expect((await fetch(`${server.url}/`, { method: 'POST' })).status).toBe(405);
    const foreign = await fetch(`${server.url}/matchmake/create/${ROOM_NAME}`, {
      method: 'POST',
      headers: { origin: 'http://evil.example', 'content-type': 'application/json' },
      body: JSON.stringify({ audience: 'console', scenarioId: 'the-shelter' }),
    });
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    expect(server.liveRooms()).toBe(0);
  });

  it('does not expose Colyseus’ own pages', async () => {
    for (const path of ['/colyseus', '/monitor', '/playground', '/__healthcheck', '/matchmake/']) {
      expect((await fetch(`${server.url}${path}`)).status).toBeGreaterThanOrEqual(400);
    }
  });
});

describe('limits', { timeout: ROOM_BUDGET }, () => {
  it('a room holds its most phones, then says it is full', async () => {
    const facilitator = await openRoomAsFacilitator(server);
    await joinPhone(server, facilitator.code, 'police');
    await joinPhone(server, facilitator.code, 'school');
    await expect(new Client(server.url).joinById(facilitator.roomId, { audience: 'phone', agency: null })).rejects.toThrow(/full/);
    // The projector still gets in.
    await expect(new Client(server.url).joinById(facilitator.roomId, { audience: 'projector' })).resolves.toBeTruthy();
    facilitator.probe.send('close');
    await facilitator.probe.until(() => facilitator.probe.left !== null, 'the room closed');
  });

  it('a dropped phone’s seat and vote are kept only while the hold lasts, then forgotten', async () => {
    const facilitator = await openRoomAsFacilitator(server);
    const phone = await joinPhone(server, facilitator.code, 'police');
    facilitator.probe.send('start');
    facilitator.probe.send('open-vote');
    await phone.seen((v) => v.phase === 'voting');
    phone.send('vote', { option: 0 });
    await facilitator.probe.seen((v) => v.voted === 1);
    const token = phone.room.reconnectionToken;
    dropConnection(phone);
    await facilitator.probe.seen((v) => v.seatList[0]?.connected === false, 'the seat held');
    const gone = await facilitator.probe.seen((v) => v.seatList.length === 0, 'the seat forgotten after the hold');
    expect(gone.voted).toBe(0);
    expect(gone.seats.every((s) => s.people === 0)).toBe(true);
    await expect(new Client(server.url).reconnect(token)).rejects.toThrow();
    facilitator.probe.send('close');
    await facilitator.probe.until(() => facilitator.probe.left !== null, 'the room closed');
  });

  it('the process holds its most rooms, then refuses another', async () => {
    // Rooms closed by earlier tests are gone first.
    await vi.waitFor(() => expect(server.liveRooms()).toBe(0), { timeout: 5_000 });
    const rooms = [await openRoomAsFacilitator(server), await openRoomAsFacilitator(server)];
    await expect(new Client(server.url).create(ROOM_NAME, { audience: 'console', scenarioId: 'the-shelter' })).rejects.toThrow(
      /as many rooms/,
    );
    for (const room of rooms) room.probe.send('close');
  });

  it('an address guessing codes is slowed down, in words, and its lookups are never cached', async () => {
    const answers = [];
    for (let i = 0; i < 8; i += 1) answers.push(await lookUp(server, 'QQQQQ'));
    expect(answers.map((a) => a.status)).toContain(404);
    expect(answers.at(-1)).toEqual({ status: 429, body: { message: expect.stringMatching(/wait a minute/) } });
    const response = await fetch(`${server.url}/api/rooms/QQQQQ`);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});
