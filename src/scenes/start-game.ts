// Creates the Phaser game for the stage: the panel room and the context map.
// Loaded only when a scenario starts, so the first text never waits for it.
import Phaser from 'phaser';
import { PanelRoomScene } from './panel-room-scene.ts';
import type { RoomData } from './panel-room-scene.ts';
import { ContextMapScene } from './context-map-scene.ts';
import type { MapData } from './context-map-scene.ts';
import { drawOnDemand } from './draw-on-demand.ts';

export type StageView = { kind: 'room'; room: RoomData } | { kind: 'map'; map: MapData };

export interface StageHandle {
  show(view: StageView): void;
  destroy(): void;
}

type Listener = [type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions];

/**
 * Makes the game and a way to undo what game.destroy() leaves behind.
 * Phaser's visibility handler adds a "visibilitychange" listener to the
 * document (and sets window.onblur and onfocus) that destroy() never
 * removes, so each scenario would leave a listener holding its whole
 * destroyed game. The handler runs in Game.start, straight after READY is
 * emitted, so listeners added to the document are noted from READY until the
 * current task has finished, and only those for visibility changes.
 */
export function makeGame(config: Phaser.Types.Core.GameConfig): { game: Phaser.Game; release: () => void } {
  const game = new Phaser.Game(config);
  const added: Listener[] = [];
  let released = false;
  let handlers: Pick<Window, 'onblur' | 'onfocus'> | null = null;
  const remove = () => {
    for (const [type, listener, options] of added.splice(0)) if (listener) document.removeEventListener(type, listener, options);
    if (handlers && window.onblur === handlers.onblur) window.onblur = null;
    if (handlers && window.onfocus === handlers.onfocus) window.onfocus = null;
  };
  game.events.once(Phaser.Core.Events.READY, () => {
    const own = Object.prototype.hasOwnProperty.call(document, 'addEventListener');
    const original = document.addEventListener;
    document.addEventListener = function (this: Document, ...args: Listener) {
      if (args[0].endsWith('visibilitychange')) added.push(args);
      original.apply(this, args as Parameters<Document['addEventListener']>);
    } as Document['addEventListener'];
    queueMicrotask(() => {
      if (own) document.addEventListener = original;
      else delete (document as { addEventListener?: unknown }).addEventListener;
      handlers = { onblur: window.onblur, onfocus: window.onfocus };
      // Destroyed while it was still booting: undo at once.
      if (released) remove();
    });
  });
  return {
    game,
    release() {
      released = true;
      remove();
    },
  };
}

export function startGame(parent: HTMLElement, first: StageView): StageHandle {
  const { game, release } = makeGame({
    // WebGL where it works; Phaser falls back to Canvas by itself.
    type: Phaser.AUTO,
    parent,
    width: 960,
    height: 420,
    backgroundColor: '#1d2733',
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_HORIZONTALLY },
    banner: false,
    audio: { noAudio: true },
    // The stage is a picture: nothing on it takes input.
    input: { keyboard: false, mouse: false, touch: false, gamepad: false },
    scene: [],
  });
  const frames = drawOnDemand(game, parent);
  game.scene.add('PanelRoomScene', new PanelRoomScene(), false);
  game.scene.add('ContextMapScene', new ContextMapScene(), false);
  let current: StageView = first;
  const show = (view: StageView) => {
    current = view;
    const [on, off, data] =
      view.kind === 'room'
        ? (['PanelRoomScene', 'ContextMapScene', view.room] as const)
        : (['ContextMapScene', 'PanelRoomScene', view.map] as const);
    if (game.scene.isActive(off)) game.scene.stop(off);
    game.scene.start(on, data as unknown as object);
    frames.wake();
  };
  // Scenes can only start once the game has booted.
  game.events.once(Phaser.Core.Events.READY, () => show(current));
  return {
    show(view) {
      if (game.isBooted) show(view);
      else current = view;
    },
    destroy() {
      frames.release();
      game.destroy(true);
      // Phaser destroys a game on its next step: a sleeping loop would never take it.
      if (game.loop.started && !game.loop.running) game.loop.wake();
      release();
    },
  };
}
