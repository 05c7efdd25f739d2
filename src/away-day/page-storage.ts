// What the away-day pages keep on the device: this tab's room code and seat
// (sessionStorage, so a reload carries on and another tab starts afresh), and
// the facilitator's key (localStorage, so a reload or a new tab on the same
// laptop carries on). Storage may be refused; the page then simply forgets.
const PREFIX = 'away-day:';

/** A typed or linked code, tidied: upper case, spaces and dashes dropped. */
export const readCode = (raw: string): string => raw.toUpperCase().replace(/[^A-Z0-9]/g, '');

export function remember(name: string, value: string | null): void {
  try {
    if (value === null) window.sessionStorage.removeItem(PREFIX + name);
    else window.sessionStorage.setItem(PREFIX + name, value);
  } catch {
    // Nothing kept: a reload asks again.
  }
}

export function recall(name: string): string | null {
  try {
    return window.sessionStorage.getItem(PREFIX + name);
  } catch {
    return null;
  }
}

export interface FacilitatorHold {
  code: string;
  key: string;
  roomId: string;
}

const HOLD = `${PREFIX}facilitator`;

export function keepFacilitator(hold: FacilitatorHold | null): void {
  try {
    if (hold) window.localStorage.setItem(HOLD, JSON.stringify(hold));
    else window.localStorage.removeItem(HOLD);
  } catch {
    // Without storage the key is still shown on screen to write down.
  }
}

export function facilitatorHold(): FacilitatorHold | null {
  try {
    const value = JSON.parse(window.localStorage.getItem(HOLD) ?? 'null') as Partial<FacilitatorHold> | null;
    return value && typeof value.code === 'string' && typeof value.key === 'string' && typeof value.roomId === 'string'
      ? { code: value.code, key: value.key, roomId: value.roomId }
      : null;
  } catch {
    return null;
  }
}

const HANDS = `${PREFIX}hands`;

/**
 * A show of hands, kept by the console window only, so a reload carries on;
 * null forgets it. In this tab's sessionStorage, not localStorage: a second
 * console tab must not pick up the same session and run it a second time.
 */
export function keepHands(saved: string | null): void {
  try {
    if (saved) window.sessionStorage.setItem(HANDS, saved);
    else window.sessionStorage.removeItem(HANDS);
  } catch {
    // Without storage a reload starts afresh; the session in this window still runs.
  }
}

export function heldHands(): string | null {
  try {
    return window.sessionStorage.getItem(HANDS);
  } catch {
    return null;
  }
}
