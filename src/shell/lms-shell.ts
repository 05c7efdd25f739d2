// Connects the game to a learning system through the events the game
// already emits. A launch URL that names an LRS (cmi5, or plain xAPI) goes to
// lrs-shell; otherwise SCORM 1.2 or 2004: each checkpoint (a decision, a
// naming, a rewind) reports the new decisions and keeps the save as
// suspend_data (one save per started scenario, so the list package resumes
// each); the debrief completes; leaving the page ends the session. The latest
// save in the LMS is resumed at launch, the others wait on the title screen.
// Without an LMS the game plays as it does on the web, and says so once.
import { encodeSuspend, keepSave, readSaves } from '../model/lms-suspend.ts';
import { LmsSession } from '../lms/lms-session.ts';
import { findScormApi } from '../lms/scorm-api.ts';
import { readLaunch } from '../lms/xapi-launch.ts';
import { clearNotice, showNotice } from '../ui/storage-notice.ts';
import { connectLrs } from './lrs-shell.ts';
import { resumeSaves } from './lms-saves.ts';
import type { LmsDeps } from './lms-saves.ts';

export type { LmsDeps } from './lms-saves.ts';

const NO_LMS =
  'No learning system was found, so this game is not reporting to one: it plays as usual, and your progress is kept on this device only.';

export function connectLms(deps: LmsDeps): LmsSession | null {
  const { actor, clock, win } = deps;
  const launch = readLaunch(win.location.search);
  if (launch.problem) {
    showNotice('lms-status', launch.problem);
    deps.notReporting?.();
  }
  if (launch.launch) void connectLrs(deps, launch.launch);
  if (launch.problem || launch.launch) return null;
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
    deps.notReporting?.();
    return null;
  }
  clearNotice('lms-status');
  deps.journal.shareWithLms = (text) => session.comment(text);
  // Every started scenario's save, as suspend_data holds them.
  let kept = session.suspended();
  // Decisions reported, per scenario: those in the LMS's saves were reported in an earlier session.
  const reported = new Map(readSaves(kept).saves.map((play) => [play.scenarioId, play.events.filter((e) => e.type === 'choose').length]));

  actor.on('checkpoint', (point) => {
    const { context } = actor.getSnapshot();
    const decisions = context.step?.model.decisions ?? [];
    const chosen = point.events.filter((e) => e.type === 'choose');
    // A rewind takes decisions back; the next one is reported afresh.
    const from = Math.min(reported.get(point.scenarioId) ?? 0, decisions.length);
    for (const decision of decisions.slice(from)) session.decision(point.scenarioId, decision, chosen[decision.turn - 1]?.id ?? '');
    reported.set(point.scenarioId, decisions.length);
    clock.touch();
    kept = keepSave(kept, point.scenarioId, encodeSuspend({ ...point, activeMs: clock.activeMs }));
    session.save(kept);
  });
  actor.on('screen', ({ screen }) => {
    const id = actor.getSnapshot().context.selected?.id ?? '';
    if (screen === 'prebrief') reported.set(id, 0);
    if (screen !== 'debrief') return;
    session.complete();
    // The scenario is over: there is nothing left to resume of it (others may still wait).
    kept = keepSave(kept, id, null);
    session.save(kept);
  });
  // pagehide also fires when an LMS unloads the frame; beforeunload covers older LMS shells.
  const leave = () => session.end(kept !== '');
  win.addEventListener('pagehide', leave);
  win.addEventListener('beforeunload', leave);

  resumeSaves(deps, kept, true).catch((error: unknown) =>
    showNotice(
      'lms-status',
      `Your progress in the learning system could not be reopened: ${error instanceof Error ? error.message : String(error)}`,
    ),
  );
  return session;
}
