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

export function startGame(parent: HTMLElement, first: StageView): StageHandle {
  const game = new Phaser.Game({
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
    },
  };
}
