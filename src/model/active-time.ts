// Time spent in a scenario, for the CPD record: the time between one thing the
// player does and the next, with any gap longer than IDLE_CAP_MS counted as
// IDLE_CAP_MS, so a tab left open over lunch does not become CPD hours.

export const IDLE_CAP_MS = 10 * 60 * 1000;

export interface ActiveTime {
  activeMs: number;
  /** When the player last did something, in the clock's milliseconds; null before the first. */
  lastAt: number | null;
}

export const startActiveTime = (activeMs = 0): ActiveTime => ({ activeMs, lastAt: null });

export function tick(time: ActiveTime, now: number): ActiveTime {
  if (time.lastAt === null || now < time.lastAt) return { activeMs: time.activeMs, lastAt: now };
  return { activeMs: time.activeMs + Math.min(now - time.lastAt, IDLE_CAP_MS), lastAt: now };
}
