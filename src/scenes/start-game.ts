// Creates the Phaser game for the stage: the panel room and the context map.
// Loaded only when a scenario starts, so the first text never waits for it.
import Phaser from 'phaser';
import { PanelRoomScene } from './panel-room-scene.ts';
import type { RoomData } from './panel-room-scene.ts';
import { ContextMapScene } from './context-map-scene.ts';
import type { MapData } from './context-map-scene.ts';

export type StageView = { kind: 'room'; room: RoomData } | { kind: 'map'; map: MapData };

export interface StageHandle {
  show(view: StageView): void;
  destroy(): void;
}

type Listener = [type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions];

/**
 * Makes the game while noting what it adds to the document. Phaser's
 * visibility handler adds a "visibilitychange" listener to the document (and
 * sets window.onblur and onfocus) that game.destroy() never removes, so each
 * scenario would leave a listener holding its whole destroyed game.
 */
function makeGame(config: Phaser.Types.Core.GameConfig): { game: Phaser.Game; release: () => void } {
  const added: Listener[] = [];
  const own = Object.prototype.hasOwnProperty.call(document, 'addEventListener');
  const original = document.addEventListener;
  document.addEventListener = function (this: Document, ...args: Listener) {
    added.push(args);
    original.apply(this, args as Parameters<Document['addEventListener']>);
  } as Document['addEventListener'];
  let game: Phaser.Game;
  try {
    // Phaser boots inside the constructor when the page has loaded, as it has by now.
    game = new Phaser.Game(config);
  } finally {
    if (own) document.addEventListener = original;
    else delete (document as { addEventListener?: unknown }).addEventListener;
  }
  const { onblur, onfocus } = window;
  return {
    game,
    release() {
      for (const [type, listener, options] of added) if (listener) document.removeEventListener(type, listener, options);
      if (window.onblur === onblur) window.onblur = null;
      if (window.onfocus === onfocus) window.onfocus = null;
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
    scene: [],
  });
  game.scene.add('PanelRoomScene', new PanelRoomScene(), false);
  game.scene.add('ContextMapScene', new ContextMapScene(), false);
  let current: StageView = first;
  const show = (view: StageView) => {
    current = view;
    const [on, off, data] = view.kind === 'room'
      ? ['PanelRoomScene', 'ContextMapScene', view.room] as const
      : ['ContextMapScene', 'PanelRoomScene', view.map] as const;
    if (game.scene.isActive(off)) game.scene.stop(off);
    game.scene.start(on, data as unknown as object);
  };
  // Scenes can only start once the game has booted.
  game.events.once(Phaser.Core.Events.READY, () => show(current));
  return {
    show(view) {
      if (game.isBooted) show(view);
      else current = view;
    },
    destroy() {
      game.destroy(true);
      release();
    },
  };
}
