// The composition root: wiring only. It makes the stores, the shells, the
// presentation and the game machine, and connects the machine's emitted
// events and snapshots to them. The state that lives for the whole page
// (settings, the open story) lives here and nowhere else.
import { createActor, fromPromise } from 'xstate';
import { cards } from 'virtual:scenario-cards';
import type { CatalogueEntry } from 'virtual:story-catalogue';
import { pwaInfo } from 'virtual:pwa-info';
import { createGameMachine } from './machines/game-machine.ts';
import type { GameEvent, LoadStoryInput } from './machines/game-machine.ts';
import type { StoryPort } from './play/story-port.ts';
import type { InkStory } from './story/story-runner.ts';
import { findScreen } from './ui/screen.ts';
import { openPauseMenu, openSupport } from './ui/pause-menu.ts';
import { openSettings } from './ui/settings-dialog.ts';
import type { Reporting } from './ui/title-screen.ts';
import { DeviceStore } from './persistence/key-value-store.ts';
import { parseSettings } from './model/settings.ts';
import { byScenarioOrder } from './model/scenario.ts';
import type { Settings } from './model/settings.ts';
import { SaveShell } from './shell/save-shell.ts';
import { JournalShell } from './shell/journal-shell.ts';
import { createFileExports } from './shell/file-exports.ts';
import { BackupShell } from './shell/backup-shell.ts';
import { Updates, askToKeepStorage } from './shell/updates.ts';
import { showNotice } from './ui/storage-notice.ts';
import { PlayClock } from './shell/play-clock.ts';
import { Presentation } from './shell/presentation.ts';
import { createScreenRenderer } from './shell/screen-renderer.ts';
import type { ScenarioViews } from './shell/screen-renderer.ts';

const screen = findScreen();
// An LMS package for one scenario names it on the page (tools/lms/package.ts); the others offer every scenario.
const onlyScenario = import.meta.env.MODE === 'lms' ? document.documentElement.dataset.lmsScenario : undefined;
const scenarios = [...cards].filter((s) => !onlyScenario || s.id === onlyScenario).sort(byScenarioOrder);
const store = new DeviceStore(() => window.localStorage);
const saves = new SaveShell(store, (id) => scenarios.find((s) => s.id === id)?.meta.title ?? id);
const journal = new JournalShell(store, () => saves.report(), createFileExports());
const clock = new PlayClock(() => performance.now());
let settings: Settings = parseSettings(store.get('settings'));
const presentation = new Presentation(
  document.getElementById('stage'),
  () => settings,
  () => window.matchMedia('(prefers-reduced-motion: reduce)').matches,
);

/** `keep` false after an erase: the defaults apply without writing anything back. */
function applySettings(next: Settings, keep = true): void {
  settings = next;
  if (keep) saves.write('settings', JSON.stringify(next));
  presentation.applySettings(next);
  document.documentElement.dataset.theme = next.contrast ? 'contrast' : 'standard';
}
applySettings(settings, false);
saves.report();
const backup = new BackupShell(store, journal, saves, (restored) => applySettings(restored));

// Once the journal holds something to lose, ask the browser to keep it; if it will not, say so once.
const keepStorage = () =>
  askToKeepStorage(() => {
    if (store.get('told:storage-not-kept')) return;
    saves.write('told:storage-not-kept', new Date().toISOString());
    showNotice(
      'storage-not-kept',
      'This browser has not agreed to keep the game’s storage for good: if the device runs very short of space, it may clear it. Your journal is safe for now. To be sure, download a backup from your journal now and then.',
    );
  });

// The machine keeps the story as JSON; the open story is reused while the JSON is the same one.
// inkjs arrives with the first story, so the title screen never waits for it.
let Ink: typeof InkStory | null = null;
let openStory: { json: string; story: StoryPort } | null = null;
const open = (json: string): StoryPort => {
  if (!Ink) throw new Error('The story engine has not loaded.');
  if (openStory?.json !== json) openStory = { json, story: new Ink(json) };
  return openStory.story;
};

const storyEngine = () => (Ink ? Promise.resolve(Ink) : import('./story/story-runner.ts').then((runner) => runner.InkStory));

// The title needs only each scenario's card; the rest of its meta (and its
// story's loader) is in the catalogue's own chunk, fetched once the title is
// usable and at the latest when a scenario is chosen. The machine is told
// each scenario's details when they arrive (DETAILS).
// The scenario's screens come in the same step, so they are here before one can be chosen.
let details: CatalogueEntry[] | null = null;
let views: ScenarioViews | null = null;
let detailsComing: Promise<CatalogueEntry[]> | null = null;
function fetchDetails(): Promise<CatalogueEntry[]> {
  detailsComing ??= Promise.all([import('virtual:story-catalogue'), import('./shell/scenario-views.ts')]).then(
    ([{ catalogue }, screens]) => {
      const shown = catalogue.filter((entry) => scenarios.some((s) => s.id === entry.id));
      views = screens;
      details = shown;
      actor.send({ type: 'DETAILS', scenarios: shown.map(({ id, meta }) => ({ id, meta })) });
      return shown;
    },
    (error: unknown) => {
      // Asked again at the next choice: the connection may be back.
      detailsComing = null;
      throw error;
    },
  );
  return detailsComing;
}
/**
 * Choosing or resuming a scenario needs its details: sent at once when they
 * are here (almost always: they are fetched as soon as the title is drawn),
 * else once they arrive or fail (the machine then says the briefing did not
 * download).
 */
function send(event: GameEvent): void {
  if (details || (event.type !== 'SELECT' && event.type !== 'RESUME')) {
    actor.send(event);
    return;
  }
  void fetchDetails().then(
    () => actor.send(event),
    () => actor.send(event),
  );
}

// A story is a fetched file, not a module the page keeps: the one fetched
// ahead is held only until its scenario begins (or the title shows again),
// so no finished scenario's story stays in memory (issue 19, target 5).
let ahead: { id: string; json: Promise<string> } | null = null;
/** While the player reads the briefing, the story and its engine download (a failure shows when they begin). */
function fetchAhead(id: string | undefined): void {
  const entry = details?.find((s) => s.id === id);
  ahead = entry ? { id: entry.id, json: entry.load() } : null;
  Promise.all([ahead?.json, storyEngine()]).catch(() => undefined);
}
function storyJson(entry: CatalogueEntry): Promise<string> {
  const json = ahead?.id === entry.id ? ahead.json : entry.load();
  ahead = null;
  return json;
}

// The machine asks for a story by id; the shell fetches its file (and, the
// first time, the story engine) and answers with the JSON. A failed download
// is put in the player's words, not the browser's.
const loadStory = fromPromise<string, LoadStoryInput>(async ({ input }) => {
  const entry = (details ?? []).find((s) => s.id === input.id);
  if (!entry) throw new Error(`There is no scenario called "${input.id}".`);
  const [json, engine] = await Promise.all([storyJson(entry), storyEngine()]).catch(() => {
    throw new Error('Its story did not download. Check the connection to the page and try again; nothing has been lost.');
  });
  Ink = engine;
  return json;
});

// Each session gets its own seed, recorded in the save so replays match.
const actor = createActor(createGameMachine(open).provide({ actors: { loadStory } }), {
  input: { scenarios, seed: Math.floor(Math.random() * 1_000_000) + 1 },
});

// Autosave after every decision; a failed write keeps play going in memory.
actor.on('checkpoint', ({ type: _type, ...point }) => {
  clock.touch();
  saves.checkpoint(point, clock.activeMs);
});
// A finished scenario goes into the journal, and its save is done with.
actor.on('finished', ({ entry }) => {
  journal.keep(entry);
  saves.remove(entry.scenarioId);
  keepStorage();
});
actor.on('lines', ({ lines }) => {
  if (lines.some((l) => l.tags.timeskip)) presentation.cue('timeskip');
});
actor.on('chosen', () => presentation.cue('choice'));
actor.on('screen', ({ screen: name }) => {
  const id = actor.getSnapshot().context.selected?.id;
  // Back at the title, the last scenario's story is let go: the next one opens afresh.
  if (name === 'title') [openStory, ahead] = [null, null];
  if (name === 'prebrief') {
    clock.start();
    fetchAhead(id);
  }
  presentation.screen(name);
  // The save being resumed is kept aside, unchanged, before anything is saved over it.
  if (name === 'resume-check' && id) saves.keepAsideForCheck(id);
});
presentation.startSoundOnFirstGesture(window, `${import.meta.env.BASE_URL}audio/`);

// An LMS package reports progress to its learning system (src/lms); the web game sends nothing, and says so.
// It says "nothing is sent" again if no learning system turns out to be there.
let reporting: Reporting = import.meta.env.MODE === 'lms' ? 'learning-system' : 'nothing';

const showSettings = (opener: HTMLElement | null) =>
  openSettings(
    settings,
    (next) => applySettings(next),
    opener,
    () => {
      saves.eraseEverything();
      journal.forget();
      applySettings(parseSettings(null), false);
      actor.send({ type: 'TITLE' });
      renderer.invalidate();
      renderer.render();
    },
    reporting,
  );

function pause(): void {
  const snapshot = actor.getSnapshot();
  openPauseMenu({
    inScenario: snapshot.matches('playing'),
    canRewind: snapshot.context.events.some((e) => e.type === 'choose'),
    rewind: () => actor.send({ type: 'REWIND' }),
    support: openSupport,
    settings: () => showSettings(null),
    leave: () => actor.send({ type: 'TITLE' }),
  });
}
window.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && !document.querySelector('dialog[open]')) {
    event.preventDefault();
    pause();
  }
});

// A new version waits for the player on the title screen; it is drawn there as soon as it is ready.
const updates = new Updates();
/** Draws the title screen again if it is showing (a save, an update or the words about what is sent changed). */
function redrawTitle(): void {
  if (!actor.getSnapshot().matches('title')) return;
  renderer.invalidate();
  renderer.render();
}
updates.onReady(redrawTitle);

const renderer = createScreenRenderer({
  screen,
  actor,
  send,
  views: () => views,
  saves,
  journal,
  backup,
  updates,
  clock,
  presentation,
  showSettings,
  pause,
  reporting: () => reporting,
});

// Another tab erased everything: this one forgets what it held and writes nothing from before.
saves.followOtherTabs(() => {
  journal.forget();
  actor.send({ type: 'TITLE' });
}, redrawTitle);

actor.subscribe(renderer.render);
actor.start();
// The title's buttons work from here on: the bench measures the scripts loaded until this mark (scripts/bench/lighthouse.mjs).
performance.mark('title-usable');
// A press on the title the HTML drew, made before these scripts were in (the built page's inline start
// script keeps the button's words: tools/page/inline-start-plugin.ts), is carried out now.
const earlyPress = (window as { takeEarlyPress?: () => string | null }).takeEarlyPress?.();
if (earlyPress) [...document.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === earlyPress)?.click();
fetchDetails().catch(() => undefined);
// Only the LMS build (vite --mode lms) looks for a learning system; the web build leaves it out entirely.
if (import.meta.env.MODE === 'lms')
  // It resumes a save from the learning system at once, so the story engine comes with it.
  void Promise.all([import('./shell/lms-shell.ts'), storyEngine(), fetchDetails()]).then(([{ connectLms }, engine, shown]) => {
    Ink = engine;
    connectLms({
      actor,
      scenarios: shown,
      open,
      clock,
      journal,
      saves,
      win: window,
      packageScenario: onlyScenario,
      redraw: redrawTitle,
      notReporting: () => {
        reporting = 'nothing';
        redrawTitle();
      },
    });
  });
window.setTimeout(() => journal.prefetch(), 2000);
// Only where the build made a service worker: development and LMS packages have none (tools/pwa/pwa-options.ts).
// An LMS package keeps no service worker and carries no code that registers one (tools/lms checks):
// the mode is fixed at build time, so this line is not in that build at all.
if (import.meta.env.MODE !== 'lms' && pwaInfo)
  updates.start(`${import.meta.env.BASE_URL}sw.js`, import.meta.env.BASE_URL, (url, scope) =>
    navigator.serviceWorker.register(url, { scope }),
  );
if (journal.count()) keepStorage();
