// Draws the screen the game's snapshot calls for, and only when something the
// player sees has changed. Everything it needs is handed to it.
import type { GameActor, GameEvent } from '../machines/game-machine.ts';
import type { Screen } from '../ui/screen.ts';
import { renderNav } from '../ui/nav.ts';
import type { SaveShell } from './save-shell.ts';
import type { JournalShell } from './journal-shell.ts';
import type { BackupShell } from './backup-shell.ts';
import type { Updates } from './updates.ts';
import type { PlayClock } from './play-clock.ts';
import type { Presentation } from './presentation.ts';
import type { Reporting } from '../ui/title-screen.ts';
import type * as scenarioViews from './scenario-views.ts';

/** The scenario's screens, loaded with the scenarios' details (src/shell/scenario-views.ts). */
export type ScenarioViews = typeof scenarioViews;

export interface RendererDeps {
  screen: Screen;
  actor: GameActor;
  /** How the screens' buttons reach the machine (the game's waits for a scenario's details before choosing it); the actor's own send if none. */
  send?: (event: GameEvent) => void;
  /** The scenario's screens once they are in: always before a scenario can be chosen; null before. */
  views: () => ScenarioViews | null;
  saves: SaveShell;
  journal: JournalShell;
  backup: BackupShell;
  updates: Updates;
  clock: PlayClock;
  presentation: Presentation;
  showSettings: (opener: HTMLElement | null) => void;
  pause: () => void;
  /** What the title screen says leaves the device (read at each drawing: it can change once the LMS is looked for). */
  reporting: () => Reporting;
}

export interface ScreenRenderer {
  render: () => void;
  /** Draw again on the next render even if nothing seems to have changed (after an erase, say). */
  invalidate: () => void;
}

export function createScreenRenderer({
  screen,
  actor,
  send = actor.send.bind(actor),
  views,
  saves,
  journal,
  backup,
  updates,
  clock,
  presentation,
  showSettings,
  pause,
  reporting,
}: RendererDeps): ScreenRenderer {
  let lastRendered: unknown[] | null = null;
  let lastLines: unknown = null;
  const redraw = () => {
    lastRendered = null;
    render();
  };

  function render(): void {
    const snapshot = actor.getSnapshot();
    const { context } = snapshot;
    const renderKey = [JSON.stringify(snapshot.value), context.step, context.selected, context.error, context.debrief, context.entryId];
    const scenario = views();
    if (lastRendered && renderKey.every((v, i) => v === lastRendered?.[i])) return;
    lastRendered = renderKey;
    renderNav(screen, {
      inScenario: (['prebrief', 'loading', 'playing', 'debrief'] as const).some((state) => snapshot.matches(state)),
      leave: () => send({ type: 'TITLE' }),
      settings: showSettings,
      pause,
    });
    if (snapshot.matches('title')) {
      saves.showTitle(
        screen,
        context,
        journal.count(),
        send,
        (save) => clock.start(save.activeMs),
        redraw,
        updates.ready ? () => updates.apply() : null,
        reporting(),
      );
    } else if (snapshot.matches('prebrief') && context.selected && scenario) {
      const id = context.selected.id;
      scenario.renderPrebrief(
        screen,
        context.selected.meta,
        () => {
          saves.startedAfresh(id);
          send({ type: 'BEGIN' });
        },
        () => send({ type: 'TITLE' }),
      );
    } else if (snapshot.matches('resumeCheck') && context.resumeCheck && context.selected) {
      saves.showResumeCheck(screen, context.selected.meta.title, context.resumeCheck, send);
    } else if (snapshot.matches('playing') && context.step && context.selected && scenario) {
      const freshText = context.step.lines !== lastLines;
      lastLines = context.step.lines;
      scenario.renderPlay(
        screen,
        {
          freshText,
          meta: context.selected.meta,
          section: context.section,
          scene: context.scene,
          step: context.step,
          naming: snapshot.matches({ playing: 'naming' }),
          lastChoice: context.lastChoice,
          canRewind: context.events.some((e) => e.type === 'choose'),
        },
        {
          choose: (index, why) => send({ type: 'CHOOSE', index, why }),
          name: (given) => send({ type: 'NAME', given }),
          finish: () => {
            clock.touch();
            send({ type: 'FINISH', finishedAt: new Date().toISOString(), minutes: clock.minutes() });
          },
          rewind: () => send({ type: 'REWIND' }),
        },
      );
      if (freshText) presentation.follow(context);
    } else if (snapshot.matches('debrief') && context.debrief && context.selected && scenario) {
      const id = context.selected.id;
      scenario.renderDebrief(screen, context.debrief, context.roads, {
        reflect: () => send({ type: 'REFLECT' }),
        replay: () => send({ type: 'SELECT', id }),
        toTitle: () => send({ type: 'TITLE' }),
      });
    } else if (snapshot.matches('journal') || snapshot.matches('reflection')) {
      const entryId = snapshot.matches('reflection') ? context.entryId : null;
      void journal.show(
        screen,
        { entryId, canGoToDebrief: Boolean(context.debrief) },
        send,
        // Still wanted while no other screen has been drawn since: an event that changes nothing shown (the
        // scenarios' details arriving late on a slow connection) must not cancel the journal as it loads.
        () => lastRendered === renderKey,
        redraw,
        backup,
      );
    }
  }

  return {
    render,
    invalidate: () => {
      lastRendered = null;
    },
  };
}
