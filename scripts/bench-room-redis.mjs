// `npm run bench:room:redis`: how the away-day room server grows from one
// process to two sharing rooms through Redis. Loopback only, bounded in rooms
// and time, stops everything it started by itself.
//
// For each mode (one process alone; two processes on one redis-server) it
// runs steps of R rooms × 40 phones (bots through the Colyseus SDK, half of
// each room's phones joining through the process that does not hold the
// room), three vote rounds per step (each phone votes once at a random moment
// in a two-second window), and prints: p50/p95 latency from a phone's vote to
// its own view showing it (the vote's round trip through the room), rooms and
// connections held, and each process's memory. Then the most rooms each mode
// held with p95 under TARGET_P95_MS, and the ratio.
//
// The bots run in this one process on the same machine as the servers: on a
// small machine they compete with the servers for the CPU, so the ratio is a
// lower bound of what two machines would give.
import { execFileSync, fork, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { Client } from '@colyseus/sdk';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PHONES = 40;
const ROUNDS = 3;
const VOTE_WINDOW_MS = 2000;
const TARGET_P95_MS = 100;
// BENCH_CROSS=0: every phone comes in through the process holding its room (a proxy routing by the
// process id in the socket path); by default half come in through the other (a round-robin proxy).
const CROSS = process.env.BENCH_CROSS !== '0';
const STEPS = (process.env.BENCH_ROOMS ?? '5,10,15,20,30').split(',').map(Number);
const DEADLINE = Date.now() + Number(process.env.BENCH_SECONDS ?? 420) * 1000;
const AGENCIES = ['police', 'school', 'health', 'social-care', 'youth-work', 'community-safety', 'vcs', 'housing'];
// The room's contract (src/room/protocol.ts), repeated here because this script runs as plain JavaScript.
const ROOM_NAME = 'panel';
const VIEW = 'view';
const LOOKUP = '/api/rooms/';

class BrowserLikeWebSocket extends WebSocket {
  constructor(url, protocols) {
    super(url, protocols, { allowSynchronousEvents: false });
  }
}
globalThis.WebSocket ??= BrowserLikeWebSocket;
console.info = () => undefined; // the SDK's reconnection chatter

const started = [];
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function startRedis() {
  const port = await freePort();
  const child = spawn(
    process.env.REDIS_SERVER ?? '/usr/bin/redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  started.push(child);
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('redis-server did not start')), 10_000);
    child.stdout.on('data', (chunk) => {
      if (String(chunk).includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  return `redis://127.0.0.1:${port}`;
}

async function startServer(redisUrl) {
  const env = { ...process.env, ROOM_LOOPBACK_BENCH: '1', ...(redisUrl ? { REDIS_URL: redisUrl } : {}) };
  if (!redisUrl) delete env.REDIS_URL;
  const child = fork(`${ROOT}dist-server/main.js`, ['--port', '0', '--host', '127.0.0.1'], {
    env,
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    execArgv: ['--expose-gc'],
  });
  started.push(child);
  const ready = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('server did not start')), 15_000);
    child.on('message', (m) => {
      if (m?.type === 'ready') {
        clearTimeout(timer);
        resolve(m);
      }
    });
  });
  const stats = () =>
    new Promise((resolve) => {
      const listen = (m) => {
        if (m?.type !== 'stats') return;
        child.off('message', listen);
        resolve(m);
      };
      child.on('message', listen);
      child.send({ type: 'stats' });
    });
  return { url: ready.url, child, stats };
}

function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** A bot: its room and a way to wait for a view that passes a test. */
function bot(room) {
  const waiters = new Set();
  const state = { room, view: null };
  room.onMessage(VIEW, (view) => {
    state.view = view;
    for (const w of [...waiters]) {
      if (!w.test(view)) continue;
      waiters.delete(w);
      w.resolve(performance.now());
    }
  });
  room.onMessage('*', () => undefined);
  state.until = (test, ms = 20_000) =>
    state.view && test(state.view)
      ? Promise.resolve(performance.now())
      : new Promise((resolve, reject) => {
          const w = { test, resolve };
          waiters.add(w);
          setTimeout(() => {
            if (waiters.delete(w)) reject(new Error('bench: waited too long for a view'));
          }, ms);
        });
  return state;
}

async function openRoom(servers, index) {
  const home = servers[index % servers.length];
  const facilitator = bot(await new Client(home.url).create(ROOM_NAME, { audience: 'console', scenarioId: 'the-shelter' }));
  await facilitator.until(() => true);
  const { code } = facilitator.view;
  const phones = [];
  for (let j = 0; j < PHONES; j += 1) {
    // Half of the phones come in through the other process (when there is one).
    const through = servers[CROSS ? (index + j) % servers.length : index % servers.length];
    const { roomId } = await (await fetch(`${through.url}${LOOKUP}${code}`)).json();
    phones.push(bot(await new Client(through.url).joinById(roomId, { audience: 'phone', agency: AGENCIES[j % AGENCIES.length] })));
  }
  facilitator.room.send('start', {});
  await facilitator.until((v) => v.phase === 'reading');
  return { facilitator, phones };
}

async function voteRound(room, latencies) {
  room.facilitator.room.send('open-vote', {});
  await Promise.all(room.phones.map((p) => p.until((v) => v.phase === 'voting')));
  const options = room.facilitator.view.options.filter((o) => o.available).map((o) => o.index);
  await Promise.all(
    room.phones.map(async (phone) => {
      await pause(Math.random() * VOTE_WINDOW_MS);
      const option = options[Math.floor(Math.random() * options.length)];
      const sent = performance.now();
      phone.room.send('vote', { option });
      latencies.push((await phone.until((v) => v.vote === option)) - sent);
    }),
  );
  await room.facilitator.until((v) => v.voted === PHONES);
  room.facilitator.room.send('reveal', {});
  await room.facilitator.until((v) => v.phase === 'revealed');
}

async function step(servers, rooms) {
  const opened = [];
  for (let i = 0; i < rooms; i += 4)
    opened.push(...(await Promise.all(Array.from({ length: Math.min(4, rooms - i) }, (_, k) => openRoom(servers, i + k)))));
  const latencies = [];
  const before = await Promise.all(servers.map((s) => s.stats()));
  const botCpu = process.cpuUsage();
  const t0 = performance.now();
  for (let r = 0; r < ROUNDS; r += 1) await Promise.all(opened.map((room) => voteRound(room, latencies)));
  const seconds = (performance.now() - t0) / 1000;
  const stats = await Promise.all(servers.map((s) => s.stats()));
  const cpuMs = (u) => (u.user + u.system) / 1000;
  const bots = cpuMs(process.cpuUsage(botCpu));
  for (const room of opened) room.facilitator.room.send('close', {});
  await pause(500);
  for (const room of opened) for (const client of [room.facilitator, ...room.phones]) client.room.connection?.close();
  latencies.sort((a, b) => a - b);
  return {
    rooms,
    connections: rooms * (PHONES + 1),
    votes: latencies.length,
    votesPerSecond: Math.round(latencies.length / seconds),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    max: latencies.at(-1),
    processes: stats.map((s, i) => ({
      rooms: s.rooms,
      rssMB: s.memory.rss / 2 ** 20,
      heapMB: s.memory.heapUsed / 2 ** 20,
      cpuPerVote: (cpuMs(s.cpu) - cpuMs(before[i].cpu)) / latencies.length,
    })),
    botCpuPerVote: bots / latencies.length,
  };
}

async function mode(name, servers) {
  console.log(`\n${name}`);
  console.log('rooms  connections  votes/s  p50 ms  p95 ms  max ms  bot CPU ms/vote  per process: rooms, RSS MB, heap MB, CPU ms/vote');
  let best = 0;
  for (const rooms of STEPS) {
    if (Date.now() > DEADLINE) {
      console.log(`(time budget reached before ${rooms} rooms)`);
      break;
    }
    const r = await step(servers, rooms);
    const per = r.processes.map((p) => `${p.rooms}, ${p.rssMB.toFixed(0)}, ${p.heapMB.toFixed(1)}, ${p.cpuPerVote.toFixed(2)}`).join(' | ');
    console.log(
      `${String(r.rooms).padStart(5)}  ${String(r.connections).padStart(11)}  ${String(r.votesPerSecond).padStart(7)}  ${r.p50.toFixed(1).padStart(6)}  ${r.p95.toFixed(1).padStart(6)}  ${r.max.toFixed(0).padStart(6)}  ${r.botCpuPerVote.toFixed(2).padStart(16)}  ${per}`,
    );
    if (r.p95 <= TARGET_P95_MS) best = rooms;
    else break;
    await pause(1000);
  }
  return best;
}

async function main() {
  console.log('Building the room server (dist-server/)…');
  execFileSync(process.execPath, [`${ROOT}node_modules/vite/bin/vite.js`, 'build', '--config', 'vite.server.config.ts'], {
    cwd: ROOT,
    stdio: 'ignore',
  });
  const one = await mode('One process, no Redis', [await startServer(null)]);
  started.splice(0).forEach((c) => c.kill('SIGTERM'));
  await pause(1000);
  const redisUrl = await startRedis();
  const two = await mode(
    `Two processes on one Redis${CROSS ? ', half the phones through the other process' : ', every phone through the process holding its room'}`,
    [await startServer(redisUrl), await startServer(redisUrl)],
  );
  console.log(
    `\nMost rooms × ${PHONES} phones with p95 ≤ ${TARGET_P95_MS} ms (of the steps tried): one process ${one}, two processes ${two}` +
      (one ? ` (${(two / one).toFixed(2)}×)` : ''),
  );
}

const watchdog = setTimeout(
  () => {
    console.error('bench: stopped at its time limit');
    stop(1);
  },
  Number(process.env.BENCH_SECONDS ?? 420) * 1000 + 120_000,
);

function stop(code) {
  clearTimeout(watchdog);
  for (const child of started) child.kill('SIGKILL');
  process.exit(code);
}

main().then(
  () => stop(0),
  (error) => {
    console.error(error);
    stop(1);
  },
);
