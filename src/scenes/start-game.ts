// Creates the Phaser game for the panel room. Loaded only when a scenario
// starts, so the first text never waits for Phaser.
import Phaser from 'phaser';
import { PanelRoomScene } from './panel-room-scene.ts';
import type { Seat } from './panel-room-scene.ts';

export interface RoomHandle {
  setSpeaker(id: string | null): void;
  destroy(): void;
}

export function startGame(parent: HTMLElement, seats: Seat[]): RoomHandle {
  const scene = new PanelRoomScene();
  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent,
    width: 960,
    height: 240,
    backgroundColor: '#1d2733',
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_HORIZONTALLY },
    banner: false,
    audio: { noAudio: true },
    scene: [],
  });
  game.scene.add('PanelRoomScene', scene, true, { seats });
  return {
    setSpeaker(id) {
      scene.setSpeaker(id);
    },
    destroy() {
      game.destroy(true);
    },
  };
}
