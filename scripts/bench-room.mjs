// npm run bench:room: a bounded loopback load test of the away-day room
// server. It builds the server, starts it in a child process on a free
// 127.0.0.1 port, and plays The Shelter to its ending in R rooms at once,
// each with a console and 40 phones (SDK bots in this process) that vote at
// random within a second of each vote opening and name every "Name it".
// It prints, for each R: p50/p95 from a vote to the facilitator's count and
// from a reveal to the last phone, the server's CPU and memory per room;
// then the most rooms with p95 under 100 ms. R steps up until p95 reaches
// 100 ms, R reaches BENCH_MAX_ROOMS, or BENCH_TIME_CAP_S passes. A
// measurement, not a pass/fail test; it stops by itself.
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { build } from 'vite';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PHONES = Number(process.env.BENCH_PHONES ?? 40);
const STEPS = (process.env.BENCH_ROOMS ?? '1,5,10,20,30,40,60,80').split(',').map(Number);
const MAX_ROOMS = Number(process.env.BENCH_MAX_ROOMS ?? 80);
const TIME_CAP_MS = Number(process.env.BENCH_TIME_CAP_S ?? 240) * 1000;
const VOTE_SPREAD_MS = 1000;
const WAIT_MS = 30_000;
const SCENARIO = 'the-shelter';
const AGENCIES = ['police', 'school', 'health', 'social-care', 'youth-work', 'community-safety', 'vcs', 'housing'];
const QUADRANTS = [
  ['individual', 'behaviour'],
  ['individual', 'ecological'],
  ['context', 'behaviour'],
  ['context', 'ecological'],
];

// Node 20 has no global WebSocket; one event per message, as in a browser.
globalThis.WebSocket = class extends WebSocket {
  constructor(url, options) {
    const { protocols, ...rest } = options ?? {};
    super(url, protocols ?? [], { ...rest, allowSynchronousEvents: false });
  }
};
const { Client } = await import('@colyseus/sdk');

const started = performance.now();
const elapsed = () => performance.now() - started;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const percentile = (values, p) => {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const ms = (n) => (Number.isFinite(n) ? `${n.toFixed(1)} ms` : 'n/a');

console.log('Building the room server…');
await build({ configFile: `${ROOT}vite.server.config.ts`, logLevel: 'error' });

// BENCH_NODE_ARGS passes flags to the server's node (e.g. --cpu-prof, to see where its time goes).
const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
const server = spawn(process.execPath, [...nodeArgs, '--expose-gc', 'dist-server/main.js', '--port', '0'], {
  cwd: ROOT,
  env: { ...process.env, ROOM_LOOPBACK_BENCH: '1', HOST: '127.0.0.1' },
  stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
});
// However the bench ends, the server it started ends with it.
const stopServer = () => server.exitCode === null && server.kill();
process.on('exit', stopServer);
const guard = setTimeout(() => {
  console.error(`The bench ran past its cap (${TIME_CAP_MS / 1000 + 120} s) and stopped.`);
  process.exit(1);
}, TIME_CAP_MS + 120_000);

const replies = [];
server.on('message', (message) => replies.shift()?.(message));
const ask = () =>
  new Promise((resolve) => {
    replies.push(resolve);
    server.send({ type: 'stats' });
  });
const ready = await new Promise((resolve, reject) => {
  server.once('message', resolve);
  server.once('exit', (code) => reject(new Error(`The server stopped (${code}).`)));
});
replies.length = 0;
const base = ready.url;

/** A bot: its room, its latest view, and a way to wait for a view. */
function bot(room) {
  const self = { room, view: null, waiters: [], left: false };
  room.onMessage('view', (view) => {
    self.view = view;
    self.onView?.(view);
    self.waiters = self.waiters.filter((w) => !w(view));
  });
  room.onMessage('error', () => {});
  room.onMessage('facilitator-key', () => {});
  room.onLeave(() => (self.left = true));
  self.until = (test) =>
    self.view && test(self.view)
      ? Promise.resolve(self.view)
      : new Promise((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error('A bot waited 30 s for a view.')), WAIT_MS);
          self.waiters.push((view) => {
            if (!test(view)) return false;
            clearTimeout(timer);
            resolve(view);
            return true;
          });
        });
  return self;
}

async function openRoom() {
  const console_ = bot(await new Client(base).create('panel', { audience: 'console', scenarioId: SCENARIO }));
  const { code } = await console_.until(() => true);
  const { roomId } = await (await fetch(`${base}/api/rooms/${code}`)).json();
  const phones = await Promise.all(
    Array.from({ length: PHONES }, async (_, i) =>
      bot(await new Client(base).joinById(roomId, { audience: 'phone', agency: AGENCIES[i % AGENCIES.length] })),
    ),
  );
  await Promise.all(phones.map((p) => p.until(() => true)));
  return { console: console_, phones };
}

async function playRoom(room, samples) {
  const { console: facilitator, phones } = room;
  facilitator.room.send('start');
  await facilitator.until((v) => v.phase === 'reading');
  while (facilitator.view.phase !== 'ended') {
    if (facilitator.view.nameIt) {
      facilitator.room.send('continue');
      await Promise.all(phones.map((p) => p.until((v) => v.phase === 'naming')));
      await Promise.all(
        phones.map(async (p) => {
          await sleep(Math.random() * VOTE_SPREAD_MS);
          const [where, how] = QUADRANTS[Math.floor(Math.random() * QUADRANTS.length)];
          p.room.send('name', { where, how });
          await p.until((v) => v.named !== null);
        }),
      );
      facilitator.room.send('continue');
      await facilitator.until((v) => v.naming !== null);
      facilitator.room.send('continue');
      await facilitator.until((v) => v.phase === 'reading' && v.nameIt === null);
      continue;
    }
    const decided = facilitator.view.decisions.length;
    facilitator.room.send('open-vote');
    await Promise.all(phones.map((p) => p.until((v) => v.phase === 'voting')));
    // Vote → the facilitator's count: the n-th vote sent is counted when the console first shows n votes.
    const sent = [];
    let acknowledged = 0;
    facilitator.onView = (view) => {
      const now = performance.now();
      while (acknowledged < view.voted && acknowledged < sent.length) samples.vote.push(now - sent[acknowledged++]);
    };
    await Promise.all(
      phones.map(async (p) => {
        await sleep(Math.random() * VOTE_SPREAD_MS);
        const open = p.view.options.filter((o) => o.available);
        sent.push(performance.now());
        p.room.send('vote', { option: open[Math.floor(Math.random() * open.length)].index });
      }),
    );
    await facilitator.until((v) => v.voted === phones.length);
    facilitator.onView = null;
    const revealAt = performance.now();
    facilitator.room.send('reveal');
    const arrivals = await Promise.all(phones.map((p) => p.until((v) => v.phase === 'revealed').then(() => performance.now() - revealAt)));
    samples.reveal.push(Math.max(...arrivals));
    const revealed = await facilitator.until((v) => v.phase === 'revealed');
    facilitator.room.send('decide', revealed.tie.length ? { option: revealed.tie[0] } : {});
    await facilitator.until((v) => v.decisions.length === decided + 1);
  }
}

async function stage(rooms) {
  const before = await ask();
  const opened = await Promise.all(Array.from({ length: rooms }, openRoom));
  const samples = { vote: [], reveal: [] };
  const cpuFrom = (await ask()).cpu;
  const botsFrom = process.cpuUsage();
  const botsDelay = monitorEventLoopDelay({ resolution: 10 });
  botsDelay.enable();
  const playFrom = performance.now();
  await Promise.all(opened.map((room) => playRoom(room, samples)));
  const playMs = performance.now() - playFrom;
  botsDelay.disable();
  const botsCpu = process.cpuUsage(botsFrom);
  const after = await ask();
  const cpuMs = (after.cpu.user + after.cpu.system - cpuFrom.user - cpuFrom.system) / 1000;
  for (const room of opened) room.console.room.send('close');
  const bots = opened.flatMap((room) => [room.console, ...room.phones]);
  await waitFor(() => bots.every((b) => b.left));
  await waitFor(async () => (await ask()).rooms === 0);
  return {
    rooms,
    votes: samples.vote.length,
    reveals: samples.reveal.length,
    vote50: percentile(samples.vote, 50),
    vote95: percentile(samples.vote, 95),
    reveal50: percentile(samples.reveal, 50),
    reveal95: percentile(samples.reveal, 95),
    cpuPerRoom: (cpuMs / playMs / rooms) * 100,
    heapPerRoom: (after.memory.heapUsed - before.memory.heapUsed) / rooms / 2 ** 20,
    rssPerRoom: (after.memory.rss - before.memory.rss) / rooms / 2 ** 20,
    seconds: playMs / 1000,
    serverLoop95: after.loopDelay.p95,
    botsLoop95: botsDelay.percentile(95) / 1e6,
    botsCpu: ((botsCpu.user + botsCpu.system) / 1000 / playMs) * 100,
    load: loadavg()[0],
  };
}

async function waitFor(test) {
  for (let i = 0; i < WAIT_MS / 50; i += 1) {
    if (await test()) return;
    await sleep(50);
  }
  throw new Error('Waited 30 s for the rooms to close.');
}

console.log(
  `${PHONES} phones a room, The Shelter to its ending, votes spread over ${VOTE_SPREAD_MS} ms; time cap ${TIME_CAP_MS / 1000} s.`,
);
console.log(
  'rooms | votes | vote→count p50 / p95 | reveal→last phone p50 / p95 | server CPU per room | heap per room | RSS per room | play time | server loop delay p95 | bots CPU, loop delay p95 | load average',
);
const results = [];
for (const rooms of STEPS.filter((r) => r <= MAX_ROOMS)) {
  if (elapsed() > TIME_CAP_MS) {
    console.log(`Time cap reached before ${rooms} rooms.`);
    break;
  }
  let result;
  try {
    result = await stage(rooms);
  } catch (error) {
    console.log(`${rooms} rooms: did not finish (${error.message})`);
    break;
  }
  results.push(result);
  console.log(
    [
      String(result.rooms).padStart(5),
      String(result.votes).padStart(5),
      `${ms(result.vote50)} / ${ms(result.vote95)}`.padEnd(20),
      `${ms(result.reveal50)} / ${ms(result.reveal95)}`.padEnd(27),
      `${result.cpuPerRoom.toFixed(2)} % of a core`.padEnd(19),
      `${result.heapPerRoom.toFixed(2)} MB`.padEnd(13),
      `${result.rssPerRoom.toFixed(2)} MB`.padEnd(12),
      `${result.seconds.toFixed(1)} s`.padEnd(9),
      ms(result.serverLoop95).padEnd(21),
      `${result.botsCpu.toFixed(0)} % of a core, ${ms(result.botsLoop95)}`.padEnd(25),
      result.load.toFixed(1),
    ].join(' | '),
  );
  // Always up to the 10-room target; beyond it, until p95 reaches 100 ms.
  if (result.rooms >= 10 && Math.max(result.vote95, result.reveal95) >= 100) break;
}

const held = results.filter((r) => Math.max(r.vote95, r.reveal95) < 100).at(-1);
const ten = results.find((r) => r.rooms === 10);
console.log(
  `Most rooms held with both p95 under 100 ms: ${held ? held.rooms : 'none'}${held === results.at(-1) ? ' (the largest tried)' : ''}.`,
);
if (ten) {
  const p95 = Math.max(ten.vote95, ten.reveal95);
  console.log(
    `Targets at 10 rooms × ${PHONES}: p95 ${ms(p95)} (target ≤ 50 ms); heap per room ${ten.heapPerRoom.toFixed(2)} MB (target ≤ 2 MB).`,
  );
}
console.log(
  `Machine: ${loadavg()
    .map((n) => n.toFixed(1))
    .join(' / ')} load average (1/5/15 min); the bots share it, so latencies include waiting for a core.`,
);
clearTimeout(guard);
stopServer();
process.exit(0);
