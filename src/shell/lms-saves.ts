// The saves a learning system keeps (SCORM's suspend_data, or the state
// document an LRS keeps), turned back into play: every started scenario's
// save the device does not hold goes to the device's saves, so the title
// screen offers to continue it; under SCORM the latest is resumed at once.
// A damaged save, or one for a scenario this package does not hold, is named
// and play starts afresh.
import type { GameActor } from '../machines/game-machine.ts';
import { readSaves } from '../model/lms-suspend.ts';
import type { SuspendedPlay } from '../model/lms-suspend.ts';
import { resolveSuspended } from '../play/lms-resume.ts';
import type { StoryPort } from '../play/story-port.ts';
import { showNotice } from '../ui/storage-notice.ts';
import type { PlayClock } from './play-clock.ts';
import type { JournalShell } from './journal-shell.ts';
import type { SaveShell } from './save-shell.ts';

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
  /** Draws the title screen again if it shows (saves were added to it). */
  redraw: () => void;
  /** No learning system will be told anything (none found, or the launch was incomplete): the page stops saying it reports. */
  notReporting?: () => void;
}

/** Returns the saves this package can play (those it told the device or resumed). */
export async function resumeSaves(deps: LmsDeps, raw: string, resumeLatest: boolean): Promise<SuspendedPlay[]> {
  const { actor, scenarios, open, clock, saves } = deps;
  const read = readSaves(raw);
  const known = read.saves.filter((play) => scenarios.some((s) => s.id === play.scenarioId));
  if (read.problems.length || known.length < read.saves.length)
    showNotice('lms-status', read.problems[0] ?? 'The progress your learning system kept is for a scenario this package does not hold.');
  const resolve = async (play: SuspendedPlay) =>
    resolveSuspended(open(await scenarios.find((s) => s.id === play.scenarioId)!.load()), play);
  const latest = resumeLatest ? known.at(-1) : undefined;
  let added = 0;
  for (const play of latest ? known.slice(0, -1) : known) {
    if (saves.saves.get(play.scenarioId)) continue;
    const saved = await resolve(play);
    const title = actor.getSnapshot().context.scenarios.find((s) => s.id === play.scenarioId)?.meta.title ?? play.scenarioId;
    saves.checkpoint({ scenarioId: play.scenarioId, title, seed: saved.seed, events: saved.events, build: saved.build }, play.activeMs);
    added += 1;
  }
  // Only when the title gains a Continue: drawing it again moves the focus of someone already pressing a button there.
  if (added) deps.redraw();
  if (!latest) return known;
  const saved = await resolve(latest);
  clock.start(latest.activeMs);
  actor.send({ type: 'RESUME', id: latest.scenarioId, seed: saved.seed, events: saved.events, build: saved.build });
  return known;
}
