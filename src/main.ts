// The composition root: the one file that wires the machines to the story,
// the views, the stage, sound and storage.
import { createActor } from 'xstate';
import { catalogue } from 'virtual:story-catalogue';
import { gameMachine } from './machines/game-machine.ts';
import type { StoryLine, StoryPort } from './machines/story-port.ts';
import { InkStory } from './story/story-runner.ts';
import { findScreen } from './ui/screen.ts';
import { renderPrebrief } from './ui/prebrief-screen.ts';
import { renderPlay } from './ui/play-screen.ts';
import { renderDebrief } from './ui/debrief-screen.ts';
import { renderNav } from './ui/nav.ts';
import { openPauseMenu, openSupport } from './ui/pause-menu.ts';
import { hideCaption, openSettings, showCaption } from './ui/settings-dialog.ts';
import { openStage } from './scenes/room-loader.ts';
import type { Stage } from './scenes/room-loader.ts';
import { CAPTIONS, NullAudio } from './audio/audio-port.ts';
import type { AudioPort, Cue } from './audio/audio-port.ts';
import { DeviceStore } from './persistence/key-value-store.ts';
import { SaveShell } from './save-shell.ts';
import { parseSettings } from './model/settings.ts';
import type { Settings } from './model/settings.ts';
import { startActiveTime, tick } from './model/active-time.ts';
import { minutesOf } from './model/journal.ts';
import { JournalShell } from './journal-shell.ts';

const screen = findScreen();
const scenarios = [...catalogue].sort((a, b) => a.meta.order - b.meta.order || a.meta.title.localeCompare(b.meta.title));
const store = new DeviceStore(() => window.localStorage);
const saveShell = new SaveShell(store, (id) => scenarios.find((s) => s.id === id)?.meta.title ?? id);
const journal = new JournalShell(store, () => saveShell.report());
// Time spent in the current scenario, for the CPD record.
let activeTime = startActiveTime();
const touch = () => { activeTime = tick(activeTime, performance.now()); };
let settings: Settings = parseSettings(store.get('settings'));
document.documentElement.dataset.theme = settings.contrast ? 'contrast' : 'standard';
saveShell.report();

// Each session gets its own seed, recorded in the save so replays match.
const actor = createActor(gameMachine, {
  input: { scenarios: scenarios.map(({ id, meta }) => ({ id, meta })), seed: Math.floor(Math.random() * 1_000_000) + 1 },
});

// The machine asks for a story; the shell fetches its chunk and opens it.
actor.on('load', ({ id }) => {
  const entry = scenarios.find((s) => s.id === id);
  (entry ? entry.load() : Promise.reject(new Error(`There is no scenario called "${id}".`)))
    .then((json) => actor.send({ type: 'LOADED', story: new InkStory(json) as StoryPort }))
    .catch((error: unknown) => actor.send({ type: 'LOAD_FAILED', message: error instanceof Error ? error.message : String(error) }));
});

// Autosave after every decision; a failed write keeps play going in memory.
actor.on('checkpoint', ({ type: _type, ...point }) => {
  touch();
  saveShell.checkpoint(point, activeTime.activeMs);
});
actor.on('finished', ({ entry }) => journal.keep(entry));

let audio: AudioPort = new NullAudio();
let place: string | null = null;

/** `keep` false after an erase: the defaults apply without writing anything back. */
function applySettings(next: Settings, keep = true): void {
  settings = next;
  if (keep) saveShell.write('settings', JSON.stringify(next));
  audio.setMuted(next.muted);
  audio.setVolume(next.volume);
  document.documentElement.dataset.theme = next.contrast ? 'contrast' : 'standard';
}

function play(cue: Cue): void {
  audio.play(cue);
  const caption = CAPTIONS[cue];
  if (caption && settings.captions && !settings.muted) showCaption(caption);
}

// Sound starts only after the player's first gesture, as browsers require.
const startAudio = () => {
  window.removeEventListener('pointerdown', startAudio);
  window.removeEventListener('keydown', startAudio);
  import('./audio/howler-audio.ts')
    .then(({ HowlerAudio }) => {
      audio = new HowlerAudio(`${import.meta.env.BASE_URL}audio/`);
      audio.setMuted(settings.muted);
      audio.setVolume(settings.volume);
      audio.ambience(place);
    })
    .catch(() => { /* Sound is optional: play goes on without it. */ });
};
window.addEventListener('pointerdown', startAudio);
window.addEventListener('keydown', startAudio);

let stage: Stage | null = null;
let presentBefore: readonly string[] = [];
const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;
const lastSpeaker = (lines: StoryLine[]) => [...lines].reverse().find((l) => l.tags.speaker)?.tags.speaker ?? null;

actor.on('lines', ({ lines }) => {
  if (lines.some((l) => l.tags.timeskip)) play('timeskip');
});
actor.on('chosen', () => play('choice'));
actor.on('screen', ({ screen: name }) => {
  if (name === 'prebrief') activeTime = startActiveTime();
  if (name !== 'playing') hideCaption();
  if (name === 'title' || name === 'prebrief' || name === 'journal' || name === 'reflection') {
    place = null;
    audio.ambience(null);
    stage?.close();
    stage = null;
    presentBefore = [];
  }
  const id = actor.getSnapshot().context.selected?.id;
  if (name === 'debrief' && id) saveShell.remove(id);
  // The save being resumed is kept aside, unchanged, before anything is saved over it.
  if (name === 'resume-check' && id) saveShell.keepAsideForCheck(id);
});

/** Keeps the picture in step with the story; it never carries meaning the text lacks. */
function updateStage(): void {
  const { context } = actor.getSnapshot();
  if (!context.step || !context.selected) return;
  stage ??= openStage(document.getElementById('stage'));
  stage.show({
    meta: context.selected.meta,
    model: context.step.model,
    scene: context.scene,
    timeskip: context.step.lines.some((l) => l.tags.timeskip),
    speaker: lastSpeaker(context.step.lines),
    previouslyPresent: presentBefore,
    reducedMotion: reducedMotion(),
  });
  presentBefore = context.step.model.present;
  place = context.scene && context.scene !== 'room' ? context.selected.meta.place || context.scene : 'room';
  audio.ambience(place);
}

const showSettings = (opener: HTMLElement | null) => openSettings(settings, (next) => applySettings(next), opener, () => {
  saveShell.eraseEverything();
  journal.forget();
  applySettings(parseSettings(null), false);
  actor.send({ type: 'TITLE' });
  lastRendered = null;
  render();
});

function pause(): void {
  const snapshot = actor.getSnapshot();
  const inScenario = snapshot.matches('playing');
  openPauseMenu({
    inScenario,
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

function drawNav(inScenario: boolean): void {
  renderNav(screen, {
    inScenario,
    leave: () => actor.send({ type: 'TITLE' }),
    settings: showSettings,
    pause,
  });
}

let lastRendered: unknown = null;
let lastLines: unknown = null;

function render(): void {
  const snapshot = actor.getSnapshot();
  const { context } = snapshot;
  // Re-render only when something the player sees has changed.
  const renderKey = [JSON.stringify(snapshot.value), context.step, context.selected, context.error, context.debrief, context.entryId];
  if (lastRendered && renderKey.every((v, i) => v === (lastRendered as unknown[])[i])) return;
  lastRendered = renderKey;
  drawNav((['prebrief', 'loading', 'playing', 'debrief'] as const).some((state) => snapshot.matches(state)));
  if (snapshot.matches('title')) {
    saveShell.showTitle(screen, context, journal.count(), actor.send.bind(actor), (save) => { activeTime = startActiveTime(save.activeMs); }, () => {
      lastRendered = null;
      render();
    });
  } else if (snapshot.matches('prebrief') && context.selected) {
    const id = context.selected.id;
    renderPrebrief(screen, context.selected.meta, () => {
      saveShell.startedAfresh(id);
      actor.send({ type: 'BEGIN' });
    }, () => actor.send({ type: 'TITLE' }));
  } else if (snapshot.matches('resumeCheck') && context.resumeCheck && context.selected) {
    saveShell.showResumeCheck(screen, context.selected.meta.title, context.resumeCheck, actor.send.bind(actor));
  } else if (snapshot.matches('playing') && context.step && context.selected) {
    const freshText = context.step.lines !== lastLines;
    lastLines = context.step.lines;
    renderPlay(screen, {
      freshText,
      meta: context.selected.meta,
      section: context.section,
      scene: context.scene,
      step: context.step,
      naming: snapshot.matches({ playing: 'naming' }),
      lastChoice: context.lastChoice,
      canRewind: context.events.some((e) => e.type === 'choose'),
    }, {
      choose: (index, why) => actor.send({ type: 'CHOOSE', index, why }),
      name: (given) => actor.send({ type: 'NAME', given }),
      finish: () => {
        touch();
        actor.send({ type: 'FINISH', finishedAt: new Date().toISOString(), minutes: minutesOf(activeTime.activeMs) });
      },
      rewind: () => actor.send({ type: 'REWIND' }),
    });
    if (freshText) updateStage();
  } else if (snapshot.matches('debrief') && context.debrief && context.selected) {
    const id = context.selected.id;
    renderDebrief(screen, context.debrief, context.roads, {
      reflect: () => actor.send({ type: 'REFLECT' }),
      replay: () => actor.send({ type: 'SELECT', id }),
      toTitle: () => actor.send({ type: 'TITLE' }),
    });
  } else if (snapshot.matches('journal') || snapshot.matches('reflection')) {
    const entryId = snapshot.matches('reflection') ? context.entryId : null;
    void journal.show(screen, { entryId, canGoToDebrief: Boolean(context.debrief) }, actor.send.bind(actor),
      () => actor.getSnapshot() === snapshot, () => { lastRendered = null; render(); });
  }
}

// Another tab erased everything: this one forgets what it held and writes nothing from before.
saveShell.followOtherTabs(() => {
  journal.forget();
  actor.send({ type: 'TITLE' });
}, () => {
  if (!actor.getSnapshot().matches('title')) return;
  lastRendered = null;
  render();
});

actor.subscribe(render);
actor.start();
window.setTimeout(() => journal.prefetch(), 2000);
