// Sends statements to the LRS in the order they were made, one at a time,
// and keeps every one not yet accepted in the device's storage first, so a
// dropped connection, a refusing LRS or a reload loses nothing. Each is PUT
// under its own id (made once, when the statement was made): if an answer
// was lost and the same statement goes again, the LRS keeps one (xAPI 1.0.3,
// 2.1.3 and 7.2.1). A small fetch-based sender rather than @xapi/xapi or
// @xapi/cmi5: those bring axios (and @xapi/cmi5 a second, older @xapi/xapi),
// about 34 kB gzipped against this file's few; see README, Learning systems.
import { XAPI_VERSION } from './xapi-statements.ts';
import type { Statement } from './xapi-statements.ts';

export interface QueueStore {
  get(key: string): string | null;
  /** False when the device refused to keep it. */
  set(key: string, value: string): boolean;
}

export interface LrsConnection {
  /** Ends with "/": statements go to endpoint + "statements". */
  endpoint: string;
  /** The Authorization header's value. */
  auth: string;
}

type Fetch = (url: string, init: RequestInit) => Promise<Response>;

export interface QueueDeps {
  connection: LrsConnection;
  store: QueueStore;
  /** The storage key: one queue per LRS and registration. */
  key: string;
  send: Fetch;
  /** Calls again after ms (a timer in the browser). */
  later: (retry: () => void, ms: number) => void;
  log: (message: string) => void;
  /** Told after each try: how many statements wait because the LRS did not take them (0: all sent). */
  waiting?: (count: number) => void;
}

const FIRST_RETRY_MS = 2000;
const LAST_RETRY_MS = 60_000;

export const lrsHeaders = (auth: string): Record<string, string> => ({
  Authorization: auth,
  'X-Experience-API-Version': XAPI_VERSION,
  'Content-Type': 'application/json',
});

/** Whether the LRS will never take this statement (so keeping it would stop all the others). */
const refusedForGood = (status: number) => status === 400 || status === 409 || status === 413;

export class LrsQueue {
  private sending = false;
  private retryMs = FIRST_RETRY_MS;
  private retrying = false;
  /** What waits while the device refuses to keep it: held in this tab until it is sent or kept. */
  private unsaved: Statement[] | null = null;

  constructor(private readonly deps: QueueDeps) {}

  /** The statements not yet accepted, oldest first. */
  pending(): Statement[] {
    if (this.unsaved) return this.unsaved;
    try {
      const kept: unknown = JSON.parse(this.deps.store.get(this.deps.key) ?? '[]');
      return Array.isArray(kept) ? (kept as Statement[]) : [];
    } catch {
      return [];
    }
  }

  private keep(statements: readonly Statement[]): void {
    this.unsaved = this.deps.store.set(this.deps.key, JSON.stringify(statements)) ? null : [...statements];
  }

  /** Keeps the statement, then sends whatever is waiting. */
  add(statement: Statement): Promise<void> {
    this.keep([...this.pending(), statement]);
    return this.flush();
  }

  private forget(id: string): void {
    this.keep(this.pending().filter((s) => s.id !== id));
  }

  private put(statement: Statement, keepalive = false): Promise<Response> {
    const { endpoint, auth } = this.deps.connection;
    return this.deps.send(`${endpoint}statements?statementId=${encodeURIComponent(statement.id)}`, {
      method: 'PUT',
      headers: lrsHeaders(auth),
      body: JSON.stringify(statement),
      keepalive,
    });
  }

  /** Sends the waiting statements in order; stops at the first that does not get through, and tries again later. */
  async flush(): Promise<void> {
    if (this.sending) return;
    this.sending = true;
    try {
      for (let next = this.pending()[0]; next; next = this.pending()[0]) {
        const response = await this.put(next).catch(() => null);
        if (response && (response.ok || refusedForGood(response.status))) {
          if (!response.ok) this.deps.log(`The LRS refused statement ${next.id} (${response.status}); it is not sent again.`);
          this.forget(next.id);
          this.retryMs = FIRST_RETRY_MS;
          continue;
        }
        this.deps.log(`The LRS did not take statement ${next.id} (${response ? response.status : 'no connection'}); it waits.`);
        this.deps.waiting?.(this.pending().length);
        this.retryLater();
        return;
      }
      this.deps.waiting?.(0);
    } finally {
      this.sending = false;
    }
  }

  private retryLater(): void {
    if (this.retrying) return;
    this.retrying = true;
    this.deps.later(() => {
      this.retrying = false;
      void this.flush();
    }, this.retryMs);
    this.retryMs = Math.min(this.retryMs * 2, LAST_RETRY_MS);
  }

  /**
   * The page is going: what waits goes in one request the browser finishes
   * after the page has gone (keepalive), in order. It stays kept until the
   * LRS answers, so if the answer never comes the next launch sends it again
   * under the same ids, and the LRS still keeps one of each.
   */
  sendBeforeLeaving(): void {
    const waiting = this.pending();
    if (!waiting.length) return;
    const { endpoint, auth } = this.deps.connection;
    this.deps
      .send(`${endpoint}statements`, { method: 'POST', headers: lrsHeaders(auth), body: JSON.stringify(waiting), keepalive: true })
      .then((response) => {
        if (response.ok) this.keep(this.pending().filter((s) => !waiting.some((w) => w.id === s.id)));
      })
      .catch(() => undefined);
  }
}
