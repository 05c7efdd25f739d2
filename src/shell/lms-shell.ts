// Connects the game to a learning system through the events the game
// already emits. A launch URL that names an LRS (cmi5, or plain xAPI) goes to
// lrs-shell; otherwise SCORM 1.2 or 2004: each checkpoint (a decision, a
// naming, a rewind) reports the new decisions and keeps the save as
// suspend_data (one save per started scenario, so the list package resumes
// each); the debrief completes; leaving the page ends the session. The latest
// save in the LMS is resumed at launch, the others wait on the title screen.
// Without an LMS the game plays as it does on the web, and says so once.
import type { GameActor } from '../machines/game-machine.ts';
import { encodeSuspend, keepSave, readSaves } from '../model/lms-suspend.ts';
import type { SuspendedPlay } from '../model/lms-suspend.ts';
import { resolveSuspended } from '../play/lms-resume.ts';
import type { StoryPort } from '../play/story-port.ts';
import { LmsSession } from '../lms/lms-session.ts';
import { findScormApi } from '../lms/scorm-api.ts';
import { readLaunch } from '../lms/xapi-launch.ts';
import { clearNotice, showNotice } from '../ui/storage-notice.ts';
import type { PlayClock } from './play-clock.ts';
import type { JournalShell } from './journal-shell.ts';
import type { SaveShell } from './save-shell.ts';
import { connectLrs } from './lrs-shell.ts';

export interface LmsDeps {
  actor: GameActor;
  scenarios: readonly { id: string; load: () => Promise<string> }[];
  open: (json: string) => StoryPort;
  clock: PlayClock;
  journal: JournalShell;
  saves: SaveShell;
  win: Window;
  /** The scenario a one-scenario package holds. */
  packageScenario: string | undefined;
}

const NO_LMS =
  'No learning system was found, so this game is not reporting to one: it plays as usual, and your progress is kept on this device only.';

/**
 * Resumes the latest of the LMS's saves; each other scenario's save goes to
 * the device's saves (unless the device holds one), so the title screen
 * offers to continue it. A damaged save or one for a scenario this package
 * does not hold is named, and play starts afresh.
 */
async function resume({ actor, scenarios, open, clock, saves }: LmsDeps, raw: string): Promise<void> {
  const read = readSaves(raw);
  const known = read.saves.filter((play) => scenarios.some((s) => s.id === play.scenarioId));
  if (read.problems.length || known.length < read.saves.length)
    showNotice('lms-status', read.problems[0] ?? 'The progress your learning system kept is for a scenario this package does not hold.');
  const resolve = async (play: SuspendedPlay) =>
    resolveSuspended(open(await scenarios.find((s) => s.id === play.scenarioId)!.load()), play);
  const latest = known.at(-1);
  for (const play of known.slice(0, -1)) {
    if (saves.saves.get(play.scenarioId)) continue;
    const saved = await resolve(play);
    const title = actor.getSnapshot().context.scenarios.find((s) => s.id === play.scenarioId)?.meta.title ?? play.scenarioId;
    saves.checkpoint({ scenarioId: play.scenarioId, title, seed: saved.seed, events: saved.events, build: saved.build }, play.activeMs);
  }
  if (!latest) return;
  const saved = await resolve(latest);
  clock.start(latest.activeMs);
  actor.send({ type: 'RESUME', id: latest.scenarioId, seed: saved.seed, events: saved.events, build: saved.build });
}

export function connectLms(deps: LmsDeps): LmsSession | null {
  const { actor, clock, win } = deps;
  const launch = readLaunch(win.location.search);
  if (launch.problem) showNotice('lms-status', launch.problem);
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

  resume(deps, kept).catch((error: unknown) =>
    showNotice(
      'lms-status',
      `Your progress in the learning system could not be reopened: ${error instanceof Error ? error.message : String(error)}`,
    ),
  );
  return session;
}
