// `npm start`: the game, the away-day pages and the room server on one port.
// By default only this machine can reach it (127.0.0.1:4173, solo play as
// before); `npm start -- --lan` (or HOST=0.0.0.0) listens on the local
// network for an away-day and prints the address phones join at.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CONSOLE_PATH, PROJECTOR_PATH } from '../room/protocol.ts';
import { lanAddress } from './lan-address.ts';
import { startRoomServer } from './room-server.ts';
import { shippedStories } from './shipped-stories.ts';
import { answerStats } from './stats.ts';

const { values } = parseArgs({
  options: { lan: { type: 'boolean', default: false }, port: { type: 'string' }, host: { type: 'string' }, redis: { type: 'string' } },
});

const lan = values.lan || process.env.HOST === '0.0.0.0';
const host = values.host ?? (lan ? '0.0.0.0' : (process.env.HOST ?? '127.0.0.1'));
const port = Number(values.port ?? process.env.PORT ?? 4173);
const publicHost = lan ? (lanAddress() ?? undefined) : undefined;
const distDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');

// Several processes, rooms that survive a restart: `--redis redis://127.0.0.1:6379` or REDIS_URL (docs/hosting.md).
const redisUrl = values.redis ?? process.env.REDIS_URL;
const { REDIS_PREFIX, ROOM_INTERNAL_ADDRESS, PUBLIC_URL, TRUST_PROXY } = process.env;
const redis = redisUrl
  ? {
      redisUrl,
      ...(REDIS_PREFIX ? { redisPrefix: REDIS_PREFIX } : {}),
      ...(ROOM_INTERNAL_ADDRESS ? { internalAddress: ROOM_INTERNAL_ADDRESS } : {}),
    }
  : {};

// For `npm run bench:room` only: its bots all come from 127.0.0.1, so the
// per-address limits are lifted, and only while listening on the loopback.
const bench = process.env.ROOM_LOOPBACK_BENCH === '1' && host === '127.0.0.1';
const limits = bench ? { maxRooms: 1000, lookupBurst: 1e9, joinBurst: 1e9 } : {};

const server = await startRoomServer({
  host,
  port,
  distDir,
  limits,
  stories: await shippedStories(),
  ...(publicHost ? { publicHost } : {}),
  // Behind a reverse proxy (docs/hosting.md): the https address phones open.
  ...(PUBLIC_URL ? { publicUrl: PUBLIC_URL } : {}),
  // Only behind a proxy that sets X-Forwarded-For, with the processes reachable through it alone.
  trustProxy: TRUST_PROXY === '1',
  ...redis,
});
if (redisUrl) console.log('Rooms are shared with every process on the same Redis, and saved there for 24 hours after their last change.');
console.log(`Rules at Play: ${server.url}/`);
console.log(`Away-day console: ${server.url}${CONSOLE_PATH}   projector: ${server.url}${PROJECTOR_PATH}`);
if (lan && publicHost) console.log(`Phones join at: ${server.joinBase} (on the same network as this machine)`);
else if (lan) console.log('No local network address was found: connect this machine to Wi-Fi or a hotspot and start again.');
else console.log('Only this machine can reach it. For an away-day: npm start -- --lan');

let closing = false;
const stop = () => {
  if (closing) return;
  closing = true;
  void server.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
answerStats(server);
