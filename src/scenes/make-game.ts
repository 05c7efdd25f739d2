// Makes a Phaser game and a way to undo what game.destroy() leaves behind.
import Phaser from 'phaser';

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
