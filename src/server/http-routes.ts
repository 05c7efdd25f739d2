// Everything the one port answers over HTTP: the built game, the three
// away-day pages, the room-code lookup and (handed on to Colyseus) the
// matchmaking requests that reserve a seat. Every answer carries the game's
// security headers; nothing under /api or /matchmake is cached; no address
// is ever written to a log.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { CONSOLE_PATH, PHONE_PATH, PROJECTOR_PATH, ROOM_LOOKUP_PATH } from '../room/protocol.ts';
import { KeyedLimiter } from './rate-limit.ts';
import { isRoomCode } from './room-codes.ts';
import { placeholderPage } from './placeholder-page.ts';
import { CompressedFiles, acceptsGzip, compressible } from './compressed-files.ts';
import type { RoomLimits } from './services.ts';
import { pagePolicy } from './page-policy.ts';

/** The game's policy (index.html as written), sent as a header with the room's WebSocket on this host allowed. */
export const GAME_POLICY =
  "default-src 'self'; img-src 'self' data: blob:; media-src 'self' blob: data:; style-src 'self'; connect-src 'self'; base-uri 'none'; object-src 'none'; form-action 'none'";

const HOST = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/;

/**
 * The header for a page: its own policy (the built game's page adds the
 * hashes of its inline style and start-up script), else the game's.
 */
export function policyFor(host: string | undefined, policy: string = GAME_POLICY): string {
  const socket = host && HOST.test(host) ? ` ws://${host}` : '';
  return `${policy.replace("connect-src 'self'", `connect-src 'self'${socket}`)}; frame-ancestors 'none'`;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.ogg': 'audio/ogg',
  '.mp3': 'audio/mpeg',
  '.wav': 'audio/wav',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

/** Where the page helper's Vite build may put each page, first match wins. */
const PAGE_FILES: Record<string, string[]> = {
  [PHONE_PATH]: ['phone.html', 'phone/index.html', 'away-day/phone.html', 'src/away-day/phone.html', 'src/away-day/phone/index.html'],
  [CONSOLE_PATH]: [
    'console.html',
    'console/index.html',
    'away-day/console.html',
    'src/away-day/console.html',
    'src/away-day/console/index.html',
  ],
  [PROJECTOR_PATH]: [
    'projector.html',
    'projector/index.html',
    'away-day/projector.html',
    'src/away-day/projector.html',
    'src/away-day/projector/index.html',
  ],
};

export interface Routes {
  distDir: string | null;
  limits: Pick<RoomLimits, 'lookupBurst' | 'lookupPerSecond' | 'joinBurst' | 'joinPerSecond'>;
  /** With Redis hosting the lookup asks Redis, so it may answer later. */
  lookup(code: string): string | null | Promise<string | null>;
  /**
   * Behind a reverse proxy every request comes from the proxy, so every phone would share one
   * budget: trusted, the proxy's X-Forwarded-For names the phone (its last entry, the one the
   * proxy added; earlier entries are whatever the phone sent and are ignored).
   */
  trustProxy: boolean;
  /** Hands a matchmaking request to Colyseus. */
  matchmake(req: IncomingMessage, res: ServerResponse): void;
}

function securityHeaders(res: ServerResponse): void {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

/** A browser's request from another site (a page on the network posting here) is refused. */
export function sameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

/** The address the proxy added to X-Forwarded-For (its last entry), or null when there is none. */
export function forwardedFor(req: IncomingMessage): string | null {
  const header = req.headers['x-forwarded-for'];
  const last = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',').at(-1)?.trim();
  return last ? last : null;
}

async function fileIn(root: string, relative: string): Promise<string | null> {
  const path = normalize(join(root, relative));
  if (path !== root && !path.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  try {
    return (await stat(path)).isFile() ? path : null;
  } catch {
    return null;
  }
}

async function sendFile(req: IncomingMessage, res: ServerResponse, path: string, pathname: string, files: CompressedFiles): Promise<void> {
  const type = TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
  const headers: Record<string, string> = { 'Content-Type': type };
  // Vite names built assets by their content, so they never change; pages do.
  headers['Cache-Control'] = pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
  if (type.startsWith('text/html'))
    headers['Content-Security-Policy'] = policyFor(req.headers.host, pagePolicy(await readFile(path, 'utf8')) || GAME_POLICY);
  if (compressible(type)) headers['Vary'] = 'Accept-Encoding';
  let gzipped: Buffer | null = null;
  try {
    gzipped = compressible(type) && acceptsGzip(req) ? await files.gzipped(path) : null;
  } catch {
    // Compression is only a saving: if it fails, the file goes as it is.
  }
  if (gzipped) {
    res.writeHead(200, { ...headers, 'Content-Encoding': 'gzip', 'Content-Length': String(gzipped.length) });
    res.end(req.method === 'HEAD' ? undefined : gzipped);
    return;
  }
  res.writeHead(200, headers);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(path)
    .on('error', () => res.destroy())
    .pipe(res);
}

export function httpHandler(routes: Routes): (req: IncomingMessage, res: ServerResponse) => void {
  // An address is held only in memory, only while its bucket refills (a minute at most), to slow guessing of codes.
  const lookups = new KeyedLimiter(routes.limits.lookupBurst, routes.limits.lookupPerSecond);
  const joins = new KeyedLimiter(routes.limits.joinBurst, routes.limits.joinPerSecond);
  const address = (req: IncomingMessage) => (routes.trustProxy ? forwardedFor(req) : null) ?? req.socket.remoteAddress ?? '';
  const files = new CompressedFiles();

  return (req, res) => {
    securityHeaders(res);
    const url = new URL(req.url ?? '/', 'http://room');
    const { pathname } = url;
    const now = Date.now();
    if (pathname.startsWith('/matchmake/')) {
      if (req.method !== 'POST' || !sameOrigin(req)) return json(res, 403, { message: 'That request is not allowed here.' });
      if (!joins.take(address(req), now)) return json(res, 429, { message: 'Too many tries: wait a minute and try again.' });
      res.setHeader('Cache-Control', 'no-store');
      return routes.matchmake(req, res);
    }
    if (pathname.startsWith('/api/')) {
      if (req.method !== 'GET') return json(res, 405, { message: 'That request is not allowed here.' });
      if (!lookups.take(address(req), now)) return json(res, 429, { message: 'Too many tries: wait a minute and try again.' });
      const code = pathname.startsWith(ROOM_LOOKUP_PATH) ? pathname.slice(ROOM_LOOKUP_PATH.length).toUpperCase() : '';
      void Promise.resolve(isRoomCode(code) ? routes.lookup(code) : null).then(
        (roomId) =>
          roomId
            ? json(res, 200, { roomId })
            : json(res, 404, { message: 'There is no open room with that code. Check it with the facilitator.' }),
        () => json(res, 503, { message: 'The room server cannot look up codes just now. Try again in a moment.' }),
      );
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return json(res, 405, { message: 'That request is not allowed here.' });
    void serveStatic(routes.distDir, req, res, pathname, files);
  };
}

async function serveStatic(
  distDir: string | null,
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  files: CompressedFiles,
): Promise<void> {
  const page = PAGE_FILES[pathname.replace(/\/$/, '')];
  if (page) {
    for (const candidate of distDir ? page : []) {
      const path = await fileIn(distDir!, candidate);
      if (path) return sendFile(req, res, path, pathname, files);
    }
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-cache',
      'Content-Security-Policy': policyFor(req.headers.host),
    });
    res.end(req.method === 'HEAD' ? undefined : placeholderPage(pathname));
    return;
  }
  let relative: string;
  try {
    relative = decodeURIComponent(pathname);
  } catch {
    relative = '';
  }
  const path = distDir && relative ? await fileIn(distDir, relative.endsWith('/') ? `${relative}index.html` : relative) : null;
  if (path) return sendFile(req, res, path, pathname, files);
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache' });
  res.end(distDir ? 'Not found.' : 'The game is not built here: run npm start, which builds it.');
}
