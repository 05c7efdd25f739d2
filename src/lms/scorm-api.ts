// Finds the learning system's SCORM API the way both standards describe: the
// launching window's ancestors first (a bounded climb up window.parent, since
// a package may sit in frames inside frames), then the window that opened
// this one and its ancestors. SCORM 2004's API_1484_11 is preferred over
// SCORM 1.2's API when an LMS offers both. A frame from another origin cannot
// be read; that ends the search there rather than failing the game.

/** Just the calls the game makes, named the same in both versions. */
export interface ScormApi {
  readonly version: '1.2' | '2004';
  initialize(): boolean;
  get(element: string): string;
  set(element: string, value: string): boolean;
  commit(): boolean;
  terminate(): boolean;
  /** The last error in the LMS's own words (for the console; never shown as a failure to play). */
  lastError(): string;
}

type Raw = Record<string, (...args: string[]) => string | boolean>;

/** ADL's reference code climbs up to 500 frames; more is a loop, not a real layout. */
const MAX_CLIMB = 500;

const truthy = (value: string | boolean) => value === true || value === 'true';

function wrap(raw: Raw, version: '1.2' | '2004'): ScormApi {
  const call = (name12: string, name2004: string, ...args: string[]) => {
    const fn = raw[version === '1.2' ? name12 : name2004];
    return typeof fn === 'function' ? fn.apply(raw, args) : '';
  };
  return {
    version,
    initialize: () => truthy(call('LMSInitialize', 'Initialize', '')),
    get: (element) => String(call('LMSGetValue', 'GetValue', element) ?? ''),
    set: (element, value) => truthy(call('LMSSetValue', 'SetValue', element, value)),
    commit: () => truthy(call('LMSCommit', 'Commit', '')),
    terminate: () => truthy(call('LMSFinish', 'Terminate', '')),
    lastError: () => {
      const code = String(call('LMSGetLastError', 'GetLastError'));
      return `${code} ${String(call('LMSGetErrorString', 'GetErrorString', code))}`.trim();
    },
  };
}

function read(win: Window, name: string): Raw | null {
  try {
    const api = (win as unknown as Record<string, unknown>)[name];
    return api && typeof api === 'object' ? (api as Raw) : null;
  } catch {
    // Another origin's frame: its properties cannot be read.
    return null;
  }
}

function climb(start: Window, name: string): Raw | null {
  let win: Window = start;
  for (let step = 0; step <= MAX_CLIMB; step += 1) {
    const api = read(win, name);
    if (api) return api;
    let parent: Window | null = null;
    try {
      parent = win.parent;
    } catch {
      return null;
    }
    if (!parent || parent === win) return null;
    win = parent;
  }
  return null;
}

function opener(win: Window): Window | null {
  try {
    return win.top?.opener ?? win.opener ?? null;
  } catch {
    return null;
  }
}

/** The LMS's API, or null when the game was not launched by one. */
export function findScormApi(win: Window): ScormApi | null {
  const from = [win, opener(win)].filter((w): w is Window => w !== null);
  for (const [name, version] of [
    ['API_1484_11', '2004'],
    ['API', '1.2'],
  ] as const) {
    for (const start of from) {
      const raw = climb(start, name);
      if (raw) return wrap(raw, version);
    }
  }
  return null;
}
