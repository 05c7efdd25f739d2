// The away-day projector's Phaser stage: the panel room with the seats the
// room has filled, and after a reveal the room's votes on the WHERE × HOW
// map. Loaded in its own chunk by the projector page only; phones never load it.
import Phaser from 'phaser';
import { makeGame } from './start-game.ts';
import { PanelRoomScene } from './panel-room-scene.ts';
import type { RoomData } from './panel-room-scene.ts';
import { RoomVotesScene } from './room-votes-scene.ts';
import type { VotesData } from './room-votes-scene.ts';

export type RoomStageView = { kind: 'room'; room: RoomData } | { kind: 'votes'; votes: VotesData };

export interface RoomStageHandle {
  show(view: RoomStageView): void;
  destroy(): void;
}

export function startRoomStage(parent: HTMLElement, first: RoomStageView): RoomStageHandle {
  const { game, release } = makeGame({
    type: Phaser.AUTO,
    parent,
    width: 960,
    height: 540,
    backgroundColor: '#1d2733',
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_HORIZONTALLY },
    banner: false,
    audio: { noAudio: true },
    scene: [],
  });
  game.scene.add('PanelRoomScene', new PanelRoomScene(), false);
  game.scene.add('RoomVotesScene', new RoomVotesScene(), false);
  let current = first;
  const show = (view: RoomStageView) => {
    current = view;
    const [on, off, data] =
      view.kind === 'room'
        ? (['PanelRoomScene', 'RoomVotesScene', view.room] as const)
        : (['RoomVotesScene', 'PanelRoomScene', view.votes] as const);
    if (game.scene.isActive(off)) game.scene.stop(off);
    game.scene.start(on, data as unknown as object);
  };
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
