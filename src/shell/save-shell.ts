// Wires saved games to the device and to the game's other open tabs. Each
// tab remembers the revision of each save it last wrote or resumed from and
// writes only over that (compare-and-set), so two tabs playing one scenario
// never silently replace each other's decisions; "erase everything" is
// announced to the other tabs, which stop writing at once; and a write the
// device refuses is held in memory, named to the player, and retried.
import type { GameContext, GameEmitted, GameEvent } from '../machines/game-machine.ts';
import type { ResumeCheck } from '../play/resume.ts';
import { renderTitle } from '../ui/title-screen.ts';
import type { Reporting } from '../ui/title-screen.ts';
import { renderResumeCheck } from '../ui/resume-check-screen.ts';
import type { Screen } from '../ui/screen.ts';
import { SAVE_VERSION } from '../model/save-schema.ts';
import type { SaveGame } from '../model/save-schema.ts';
import type { DeviceStore } from '../persistence/key-value-store.ts';
import { eraseDevice } from '../persistence/key-value-store.ts';
import { SaveStore } from '../persistence/save-store.ts';
import { TabSync } from '../persistence/tab-sync.ts';
import type { TabMessage } from '../persistence/tab-sync.ts';
import { clearNotice, showNotice, showStorageWarning, storageRecovered } from '../ui/storage-notice.ts';

type Checkpoint = Omit<Extract<GameEmitted, { type: 'checkpoint' }>, 'type'>;

const RETRY_MS = 3000;
const decisions = (events: SaveGame['events']) => events.filter((e) => e.type === 'choose').length;
const count = (n: number) => `${n} decision${n === 1 ? '' : 's'}`;

export class SaveShell {
  readonly saves: SaveStore;
  readonly tabs = new TabSync();
  /** The revision of each save this tab last wrote or resumed from; absent: the next write takes the slot over. */
  private readonly expected = new Map<string, string>();
  private readonly tabId = Math.random().toString(36).slice(2, 10);
  private retrying: number | null = null;

  constructor(
    private readonly store: DeviceStore,
    private readonly titleOf: (scenarioId: string) => string,
  ) {
    this.saves = new SaveStore(store);
    this.tabs.on((message) => {
      if (message.type === 'erased') this.erasedElsewhere();
      // Another tab may have freed space: try held writes again.
      else this.retry();
    });
  }

  /**
   * `erased` runs when another tab erases everything; `redraw` when lists
   * may have changed elsewhere, at a moment that does not pull focus from a
   * player using this tab (and again shortly after an erase, as this tab's
   * view of storage can lag behind the message).
   */
  followOtherTabs(erased: () => void, redraw: () => void): void {
    let stale = false;
    this.tabs.on((message: TabMessage) => {
      if (message.type === 'erased') {
        erased();
        redraw();
        window.setTimeout(redraw, 500);
      } else if (document.hidden || !document.hasFocus()) redraw();
      else stale = true;
    });
    window.addEventListener('focus', () => {
      if (!stale) return;
      stale = false;
      redraw();
    });
  }

  resumed(save: SaveGame): void {
    this.expected.set(save.scenarioId, save.rev);
  }

  /** A scenario begun afresh takes its save slot over, as a single tab always has. */
  startedAfresh(scenarioId: string): void {
    this.expected.delete(scenarioId);
    clearNotice('tab-conflict');
    clearNotice('erased-elsewhere');
  }

  checkpoint(point: Checkpoint, activeMs: number): void {
    const { scenarioId, title, seed, events, build } = point;
    if (!this.expected.has(scenarioId)) this.keepEarlier(scenarioId, title);
    const written = this.saves.save({ scenarioId, title, seed, events, build, activeMs }, this.expected.get(scenarioId));
    if (written.result === 'saved' || written.result === 'memory') {
      this.expected.set(scenarioId, written.rev);
      this.tabs.announce({ type: 'saved', scenarioId });
    } else if (written.result === 'conflict' && written.stored) {
      // Keep this tab's playthrough too, beside the other tab's, and say so.
      const mine: SaveGame = {
        version: SAVE_VERSION,
        scenarioId,
        title,
        seed,
        events,
        build,
        activeMs,
        savedAt: new Date().toISOString(),
        rev: 'kept-aside',
      };
      this.saves.keepAside(mine, `tab-${this.tabId}`);
      showNotice(
        'tab-conflict',
        `"${title}" is also being played in another tab, which saved it after this tab last did (${count(decisions(written.stored.events))} there). So that neither tab loses a decision, that save is left as it is, and this tab's ${count(decisions(events))} are kept aside on this device. To carry on from the other tab's save, go back to the scenarios and choose Continue.`,
        'alert',
      );
    } else {
      showNotice(
        'tab-conflict',
        `"${title}" was finished, started again or erased in another tab, so this tab no longer saves it.`,
        'alert',
      );
    }
    this.report();
  }

  /** Any other value the game keeps (settings), with the player told if it stays in memory. */
  write(key: string, value: string): void {
    this.store.set(key, value);
    this.report();
  }

  /** A fresh start over a save with decisions in it (another tab's, or one passed over) keeps that save aside, and says so. */
  private keepEarlier(scenarioId: string, title: string): void {
    const earlier = this.saves.get(scenarioId);
    if (!earlier || !decisions(earlier.events)) return;
    this.saves.keepAside(earlier);
    showNotice(
      'tab-conflict',
      `An earlier saved game of "${title}" (${count(decisions(earlier.events))}, saved in this or another tab) has been kept aside on this device, unchanged. This new start is now the one to continue.`,
    );
  }

  /** Keeps the save being resumed aside, unchanged, before an edited story changes it. */
  keepAsideForCheck(scenarioId: string): void {
    const save = this.saves.get(scenarioId);
    if (save) this.saves.keepAside(save);
  }

  remove(scenarioId: string): void {
    this.saves.remove(scenarioId);
    this.expected.delete(scenarioId);
    this.tabs.announce({ type: 'saved', scenarioId });
  }

  /** Erases everything here and tells every other tab at once. */
  eraseEverything(): void {
    eraseDevice(this.store);
    this.expected.clear();
    this.tabs.announce({ type: 'erased' });
    this.report();
  }

  /** Another tab erased everything: forget what this tab held, and write nothing from before. */
  erasedElsewhere(): void {
    this.store.dropUnsaved();
    this.expected.clear();
    clearNotice('storage-warning');
    clearNotice('tab-conflict');
    showNotice(
      'erased-elsewhere',
      'Everything the game kept on this device was erased in another tab. This tab has gone back to the start and keeps nothing from before.',
      'alert',
    );
  }

  retry(): void {
    if (this.store.unsaved().length) {
      this.store.retry();
      this.report();
    }
  }

  /** Names what is held only in memory, or says all is saved again; keeps retrying while anything is held. */
  report(): void {
    const unsaved = this.store.unsaved();
    if (!this.store.available) {
      showStorageWarning();
      return;
    }
    if (unsaved.length) {
      showStorageWarning(unsaved.map((key) => this.describe(key)));
      this.retrying ??= window.setInterval(() => this.retry(), RETRY_MS);
      return;
    }
    if (this.retrying !== null) {
      window.clearInterval(this.retrying);
      this.retrying = null;
    }
    storageRecovered();
  }

  /** The title screen, with the saves in progress (and those whose scenario is gone). */
  showTitle(
    screen: Screen,
    context: GameContext,
    journalEntries: number,
    send: (event: GameEvent) => void,
    resuming: (save: SaveGame) => void,
    redraw: () => void,
    update: (() => void) | null = null,
    reporting: Reporting = 'nothing',
  ): void {
    const { saves: inProgress, problems } = this.saves.list();
    renderTitle(screen, {
      scenarios: context.scenarios,
      error: context.error,
      inProgress,
      problems,
      select: (id) => send({ type: 'SELECT', id }),
      resume: (save) => {
        resuming(save);
        this.resumed(save);
        send({ type: 'RESUME', id: save.scenarioId, seed: save.seed, events: save.events, build: save.build });
      },
      journalEntries,
      openJournal: () => send({ type: 'JOURNAL' }),
      update,
      reporting,
      restart: (id) => {
        this.remove(id);
        send({ type: 'SELECT', id });
      },
      deleteSave: (id) => {
        this.remove(id);
        redraw();
      },
    });
  }

  showResumeCheck(screen: Screen, title: string, check: ResumeCheck, send: (event: GameEvent) => void): void {
    renderResumeCheck(screen, title, check, {
      keepMatching: () => send({ type: 'KEEP_MATCHING' }),
      startAgain: () => send({ type: 'START_AGAIN' }),
      toTitle: () => send({ type: 'TITLE' }),
    });
  }

  private describe(key: string): string {
    if (key.startsWith('save:')) return `your progress in "${this.titleOf(key.slice(5))}"`;
    if (key.startsWith('journal:')) return 'a journal entry';
    if (key === 'settings') return 'your settings';
    return 'a saved game kept aside';
  }
}
