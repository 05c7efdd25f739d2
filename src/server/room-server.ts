// One process, one port: the built game, the away-day pages, the code lookup
// and the Colyseus room server. Colyseus' matchmaking routes are bound to an
// HTTP server of their own that never listens; this server hands them only
// the requests under /matchmake/, after its own checks, and lets Colyseus'
// WebSocket transport take the upgrades on the one port. Colyseus keeps its
// matchmaker in module state, so one room server runs in a process at a time.
import { randomInt } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import './colyseus-node20.ts';
import { Server, matchMaker } from '@colyseus/core';
import { WebSocketTransport } from '@colyseus/ws-transport';
import { MAX_PARTICIPANTS, PHONE_PATH, ROOM_NAME, SEAT_HOLD_SECONDS } from '../room/protocol.ts';
import { httpHandler, sameOrigin } from './http-routes.ts';
import { PanelRoom } from './panel-room.ts';
import { RoomCodes } from './room-codes.ts';
import { agencySeats } from './agency-seats.ts';
import type { RoomLimits, RoomServices, StoryLibrary } from './services.ts';
import { durableRoomClass, startScaleOut } from './redis-scale-out.ts';

export interface RoomServerOptions {
  /** The address to listen on: 127.0.0.1 for this machine only, 0.0.0.0 for the local network. */
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** The built game (dist/); null serves no files (tests of the room alone). */
  distDir: string | null;
  stories: StoryLibrary;
  /** The address phones are given in the join link; defaults to `host`. */
  publicHost?: string;
  limits?: Partial<RoomLimits>;
  seed?: () => number;
  /** Redis hosting (several processes, rooms that survive a restart): redis://host:port, or none for one process alone. */
  redisUrl?: string;
  /** Every key this server writes in Redis starts with it (default rules-at-play:). */
  redisPrefix?: string;
  /** Behind a reverse proxy: the address phones open, e.g. https://rooms.example.org (the join link is <publicUrl>/phone#CODE). */
  publicUrl?: string;
  /** How the other processes reach this one (host:port); defaults to the address it listens on. */
  internalAddress?: string;
  /** Behind a reverse proxy that appends the client's address to X-Forwarded-For: rate limits count that address. */
  trustProxy?: boolean;
}

export interface RunningServer {
  /** http://host:port, as a client on this machine reaches it. */
  url: string;
  port: number;
  /** What phones open: http://publicHost:port/phone */
  joinBase: string;
  liveRooms(): number;
  roomIds(): string[];
  /** Codes held by rooms still alive. */
  codesInUse(): string[];
  close(): Promise<void>;
}

export const DEFAULT_LIMITS: RoomLimits = {
  maxRooms: 50,
  maxPhones: MAX_PARTICIPANTS,
  seatHoldSeconds: SEAT_HOLD_SECONDS,
  phoneBurst: 20,
  phonePerSecond: 5,
  lookupBurst: 20,
  lookupPerSecond: 1,
  joinBurst: 30,
  joinPerSecond: 3,
};

/** Colyseus' WebSocket path: /<process id>/<room id>?sessionId=… */
const COLYSEUS_SOCKET = /^\/[A-Za-z0-9_-]+\/[A-Za-z0-9_-]+(\?.*)?$/;
const isRoomSocket = (req: IncomingMessage) => COLYSEUS_SOCKET.test(req.url ?? '') && sameOrigin(req);

/** The largest message a client may send, in bytes: larger ones close the connection. */
const MAX_PAYLOAD = 4 * 1024;

const quiet = { debug() {}, info() {}, trace() {}, warn: console.warn, error: console.error };

export async function startRoomServer(options: RoomServerOptions): Promise<RunningServer> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  // Redis hosting (docs/hosting.md): codes shared by every process, rooms saved and taken over.
  const scale = options.redisUrl ? startScaleOut(options.redisUrl, options.redisPrefix) : null;
  const codes = scale?.codes ?? new RoomCodes();
  const live = new Set<string>();
  let joinBase = '';

  // Only these ways in: a console creates, everyone else joins by the id a code gives, or rejoins.
  matchMaker.controller.exposedMethods = ['create', 'joinById', 'reconnect'];
  // Same-origin pages only: no cross-site headers on the matchmaking answers.
  matchMaker.controller.DEFAULT_CORS_HEADERS = {} as typeof matchMaker.controller.DEFAULT_CORS_HEADERS;
  matchMaker.controller.getCorsHeaders = () => ({});

  const services: RoomServices = {
    stories: options.stories,
    codes,
    agencies: agencySeats(),
    limits,
    joinUrl: (code) => `${joinBase}#${code}`,
    liveRooms: () => live.size,
    seed: options.seed ?? (() => randomInt(1, 2 ** 31 - 1)),
  };
  class BoundPanelRoom extends PanelRoom {
    static override readonly services = services;
  }

  const internal = createServer();
  const transport = new WebSocketTransport({ server: internal, maxPayload: MAX_PAYLOAD, pingInterval: 5000, pingMaxRetries: 3 });
  const colyseus = new Server({
    transport,
    greet: false,
    gracefullyShutdown: false,
    logger: quiet,
    // With Redis: a room lives on the process the facilitator's request reached.
    ...(scale
      ? { presence: scale.presence, driver: scale.driver, selectProcessIdToCreateRoom: () => Promise.resolve(matchMaker.processId) }
      : {}),
  });
  colyseus
    .define(ROOM_NAME, scale ? durableRoomClass(services, scale.durability) : BoundPanelRoom)
    .on('create', (room: PanelRoom) => live.add(room.roomId))
    .on('dispose', (room: PanelRoom) => live.delete(room.roomId));
  await colyseus.serverless();

  const server = createServer(
    httpHandler({
      distDir: options.distDir,
      limits,
      trustProxy: options.trustProxy ?? false,
      lookup: (code) => codes.lookup(code),
      matchmake: scale
        ? (req, res) => void scale.beforeMatchmake(req, res).then(() => internal.emit('request', req, res))
        : (req, res) => internal.emit('request', req, res),
    }),
  );
  server.on('upgrade', (req: IncomingMessage, socket: Duplex) => {
    if (!isRoomSocket(req)) socket.destroy();
  });
  transport.attachToServer(server, { filter: (req) => isRoomSocket(req) && (!scale || scale.isLocal(req)) });
  // With Redis: a socket for a room held by another process is passed there, or the room is taken over here.
  if (scale)
    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      if (isRoomSocket(req) && !scale.isLocal(req)) scale.upgrade(req, socket, head, () => internal.emit('upgrade', req, socket, head));
    });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const local = options.host === '0.0.0.0' || options.host === '::' ? '127.0.0.1' : options.host;
  joinBase = options.publicUrl
    ? `${options.publicUrl.replace(/\/$/, '')}${PHONE_PATH}`
    : `http://${options.publicHost ?? local}:${port}${PHONE_PATH}`;
  await scale?.announce(options.internalAddress ?? `${local}:${port}`);

  return {
    url: `http://${local}:${port}`,
    port,
    joinBase,
    liveRooms: () => live.size,
    roomIds: () => [...live],
    codesInUse: () => codes.inUse(),
    async close() {
      // With Redis, a stop hands every room to the other processes (or to this one's next start).
      await scale?.handOver();
      await colyseus.gracefullyShutdown(false);
      await scale?.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
