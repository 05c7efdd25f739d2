// A stage of two Phaser scenes, one shown at a time: the game's (panel room
// and context map) and the projector's (panel room and the room's votes).
// One place makes the game, switches scenes and tears it all down.
import Phaser from 'phaser';
import { makeGame } from './make-game.ts';

export interface SceneShown {
  key: string;
  data: object;
}

export interface TwoSceneStage {
  show(shown: SceneShown): void;
  destroy(): void;
}

export interface StageSetup {
  parent: HTMLElement;
  height: number;
  scenes: Record<string, Phaser.Scene>;
  /** Extra game settings (input off, say). */
  config?: Partial<Phaser.Types.Core.GameConfig>;
}

/** What a stage adds around the game: told after each scene change (to wake a sleeping loop, say), and first on destroy. */
export interface StageHooks {
  changed?: () => void;
  released?: () => void;
}

export function startTwoSceneStage(setup: StageSetup, first: SceneShown, hooks?: (game: Phaser.Game) => StageHooks): TwoSceneStage {
  const { game, release } = makeGame({
    // WebGL where it works; Phaser falls back to Canvas by itself.
    type: Phaser.AUTO,
    parent: setup.parent,
    width: 960,
    height: setup.height,
    backgroundColor: '#1d2733',
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_HORIZONTALLY },
    banner: false,
    audio: { noAudio: true },
    scene: [],
    ...setup.config,
  });
  const { changed, released } = hooks?.(game) ?? {};
  for (const [key, scene] of Object.entries(setup.scenes)) game.scene.add(key, scene, false);
  let current = first;
  const show = (shown: SceneShown) => {
    current = shown;
    for (const key of Object.keys(setup.scenes)) if (key !== shown.key && game.scene.isActive(key)) game.scene.stop(key);
    game.scene.start(shown.key, shown.data);
    changed?.();
  };
  // Scenes can only start once the game has booted.
  game.events.once(Phaser.Core.Events.READY, () => show(current));
  return {
    show(shown) {
      if (game.isBooted) show(shown);
      else current = shown;
    },
    destroy() {
      released?.();
      game.destroy(true);
      // Phaser destroys a game on its next step: a sleeping loop would never take it.
      if (game.loop.started && !game.loop.running) game.loop.wake();
      release();
    },
  };
}
