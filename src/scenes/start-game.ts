// Creates the Phaser game for the stage: the panel room and the context map.
// Loaded only when a scenario starts, so the first text never waits for it.
import { PanelRoomScene } from './panel-room-scene.ts';
import type { RoomData } from './panel-room-scene.ts';
import { ContextMapScene } from './context-map-scene.ts';
import type { MapData } from './context-map-scene.ts';
import { drawOnDemand } from './draw-on-demand.ts';
import { startTwoSceneStage } from './two-scene-stage.ts';
import type { SceneShown } from './two-scene-stage.ts';

export type StageView = { kind: 'room'; room: RoomData } | { kind: 'map'; map: MapData };

export interface StageHandle {
  show(view: StageView): void;
  destroy(): void;
}

const shown = (view: StageView): SceneShown =>
  view.kind === 'room' ? { key: 'PanelRoomScene', data: view.room } : { key: 'ContextMapScene', data: view.map };

export function startGame(parent: HTMLElement, first: StageView): StageHandle {
  const stage = startTwoSceneStage(
    {
      parent,
      height: 420,
      scenes: { PanelRoomScene: new PanelRoomScene(), ContextMapScene: new ContextMapScene() },
      // The stage is a picture: nothing on it takes input.
      config: { input: { keyboard: false, mouse: false, touch: false, gamepad: false } },
    },
    shown(first),
    (game) => {
      const frames = drawOnDemand(game, parent);
      return { changed: () => frames.wake(), released: () => frames.release() };
    },
  );
  return { show: (view) => stage.show(shown(view)), destroy: () => stage.destroy() };
}
