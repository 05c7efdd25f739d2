// One SCORM session, from Initialize to Terminate: what the game reports and
// when it commits. It commits at the moments a learner would hate to lose
// (a decision, a naming, the debrief, leaving), never per keystroke, and it
// terminates once. A refusal by the LMS is logged and play goes on: the
// device keeps its own save as it always does.
import { ELEMENTS, commentFields, interactionFields, sessionTime } from './lms-record.ts';
import type { ScormVersion } from './lms-record.ts';
import type { ScormApi } from './scorm-api.ts';
import type { Decision } from '../model/plan.ts';

const NOT_STARTED: readonly string[] = ['', 'not attempted', 'unknown'];

export class LmsSession {
  private readonly startedAt: number;
  private ended = false;
  private completed = false;
  private comments = 0;

  private constructor(
    private readonly api: ScormApi,
    private readonly now: () => number,
    private readonly log: (message: string) => void,
  ) {
    this.startedAt = now();
    const status = api.get(this.names.status);
    this.completed = status === 'completed' || status === 'passed';
    if (NOT_STARTED.includes(status)) this.put(this.names.status, 'incomplete');
  }

  /** Initialises the API; null when the LMS refuses, so the game plays on without it. */
  static start(api: ScormApi, now: () => number, log: (message: string) => void = () => {}): LmsSession | null {
    if (!api.initialize()) {
      log(`The learning system did not start a session: ${api.lastError()}`);
      return null;
    }
    return new LmsSession(api, now, log);
  }

  get version(): ScormVersion {
    return this.api.version;
  }

  private get names() {
    return ELEMENTS[this.api.version];
  }

  private put(element: string, value: string): boolean {
    if (this.ended) return false;
    const ok = this.api.set(element, value);
    if (!ok) this.log(`The learning system refused ${element}: ${this.api.lastError()}`);
    return ok;
  }

  private commit(): void {
    if (!this.ended && !this.api.commit()) this.log(`The learning system did not commit: ${this.api.lastError()}`);
  }

  /** The save the LMS kept from an earlier session, or '' for a first launch. */
  suspended(): string {
    return this.api.get(this.names.suspend);
  }

  /** Keeps the save (already encoded) and commits. */
  save(suspendData: string): void {
    this.put(this.names.suspend, suspendData);
    this.commit();
  }

  /** One interaction per decision; the commit comes with the save that follows it. */
  decision(scenarioId: string, decision: Decision, choiceId: string): void {
    const n = Number(this.api.get(this.names.interactionCount)) || 0;
    for (const [field, value] of interactionFields(this.api.version, scenarioId, decision, choiceId, new Date(this.now())))
      this.put(`cmi.interactions.${n}.${field}`, value);
  }

  /** The debrief was reached: complete, with no score and no pass or fail (there is no right answer). */
  complete(): void {
    this.completed = true;
    this.put(this.names.status, 'completed');
    this.commit();
  }

  /** A summary the learner chose to send, after the reminder. */
  comment(text: string): boolean {
    const n = this.api.version === '2004' ? Number(this.api.get('cmi.comments_from_learner._count')) || this.comments : 0;
    const ok = commentFields(this.api.version, n, text, new Date(this.now())).every(([element, value]) => this.put(element, value));
    if (ok) this.comments += 1;
    this.commit();
    return ok;
  }

  /** Leaving: session time, how to come back (resume when there is a save), commit, terminate. Only once. */
  end(hasSave: boolean): void {
    if (this.ended) return;
    this.put(this.names.sessionTime, sessionTime(this.now() - this.startedAt, this.api.version));
    const normal = this.api.version === '1.2' ? '' : 'normal';
    this.put(this.names.exit, hasSave || !this.completed ? 'suspend' : normal);
    this.commit();
    if (!this.api.terminate()) this.log(`The learning system did not end the session: ${this.api.lastError()}`);
    this.ended = true;
  }
}
