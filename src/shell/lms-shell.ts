// Connects the game to a learning system (SCORM 1.2 or 2004) through the
// events the game already emits: each checkpoint (a decision, a naming, a
// rewind) reports the new decisions and keeps the save as suspend_data; the
// debrief completes; leaving the page ends the session. A saved game in the
// LMS is resumed at launch. Without an LMS the game plays as it does on the
// web, and says so once.
import type { GameActor } from '../machines/game-machine.ts';
import { decodeSuspend, encodeSuspend } from '../model/lms-suspend.ts';
import { resolveSuspended } from '../play/lms-resume.ts';
import type { StoryPort } from '../play/story-port.ts';
import { LmsSession } from '../lms/lms-session.ts';
import { findScormApi } from '../lms/scorm-api.ts';
import { clearNotice, showNotice } from '../ui/storage-notice.ts';
import type { PlayClock } from './play-clock.ts';
import type { JournalShell } from './journal-shell.ts';

export interface LmsDeps {
  actor: GameActor;
  scenarios: readonly { id: string; load: () => Promise<string> }[];
  open: (json: string) => StoryPort;
  clock: PlayClock;
  journal: JournalShell;
  win: Window;
}

const NO_LMS =
  'No learning system was found, so this game is not reporting to one: it plays as usual, and your progress is kept on this device only.';

/** Resumes the LMS's save, if it holds one this game can read; a damaged one is named and play starts afresh. */
async function resume({ actor, scenarios, open, clock }: LmsDeps, raw: string): Promise<void> {
  if (!raw) return;
  const read = decodeSuspend(raw);
  const entry = read.ok ? scenarios.find((s) => s.id === read.play.scenarioId) : undefined;
  if (!read.ok || !entry) {
    showNotice(
      'lms-status',
      read.ok ? 'The progress your learning system kept is for a scenario this package does not hold.' : read.problem,
    );
    return;
  }
  const saved = resolveSuspended(open(await entry.load()), read.play);
  clock.start(read.play.activeMs);
  actor.send({ type: 'RESUME', id: entry.id, seed: saved.seed, events: saved.events, build: saved.build });
}

export function connectLms(deps: LmsDeps): LmsSession | null {
  const { actor, clock, win } = deps;
  const api = findScormApi(win);
  const session =
    api &&
    LmsSession.start(
      api,
      () => Date.now(),
      (message) => console.warn(message),
    );
  if (!session) {
    showNotice('lms-status', NO_LMS);
    return null;
  }
  clearNotice('lms-status');
  deps.journal.shareWithLms = (text) => session.comment(text);
  let reported = 0;
  let inProgress = false;

  actor.on('checkpoint', (point) => {
    const { context } = actor.getSnapshot();
    const decisions = context.step?.model.decisions ?? [];
    const chosen = point.events.filter((e) => e.type === 'choose');
    // A rewind takes decisions back; the next one is reported afresh.
    reported = Math.min(reported, decisions.length);
    for (const decision of decisions.slice(reported)) session.decision(point.scenarioId, decision, chosen[decision.turn - 1]?.id ?? '');
    reported = decisions.length;
    inProgress = true;
    clock.touch();
    session.save(encodeSuspend({ ...point, activeMs: clock.activeMs }));
  });
  actor.on('screen', ({ screen }) => {
    if (screen === 'prebrief') reported = 0;
    if (screen !== 'debrief') return;
    inProgress = false;
    session.complete();
    // The scenario is over: there is nothing left to resume.
    session.save('');
  });
  // pagehide also fires when an LMS unloads the frame; beforeunload covers older LMS shells.
  const leave = () => session.end(inProgress);
  win.addEventListener('pagehide', leave);
  win.addEventListener('beforeunload', leave);

  const raw = session.suspended();
  // Decisions already in the LMS's save were reported in an earlier session.
  const before = decodeSuspend(raw);
  if (before.ok) reported = before.play.events.filter((e) => e.type === 'choose').length;
  resume(deps, raw).catch((error: unknown) =>
    showNotice(
      'lms-status',
      `Your progress in the learning system could not be reopened: ${error instanceof Error ? error.message : String(error)}`,
    ),
  );
  return session;
}
