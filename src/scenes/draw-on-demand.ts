// The stage is a still picture most of the time, but Phaser redraws it every
// frame; without a GPU (many council laptops) that costs a whole core. This
// puts Phaser's loop to sleep once nothing is moving, and wakes it when the
// picture can change: a new scene, a resize, the tab shown again, a restored
// WebGL context.
import Phaser from 'phaser';

/** Frames drawn after the last movement before the loop sleeps, so the settled picture is on screen. */
const SETTLE_FRAMES = 3;

/** Something on the stage is still changing: a scene starting, a tween, a camera effect. */
export function isMoving(game: Phaser.Game): boolean {
  for (const scene of game.scene.scenes) {
    // A scene added but never started waits at INIT; one starting passes START, LOADING and CREATING.
    const { status } = scene.sys.settings;
    if (status >= Phaser.Scenes.START && status < Phaser.Scenes.RUNNING) return true;
    if (status !== Phaser.Scenes.RUNNING) continue;
    if (scene.tweens.getTweens().length > 0) return true;
    for (const camera of scene.cameras.cameras) {
      const effects = [
        camera.fadeEffect,
        camera.flashEffect,
        camera.shakeEffect,
        camera.panEffect,
        camera.zoomEffect,
        camera.rotateToEffect,
      ];
      if (effects.some((effect) => effect.isRunning)) return true;
    }
  }
  return false;
}

export interface OnDemand {
  /** Draw again, and keep drawing until nothing moves. */
  wake: () => void;
  /** Stops watching the page; the game is about to be destroyed. */
  release: () => void;
}

export function drawOnDemand(game: Phaser.Game, parent: HTMLElement): OnDemand {
  let quiet = 0;
  let released = false;
  const wake = () => {
    // Before Phaser starts its loop there is no step to run yet; the start draws anyway.
    if (released || !game.loop.started) return;
    quiet = 0;
    if (game.loop.running) return;
    // Time asleep is not time passed on the stage: a tween starting now starts from its beginning.
    game.loop.resetDelta();
    game.loop.wake();
  };
  game.events.on(Phaser.Core.Events.POST_RENDER, () => {
    quiet = isMoving(game) ? 0 : quiet + 1;
    if (quiet >= SETTLE_FRAMES) game.loop.sleep();
  });
  // Phaser checks its parent's size only while the loop runs.
  const resized = new ResizeObserver(() => {
    game.scale.dirty = true;
    wake();
  });
  resized.observe(parent);
  const shown = () => {
    if (document.visibilityState === 'visible') wake();
  };
  document.addEventListener('visibilitychange', shown);
  const restored = () => wake();
  game.canvas.addEventListener('webglcontextrestored', restored);
  return {
    wake,
    release() {
      released = true;
      resized.disconnect();
      document.removeEventListener('visibilitychange', shown);
      game.canvas.removeEventListener('webglcontextrestored', restored);
    },
  };
}
