// Time spent in a scenario, for the CPD record, kept in one place. The clock
// is given, not read from the page, so tests and other hosts can drive it.
import { startActiveTime, tick } from '../model/active-time.ts';
import type { ActiveTime } from '../model/active-time.ts';
import { minutesOf } from '../model/journal.ts';

export class PlayClock {
  private time: ActiveTime = startActiveTime();

  constructor(private readonly now: () => number) {}

  /** A scenario begins, or a save resumes with the time it had. */
  start(activeMs = 0): void {
    this.time = startActiveTime(activeMs);
  }

  /** The player did something: the time since the last thing counts, up to the idle cap. */
  touch(): void {
    this.time = tick(this.time, this.now());
  }

  get activeMs(): number {
    return this.time.activeMs;
  }

  minutes(): number {
    return minutesOf(this.time.activeMs);
  }
}
