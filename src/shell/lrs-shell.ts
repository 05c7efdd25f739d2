// Connects the game to a learning record store when the launch URL names
// one (cmi5, or a plain xAPI "tincan" launch): statements for the launch,
// each decision, each naming, the debrief and leaving go through a queue kept
// on the device, in order. A cmi5 launch first swaps the fetch URL for its
// token (once: a reload reuses it) and reads LMS.LaunchData for the context
// template, launch mode and moveOn. Nothing is asked of any address but the
// LRS and the fetch URL the launch gave; the reflection goes only when the
// learner sends it, after the reminder. The LRS also keeps every started
// scenario's save (State API), which another device offers to continue.
import { encodeSuspend, keepSave } from '../model/lms-suspend.ts';
import { completionCounts, readLaunchData } from '../lms/xapi-launch.ts';
import type { LaunchData, LrsLaunch } from '../lms/xapi-launch.ts';
import { LrsQueue, lrsHeaders } from '../lms/lrs-queue.ts';
import { LrsSaves, stateUrl } from '../lms/lrs-state.ts';
import { momentsSince, reportedUpTo } from '../lms/play-moments.ts';
import { commented, completed, decided, initialized, named, terminated, uuidFromBytes } from '../lms/xapi-statements.ts';
import type { Scenario, Stamp, StatementBase } from '../lms/xapi-statements.ts';
import { clearNotice, showNotice } from '../ui/storage-notice.ts';
import { resumeSaves } from './lms-saves.ts';
import type { LmsDeps } from './lms-saves.ts';

const NOT_REACHED =
  'Your learning system could not be reached to start reporting, so this game is not reporting to it: it plays as usual, and your progress is kept on this device only.';
const WAITING =
  'Your learning system cannot be reached just now. Play on: the reports of your progress wait on this device and go to it, in order, once it can be reached.';
const ENDED =
  'This session with your learning system has ended. To go on reporting to it, open the game again from your learning system; your progress is kept on this device.';

/** sessionStorage for what lasts as long as this launch; a refusing browser means it is not kept. */
function sessionValue(win: Window, key: string, value?: string): string | null {
  try {
    if (value !== undefined) win.sessionStorage.setItem(key, value);
    return win.sessionStorage.getItem(key);
  } catch {
    return null;
  }
}

async function cmi5Token(win: Window, launch: Extract<LrsLaunch, { kind: 'cmi5' }>): Promise<string> {
  // The fetch URL answers once per launch: a reload of the page uses the token it gave.
  const key = `rules-at-play:cmi5-token:${launch.fetchUrl}`;
  const kept = sessionValue(win, key);
  if (kept) return kept;
  const response = await fetch(launch.fetchUrl, { method: 'POST' });
  const body = (await response.json()) as Record<string, unknown>;
  const token = body['auth-token'];
  if (!response.ok || typeof token !== 'string') throw new Error(`the fetch URL answered ${response.status}`);
  sessionValue(win, key, token);
  return token;
}

async function launchData(launch: Extract<LrsLaunch, { kind: 'cmi5' }>, auth: string): Promise<LaunchData> {
  const url = stateUrl(launch.endpoint, 'LMS.LaunchData', {
    activityId: launch.activityId,
    agent: launch.actor,
    registration: launch.registration,
  });
  const response = await fetch(url, { headers: lrsHeaders(auth) });
  const data = response.ok ? readLaunchData(await response.json()) : null;
  if (!data) throw new Error(`LMS.LaunchData could not be read (${response.status})`);
  return data;
}

const localStore = (win: Window) => ({
  get: (key: string) => {
    try {
      return win.localStorage.getItem(key);
    } catch {
      return null;
    }
  },
  set: (key: string, value: string) => {
    try {
      win.localStorage.setItem(key, value);
      return true;
    } catch {
      // A full or refusing device: the queue holds what waits in this tab until it is sent.
      return false;
    }
  },
});

/** The events reported per scenario, as kept; anything unreadable counts as none reported. */
function readCounts(raw: string | null): Record<string, number> {
  try {
    const kept: unknown = JSON.parse(raw ?? '{}');
    if (!kept || typeof kept !== 'object') return {};
    return Object.fromEntries(Object.entries(kept).filter((entry): entry is [string, number] => Number.isInteger(entry[1])));
  } catch {
    return {};
  }
}

export async function connectLrs(deps: LmsDeps, launch: LrsLaunch): Promise<void> {
  const { actor, clock, win } = deps;
  let auth: string;
  let data: LaunchData | null = null;
  try {
    auth = launch.kind === 'cmi5' ? `Basic ${await cmi5Token(win, launch)}` : launch.auth;
    if (launch.kind === 'cmi5') data = await launchData(launch, auth);
  } catch (error) {
    console.warn(`No LRS session: ${error instanceof Error ? error.message : String(error)}`);
    showNotice('lms-status', NOT_REACHED);
    return;
  }
  const base: StatementBase = {
    actor: launch.actor,
    activityId: launch.activityId ?? `urn:rules-at-play:package:${deps.packageScenario ?? 'all-scenarios'}`,
    registration: launch.registration,
    template: data?.contextTemplate ?? null,
  };
  const who = launch.registration ?? JSON.stringify(launch.actor);
  const store = localStore(win);
  const queue = new LrsQueue({
    connection: { endpoint: launch.endpoint, auth },
    store,
    key: `rules-at-play:lrs-queue:${launch.endpoint}:${who}`,
    send: (url, init) => fetch(url, init),
    later: (retry, ms) => win.setTimeout(retry, ms),
    log: (message) => console.warn(message),
    // Only the waiting notice goes when all is sent: another (the session ended) stays.
    waiting: (count) => {
      if (count) showNotice('lms-status', WAITING);
      else if (win.document.getElementById('lms-status')?.textContent === WAITING) clearNotice('lms-status');
    },
  });
  const stamp = (): Stamp => ({ id: uuidFromBytes(win.crypto.getRandomValues(new Uint8Array(16))), at: Date.now() });
  const send = (make: (at: Stamp) => Parameters<LrsQueue['add']>[0]) => void queue.add(make(stamp()));
  const session = `rules-at-play:lrs-session:${launch.kind === 'cmi5' ? launch.fetchUrl : 'xapi'}`;
  void queue.flush();
  // cmi5 allows nothing after "terminated": a reload after leaving waits for a new launch.
  if (launch.kind === 'cmi5' && sessionValue(win, session) === 'terminated') {
    showNotice('lms-status', ENDED);
    return;
  }
  if (launch.kind === 'xapi' || !sessionValue(win, session)) send((at) => initialized(base, at));
  sessionValue(win, session, 'initialized');
  const startedAt = Date.now();

  // Events already reported, per scenario, kept so a resumed save is not reported twice.
  const reportedKey = `rules-at-play:lrs-reported:${launch.endpoint}:${who}`;
  const reported = readCounts(store.get(reportedKey));
  const keepReported = () => store.set(reportedKey, JSON.stringify(reported));
  // The LRS keeps every started scenario's save too, so another device offers to continue it.
  const lrsSaves = new LrsSaves(
    { endpoint: launch.endpoint, auth },
    { activityId: base.activityId, agent: launch.actor, registration: launch.registration },
    (url, init) => fetch(url, init),
  );
  let kept = await lrsSaves.read();
  // What a save from the LRS holds was reported when it was made.
  for (const play of await resumeSaves(deps, kept, false).catch(() => []))
    reported[play.scenarioId] = Math.max(reported[play.scenarioId] ?? 0, play.events.length);
  keepReported();
  const scenario = (): Scenario | null => {
    const selected = actor.getSnapshot().context.selected;
    return selected ? { id: selected.id, title: selected.meta.title } : null;
  };

  actor.on('checkpoint', (point) => {
    const current = { id: point.scenarioId, title: point.title };
    const decisions = actor.getSnapshot().context.step?.model.decisions ?? [];
    const from = Math.min(reported[point.scenarioId] ?? 0, point.events.length);
    for (const moment of momentsSince(point.events, decisions, from))
      send((at) =>
        moment.kind === 'decision'
          ? decided(base, at, current, moment.decision, moment.choiceId)
          : named(base, at, current, moment.nth, moment.given),
      );
    reported[point.scenarioId] = reportedUpTo(point.events, decisions, from);
    keepReported();
    kept = keepSave(kept, point.scenarioId, encodeSuspend({ ...point, activeMs: clock.activeMs }));
    void lrsSaves.write(kept);
  });
  const completedKey = `rules-at-play:lrs-completed:${who}`;
  actor.on('screen', ({ screen }) => {
    const now = scenario();
    if (!now) return;
    if (screen === 'prebrief') {
      reported[now.id] = 0;
      keepReported();
    }
    if (screen !== 'debrief') return;
    reported[now.id] = 0;
    keepReported();
    kept = keepSave(kept, now.id, null);
    void lrsSaves.write(kept);
    // cmi5: completed once in a registration, and never in Browse or Review.
    if (data) {
      const counts = completionCounts(data);
      if (!counts.send || store.get(completedKey)) return;
      if (!counts.satisfies)
        console.warn(`The course asks for moveOn "${data.moveOn}"; this game has no score, so only "Completed" can be met.`);
      store.set(completedKey, 'yes');
    }
    send((at) => completed(base, at, now, clock.activeMs));
  });
  deps.journal.shareWithLms = (text) => {
    send((at) => commented(base, at, scenario(), text));
    return true;
  };
  win.addEventListener('online', () => {
    void queue.flush();
    void lrsSaves.flush();
  });
  let left = false;
  win.addEventListener('pagehide', () => {
    if (left) return;
    left = true;
    if (launch.kind === 'cmi5') sessionValue(win, session, 'terminated');
    send((at) => terminated(base, at, Date.now() - startedAt));
    queue.sendBeforeLeaving();
    void lrsSaves.flush(true);
  });
}
