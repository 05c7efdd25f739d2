// A learning record store for the tests only, on 127.0.0.1: it takes
// statements (PUT with an id, POST one or many) and checks each against the
// xAPI 1.0.3 rules a real LRS applies (the version header, the credentials,
// actor with one identifier, verb and object ids as absolute IRIs, a UUID id,
// an ISO 8601 timestamp, extension keys as IRIs, a registration as a UUID);
// an identical resend is kept once, a different statement under a known id
// is refused (409). It also plays the cmi5 LMS's part the game needs: the
// fetch URL (answering once), the LMS.LaunchData state document, and other
// state documents as put (the game keeps its saves there). It can
// refuse (503) or go away altogether (its sockets closed) and come back on
// the same port. Everything it saw wrong is in `problems`.
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export interface StoredStatement {
  id: string;
  verb: { id: string };
  object: { id: string };
  actor: Record<string, unknown>;
  timestamp: string;
  result?: Record<string, unknown> & { extensions?: Record<string, unknown> };
  context?: Record<string, unknown> & { registration?: string; extensions?: Record<string, unknown> };
  [key: string]: unknown;
}

export interface TestLrs {
  readonly endpoint: string;
  readonly origin: string;
  /** A fresh fetch URL for a cmi5 launch. */
  fetchUrl: () => string;
  /** Statements in the order they were stored (each id once). */
  statements: StoredStatement[];
  /** Identical statements received again (a resend: kept once, as the spec asks). */
  resends: string[];
  problems: string[];
  /** State documents as put, by stateId, activityId, agent and registration. */
  state: Map<string, string>;
  /** Answers 503 to statements while true (a refusing LRS). */
  refusing: boolean;
  /** Closes the port and every open connection: the LRS is gone. */
  goAway: () => Promise<void>;
  /** Listens again on the same port. */
  comeBack: () => Promise<void>;
  stop: () => Promise<void>;
}

export const AUTH = 'Basic dGVzdDpscnM=';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const IRI = /^[a-z][a-z0-9+.-]*:\S+$/i;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const DURATION = /^P(\d+D)?T(\d+H)?(\d+M)?(\d+(\.\d+)?S)?$/;
const IFIS = ['mbox', 'mbox_sha1sum', 'openid', 'account'];

/** What is wrong with a statement by xAPI 1.0.3's rules, in words. */
export function statementProblems(s: StoredStatement): string[] {
  const found: string[] = [];
  const where = `statement ${String(s?.id)}`;
  if (!s || typeof s !== 'object') return ['a statement that is not an object'];
  if (!UUID.test(String(s.id))) found.push(`${where}: the id is not a UUID`);
  const ifis = IFIS.filter((k) => s.actor && k in s.actor);
  if (ifis.length !== 1) found.push(`${where}: the actor has ${ifis.length} identifiers, not one`);
  if (s.actor?.mbox !== undefined && !/^mailto:/.test(String(s.actor.mbox))) found.push(`${where}: mbox is not a mailto IRI`);
  if (!IRI.test(String(s.verb?.id))) found.push(`${where}: the verb id is not an absolute IRI`);
  if (!IRI.test(String(s.object?.id))) found.push(`${where}: the object id is not an absolute IRI`);
  if (!ISO_TIME.test(String(s.timestamp))) found.push(`${where}: the timestamp is not ISO 8601`);
  if (s.context?.registration !== undefined && !UUID.test(s.context.registration)) found.push(`${where}: the registration is not a UUID`);
  for (const key of [...Object.keys(s.result?.extensions ?? {}), ...Object.keys(s.context?.extensions ?? {})])
    if (!IRI.test(key)) found.push(`${where}: extension key "${key}" is not an absolute IRI`);
  if (s.result?.duration !== undefined && !DURATION.test(String(s.result.duration))) found.push(`${where}: the duration is not ISO 8601`);
  for (const stored of ['stored', 'authority', 'version'])
    if (stored in s) found.push(`${where}: "${stored}" is the LRS's to set, not the sender's`);
  return found;
}

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, PUT, POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, X-Experience-API-Version',
};

const body = (request: IncomingMessage): Promise<string> =>
  new Promise((done) => {
    const chunks: Buffer[] = [];
    request.on('data', (c: Buffer) => chunks.push(c));
    request.on('end', () => done(Buffer.concat(chunks).toString('utf8')));
  });

export async function startTestLrs(launchData: (registration: string) => Record<string, unknown>): Promise<TestLrs> {
  const sockets = new Set<Socket>();
  const fetches = new Map<string, boolean>();
  let port = 0;
  let server: Server;
  const lrs: TestLrs = {
    get endpoint() {
      return `http://127.0.0.1:${port}/xapi/`;
    },
    get origin() {
      return `http://127.0.0.1:${port}`;
    },
    fetchUrl: () => {
      const id = String(fetches.size + 1);
      fetches.set(id, false);
      return `http://127.0.0.1:${port}/fetch/${id}`;
    },
    statements: [],
    resends: [],
    problems: [],
    state: new Map(),
    refusing: false,
    goAway: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((done) => server.close(() => done()));
    },
    comeBack: () => listen(port),
    stop: async () => {
      for (const socket of sockets) socket.destroy();
      if (server.listening) await new Promise<void>((done) => server.close(() => done()));
    },
  };

  const store = (s: StoredStatement): number => {
    const known = lrs.statements.find((x) => x.id === s.id);
    if (known) {
      if (JSON.stringify(known) === JSON.stringify(s)) {
        lrs.resends.push(s.id);
        return 204;
      }
      lrs.problems.push(`statement ${s.id}: a different statement under an id already stored`);
      return 409;
    }
    const wrong = statementProblems(s);
    if (wrong.length) {
      lrs.problems.push(...wrong);
      return 400;
    }
    lrs.statements.push(s);
    return 204;
  };

  async function answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', lrs.origin);
    const reply = (status: number, json?: unknown) => {
      response.writeHead(status, { ...CORS, ...(json === undefined ? {} : { 'Content-Type': 'application/json' }) });
      response.end(json === undefined ? undefined : JSON.stringify(json));
    };
    if (request.method === 'OPTIONS') return reply(204);
    const text = await body(request);
    const fetchId = /^\/fetch\/(\d+)$/.exec(url.pathname)?.[1];
    if (fetchId && request.method === 'POST') {
      // cmi5 8.2: the fetch URL gives its token once; a second call is an error.
      if (fetches.get(fetchId) !== false) {
        lrs.problems.push(`the fetch URL ${fetchId} was called more than once`);
        return reply(200, { 'error-code': '1', 'error-text': 'Already in use' });
      }
      fetches.set(fetchId, true);
      return reply(200, { 'auth-token': AUTH.slice('Basic '.length) });
    }
    if (!url.pathname.startsWith('/xapi/')) return reply(404);
    if (!/^1\.0\.\d+$/.test(String(request.headers['x-experience-api-version'])))
      lrs.problems.push(`${request.method} ${url.pathname} without the X-Experience-API-Version header`);
    if (request.headers.authorization !== AUTH) {
      lrs.problems.push(`${request.method} ${url.pathname} without the launch's credentials`);
      return reply(401);
    }
    if (url.pathname === '/xapi/activities/state') {
      const stateId = url.searchParams.get('stateId') ?? '';
      const key = ['activityId', 'agent', 'registration'].map((name) => url.searchParams.get(name)).join('\n');
      if (!url.searchParams.get('activityId') || !url.searchParams.get('agent'))
        lrs.problems.push(`state ${stateId} without activityId and agent`);
      if (stateId === 'LMS.LaunchData' && request.method === 'GET')
        return reply(200, launchData(url.searchParams.get('registration') ?? ''));
      if (request.method === 'PUT') {
        lrs.state.set(`${stateId}\n${key}`, text);
        return reply(204);
      }
      const kept = lrs.state.get(`${stateId}\n${key}`);
      if (request.method === 'GET') return kept === undefined ? reply(404) : reply(200, JSON.parse(kept) as unknown);
      return reply(405);
    }
    if (url.pathname !== '/xapi/statements') return reply(404);
    if (lrs.refusing) return reply(503);
    try {
      if (request.method === 'PUT') {
        const s = JSON.parse(text) as StoredStatement;
        if (url.searchParams.get('statementId') !== s.id) lrs.problems.push(`PUT ${String(s.id)} under another statementId`);
        return reply(store(s));
      }
      if (request.method === 'POST') {
        const list = [JSON.parse(text) as StoredStatement | StoredStatement[]].flat();
        const statuses = list.map(store);
        const refused = statuses.find((status) => status !== 204);
        return refused
          ? reply(refused)
          : reply(
              200,
              list.map((s) => s.id),
            );
      }
    } catch {
      lrs.problems.push('a body that is not JSON');
      return reply(400);
    }
    return reply(405);
  }

  function listen(at: number): Promise<void> {
    server = createServer((request, response) => void answer(request, response));
    server.on('connection', (socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
    return new Promise<void>((done) =>
      server.listen(at, '127.0.0.1', () => {
        const address = server.address();
        if (address && typeof address !== 'string') port = address.port;
        done();
      }),
    );
  }
  await listen(0);
  return lrs;
}
