// The save an LRS keeps for the learner (xAPI's State API): the same compact
// saves SCORM keeps in suspend_data, one per started scenario, so a learner
// launched with an LRS resumes on another device too. Only the latest value
// matters, so there is no queue: one write at a time, and a newer value
// replaces one still waiting. A write that does not get through waits for
// the next, or for `flush`.
import { lrsHeaders } from './lrs-queue.ts';
import type { LrsConnection } from './lrs-queue.ts';
import type { Agent } from './xapi-statements.ts';

export const SAVE_STATE_ID = 'urn:rules-at-play:state:saves';

type Fetch = (url: string, init: RequestInit) => Promise<Response>;

export interface StateWhere {
  activityId: string;
  agent: Agent;
  registration: string | null;
}

export const stateUrl = (endpoint: string, stateId: string, where: StateWhere): string =>
  `${endpoint}activities/state?${new URLSearchParams({
    stateId,
    activityId: where.activityId,
    agent: JSON.stringify(where.agent),
    ...(where.registration ? { registration: where.registration } : {}),
  }).toString()}`;

export class LrsSaves {
  private sending = false;
  private waiting: string | null = null;

  constructor(
    private readonly connection: LrsConnection,
    private readonly where: StateWhere,
    private readonly send: Fetch,
  ) {}

  private get url(): string {
    return stateUrl(this.connection.endpoint, SAVE_STATE_ID, this.where);
  }

  /** The saves the LRS holds ('' when none, or when it cannot be asked). */
  async read(): Promise<string> {
    try {
      const response = await this.send(this.url, { headers: lrsHeaders(this.connection.auth) });
      if (!response.ok) return '';
      const body = (await response.json()) as { saves?: unknown };
      return typeof body.saves === 'string' ? body.saves : '';
    } catch {
      return '';
    }
  }

  /** Keeps this value in the LRS (after any write under way); a newer one replaces it if it is still waiting. */
  write(saves: string): Promise<void> {
    this.waiting = saves;
    return this.flush();
  }

  /** Sends the waiting value; `keepalive` when the page is going. */
  async flush(keepalive = false): Promise<void> {
    if (this.sending && !keepalive) return;
    this.sending = true;
    try {
      while (this.waiting !== null) {
        const body = this.waiting;
        this.waiting = null;
        const ok = await this.send(this.url, {
          method: 'PUT',
          headers: lrsHeaders(this.connection.auth),
          body: JSON.stringify({ saves: body }),
          keepalive,
        }).then(
          (response) => response.ok,
          () => false,
        );
        if (!ok) {
          this.waiting ??= body;
          return;
        }
      }
    } finally {
      this.sending = false;
    }
  }
}
