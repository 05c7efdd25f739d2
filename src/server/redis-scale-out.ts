// Several processes sharing rooms through Redis (REDIS_URL): Colyseus'
// RedisPresence and RedisDriver let any process reserve a seat in a room held
// by another; this module adds what an away-day needs on top.
//
// - Sockets: Colyseus puts the holding process's id in each room socket's
//   path (/<processId>/<roomId>). Any process takes any socket: one for a
//   room held elsewhere is passed, byte for byte, to the process that holds
//   it (each live process keeps its address in Redis). So the reverse proxy
//   in front may send any request to any process.
// - Take-over: when the process holding a room has stopped (its heartbeat
//   key expired), the first request for the room (a rejoin, a code lookup's
//   join, the SDK's own reconnection) restores it here from what it saved,
//   under the same id and code. One process restores a room at a time.
import { connect } from 'node:net';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { Redis } from 'ioredis';
import { RedisDriver } from '@colyseus/redis-driver';
import { RedisPresence } from '@colyseus/redis-presence';
import { CloseCode, matchMaker } from '@colyseus/core';
import { ROOM_NAME } from '../room/protocol.ts';
import { DurablePanelRoom } from './durable-panel-room.ts';
import type { Durability } from './durable-panel-room.ts';
import { RedisCodes } from './redis-codes.ts';
import { ProcessRegistry, RedisRoomStore } from './redis-rooms.ts';
import { DEFAULT_PREFIX, restoreLockKey } from './redis-keys.ts';
import type { Handover } from './redis-keys.ts';
import type { RoomServices } from './services.ts';

/** /<processId>/<roomId>, as Colyseus' WebSocket transport reads it. */
const SOCKET_PATH = /^\/([A-Za-z0-9_-]+)\/([A-Za-z0-9_-]+)(\?|$)/;
/** Matchmaking requests that name an existing room. */
const ROOM_REQUEST = /^\/matchmake\/(?:joinById|reconnect)\/([A-Za-z0-9_-]+)$/;
/** How long a request waits for another process to finish restoring a room. */
const RESTORE_WAIT_MS = 10_000;

type Where = { kind: 'local' } | { kind: 'remote'; address: string; processId: string } | { kind: 'gone' };

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface ScaleOut {
  presence: RedisPresence;
  driver: RedisDriver;
  codes: RedisCodes;
  durability: Durability;
  /** Starts the heartbeat once the port is known: `address` is how the other processes reach this one. */
  announce(address: string): Promise<void>;
  /** Before Colyseus answers a join or rejoin by room id: bring the room back if its process stopped. */
  beforeMatchmake(req: IncomingMessage, res: ServerResponse): Promise<void>;
  /** A room socket for a room this process holds now (Colyseus' transport takes it at once). */
  isLocal(req: IncomingMessage): boolean;
  /** A room socket: handled here (`local`), passed to the holding process, or refused. */
  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer, local: () => void): void;
  /** A planned stop: every room is handed to the other processes, nothing erased. */
  handOver(): Promise<void>;
  close(): Promise<void>;
}

/** The room class for Redis hosting, bound to this server's services. */
export function durableRoomClass(services: RoomServices, durability: Durability): typeof DurablePanelRoom {
  return class BoundDurableRoom extends DurablePanelRoom {
    static override readonly services = services;
    static override readonly durability = durability;
  };
}

export function startScaleOut(url: string, prefix = DEFAULT_PREFIX): ScaleOut {
  const redis = new Redis(url, { maxRetriesPerRequest: 2 });
  const handover: Handover = { active: false };
  const store = new RedisRoomStore(redis, prefix);
  const codes = new RedisCodes(redis, prefix, handover);
  const processes = new ProcessRegistry(redis, prefix);
  const durability: Durability = { store, restoring: new Map(), handover };
  const presence = new RedisPresence(url);
  const driver = new RedisDriver(url);
  let relist: ReturnType<typeof setInterval> | null = null;

  /** Takes the room over here: 'gone' when nothing is saved, 'wait' while the process that saved it still lives. */
  async function restoreHere(roomId: string): Promise<'local' | 'gone' | 'wait'> {
    const saved = await store.load(roomId);
    if (!saved || saved.state.closed) return 'gone';
    // A process handing its rooms over stays alive until every room of it is closed there.
    if (saved.processId !== matchMaker.processId && (await processes.addressOf(saved.processId))) return 'wait';
    await driver.remove(roomId); // the stopped process's listing
    durability.restoring.set(roomId, saved);
    codes.restoring.set(roomId, saved.state.config.code);
    try {
      await matchMaker.handleCreateRoom(ROOM_NAME, { audience: 'console', scenarioId: saved.state.config.scenarioId }, undefined, roomId);
    } finally {
      durability.restoring.delete(roomId);
      codes.restoring.delete(roomId);
    }
    return 'local';
  }

  async function whereIs(roomId: string, deadline = Date.now() + RESTORE_WAIT_MS): Promise<Where> {
    if (matchMaker.getLocalRoomById(roomId)) return { kind: 'local' };
    const listing = await driver.findOne({ roomId });
    if (listing && listing.processId !== matchMaker.processId) {
      const address = await processes.addressOf(listing.processId);
      if (address) return { kind: 'remote', address, processId: listing.processId };
    }
    // Its process has stopped (or never listed it): take it over, unless another process is doing so.
    const lock = restoreLockKey(prefix, roomId);
    if ((await redis.set(lock, matchMaker.processId, 'PX', RESTORE_WAIT_MS, 'NX')) === 'OK') {
      let outcome: 'local' | 'gone' | 'wait';
      try {
        outcome = await restoreHere(roomId);
      } finally {
        await redis.del(lock);
      }
      if (outcome !== 'wait') return { kind: outcome };
    }
    if (Date.now() > deadline) return { kind: 'gone' };
    await pause(100);
    return whereIs(roomId, deadline);
  }

  function forward(req: IncomingMessage, socket: Duplex, head: Buffer, address: string): void {
    const [host, port] = [address.slice(0, address.lastIndexOf(':')), Number(address.slice(address.lastIndexOf(':') + 1))];
    const upstream = connect(port, host, () => {
      const lines = [`${req.method ?? 'GET'} ${req.url ?? '/'} HTTP/1.1`];
      for (let i = 0; i < req.rawHeaders.length; i += 2) lines.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}`);
      upstream.write(`${lines.join('\r\n')}\r\n\r\n`);
      if (head.length) upstream.write(head);
      upstream.pipe(socket).pipe(upstream);
    });
    upstream.setNoDelay(true);
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
    socket.on('close', () => upstream.destroy());
    upstream.on('close', () => socket.destroy());
  }

  return {
    presence,
    driver,
    codes,
    durability,
    async announce(address) {
      await processes.start(matchMaker.processId, address);
      // A health check of a dead process may remove, a moment late, the listing of a room just taken
      // over here under the same id; Colyseus lists again any local room whose listing is missing.
      relist = setInterval(() => void matchMaker.restoreMissingRoomCaches().catch(() => undefined), 2000);
      relist.unref();
    },
    async beforeMatchmake(req) {
      const roomId = ROOM_REQUEST.exec(new URL(req.url ?? '/', 'http://room').pathname)?.[1];
      if (!roomId) return;
      const where = await whereIs(roomId).catch(() => null);
      // A process killed a moment ago still looks alive for up to ALIVE_MS: ask it (Colyseus' health
      // check drops its listings when it does not answer), so this request finds the room taken over.
      if (where?.kind === 'remote' && !(await matchMaker.healthCheckProcessId(where.processId))) await whereIs(roomId).catch(() => null);
    },
    isLocal(req) {
      const roomId = SOCKET_PATH.exec(req.url ?? '')?.[2];
      return roomId !== undefined && matchMaker.getLocalRoomById(roomId) !== undefined;
    },
    upgrade(req, socket, head, local) {
      const roomId = SOCKET_PATH.exec(req.url ?? '')?.[2];
      if (!roomId) return socket.destroy();
      whereIs(roomId).then(
        (where) => {
          if (socket.destroyed) return;
          if (where.kind === 'local') local();
          else if (where.kind === 'remote') forward(req, socket, head, where.address);
          else socket.destroy();
        },
        () => socket.destroy(),
      );
    },
    async handOver() {
      handover.active = true;
      // Rooms close their sockets with "may try to reconnect"; the pages' SDK comes back through another process.
      await Promise.all(matchMaker.disconnectAll(CloseCode.MAY_TRY_RECONNECT));
      await processes.stop(matchMaker.processId);
    },
    async close() {
      if (relist) clearInterval(relist);
      await processes.stop(matchMaker.processId).catch(() => undefined);
      redis.disconnect();
    },
  };
}
