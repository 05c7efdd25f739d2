// The connection in plain words, and how long to wait before trying again.
// Pure, so the words and the backoff are tested without a server.

export type ConnectionStatus = 'connecting' | 'connected' | 'reconnecting' | 'closed' | 'failed' | 'lost';

export const STATUS_WORDS: Record<ConnectionStatus, string> = {
  connecting: 'Connecting to the room…',
  connected: 'Connected to the room.',
  reconnecting: 'Connection lost — reconnecting…',
  closed: 'You are no longer in the room: the facilitator closed it or removed this seat.',
  failed: 'Could not join the room.',
  lost: 'The connection could not be restored. Reload the page to try again.',
};

/** A show of hands: the projector window is kept in step by the console window of the same browser, not a server. */
export const WINDOW_STATUS_WORDS: Record<ConnectionStatus, string> = {
  connecting: 'Looking for the console window…',
  connected: 'In step with the console window.',
  reconnecting: 'Lost the console window — looking again…',
  closed: 'The facilitator closed the session.',
  failed: 'Not connected.',
  lost: 'The console window could not be found. Open this window again from the console.',
};

/** Waits 1, 2, 4, 8 s… between tries, never more than 15 s, with a little jitter so phones do not all retry at once. */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(15_000, 1000 * 2 ** Math.max(0, attempt - 1));
  return Math.round(base * (0.8 + 0.4 * random()));
}
