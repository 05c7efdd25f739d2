// The away-day projector's Phaser stage: the panel room with the seats the
// room has filled, and after a reveal the room's votes on the WHERE × HOW
// map. Loaded in its own chunk by the projector page only; phones never load it.
// Like the game's stage it draws only while its picture changes: a projector
// laptop without a GPU would otherwise spend a whole core redrawing a still room.
import { drawOnDemand } from './draw-on-demand.ts';
import { PanelRoomScene } from './panel-room-scene.ts';
import type { RoomData } from './panel-room-scene.ts';
import { RoomVotesScene } from './room-votes-scene.ts';
import type { VotesData } from './room-votes-scene.ts';
import { startTwoSceneStage } from './two-scene-stage.ts';
import type { SceneShown } from './two-scene-stage.ts';

export type RoomStageView = { kind: 'room'; room: RoomData } | { kind: 'votes'; votes: VotesData };

export interface RoomStageHandle {
  show(view: RoomStageView): void;
  destroy(): void;
}

const shown = (view: RoomStageView): SceneShown =>
  view.kind === 'room' ? { key: 'PanelRoomScene', data: view.room } : { key: 'RoomVotesScene', data: view.votes };

export function startRoomStage(parent: HTMLElement, first: RoomStageView): RoomStageHandle {
  const stage = startTwoSceneStage(
    { parent, height: 540, scenes: { PanelRoomScene: new PanelRoomScene(), RoomVotesScene: new RoomVotesScene() } },
    shown(first),
    (game) => {
      const frames = drawOnDemand(game, parent);
      return { changed: () => frames.wake(), released: () => frames.release() };
    },
  );
  return { show: (view) => stage.show(shown(view)), destroy: () => stage.destroy() };
}
